"""A different given name is a different person (review12c on issue 11).

The checker forgives a slip in a claimed speaker's name ("Pauhl Hart" for Paul Hart), but a claimed given name that
is itself a known given name and differs from the real one is another person's name, never a slip of it
(``check.slip_of``): "Paula Hart" is not Paul Hart. And each word of the real name answers at most one word of the
claim (``check.names_fit``): the surname "Williams" cannot also answer the given name "William". Such a claim is
``someone_else`` when the source gives the words to another named person, or withheld — never ``verbatim``.
Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import names_fit, slip_of
from tests.conftest import index_over, only_check

ARTICLE = """Council approves new bridge over the Tarrow

The council approved plans for a new bridge over the river Tarrow on Monday after a long debate.

"The bridge will open the east of the town to trade," said council leader Paul Hart.

Engineer Kate Williams, who drew up the design, said: "The span is the longest the county has ever built."

"We shall watch the costs closely," said the town's treasurer Alan Whitcombe.

"Nobody asked the people who live by the river," Mr Whitcombe added later.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("given-names"), {"bridge.txt": ARTICLE})


HART = '"The bridge will open the east of the town to trade"'
WILLIAMS = '"The span is the longest the county has ever built"'
WHITCOMBE = '"Nobody asked the people who live by the river"'


@pytest.mark.parametrize("message", [
    f"Paula Hart: {HART}",  # another given name, one letter longer
    f"Alana Whitcombe: {WHITCOMBE}",
    f"William Williams: {WILLIAMS}",  # the surname read twice, once as a slip of the given name
])
def test_another_given_name_is_never_confirmed(capsys, index: Path, message: str) -> None:
    assert only_check(capsys, index, message)["verdict"] in {"someone_else", "speaker_unconfirmed"}


@pytest.mark.parametrize("message", [
    f"Pauhl Hart: {HART}",  # a slip: "Pauhl" is no given name
    f"Paul Hart: {HART}",
    f"Mr Hart: {HART}",
    f"Kate Williams: {WILLIAMS}",
    f"Alan Whitcombe: {WHITCOMBE}",
])
def test_the_right_name_and_a_real_slip_stay_verbatim(capsys, index: Path, message: str) -> None:
    assert only_check(capsys, index, message)["verdict"] == "verbatim"


@pytest.mark.parametrize("word, real, slip", [
    ("pauhl", "paul", True),
    ("paul", "pauhl", True),  # either way round: the source may hold the slip
    ("paul", "paul", True),
    ("paula", "paul", False),
    ("alana", "alan", False),
    ("micheal", "michael", True),  # two given names, the same letters swapped: a slip
    ("whitcomb", "whitcombe", True),
])
def test_a_slip_is_no_given_name_of_its_own(word: str, real: str, slip: bool) -> None:
    assert slip_of(word, real) is slip


@pytest.mark.parametrize("wanted, pool, fits", [
    ({"william", "williams"}, {"kate", "williams"}, False),
    ({"kate", "williams"}, {"kate", "williams"}, True),
    ({"pauhl", "hart"}, {"paul", "hart"}, True),
    ({"paula", "hart"}, {"paul", "hart"}, False),
    ({"hart"}, {"paul", "hart"}, True),
])
def test_each_real_word_answers_one_claimed_word(wanted: set[str], pool: set[str], fits: bool) -> None:
    assert names_fit(wanted, pool) is fits


@pytest.mark.parametrize("word, theirs, short", [
    ("al", {"alan"}, True),
    ("chris", {"christopher"}, True),
    ("alana", {"alan"}, False),  # one letter more: another given name
    ("paul", {"paula"}, False),
])
def test_a_short_form_drops_more_than_one_letter(word: str, theirs: set[str], short: bool) -> None:
    from index.answer.check import short_form
    assert short_form(word, theirs) is short
