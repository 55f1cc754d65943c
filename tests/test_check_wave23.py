"""Wave 23 of the quote checker (issue 11): an ellipsis the speaker's sentence goes on after is a pause, not an end.

'"You can't rule out a further fall... but we don't think the trend has turned," said X' was read as two sentences,
so the claim "You can't rule out a further fall" (every word X's) was confirmed verbatim, though the "but" that
follows turns it round: a truncation that changes the meaning. Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import trailing_off
from index.models import Verdict
from tests.conftest import engine_on, index_over

PAUSE = """Kelby dollar note

"You can't rule out a further fall in the krona... but we don't think the trend has turned," said Jo Hale, an analyst at Kelby Bank.

"The second half of the year will be stronger. But exports will stay weak," she added.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave23"), {"pause.txt": PAUSE})


def test_a_claim_cut_before_an_ellipsis_and_a_but_is_a_truncation(index: Path) -> None:
    with engine_on(index) as engine:
        check = engine.check('Jo Hale: "You can\'t rule out a further fall in the krona"').checks[0]
    assert check.verdict is Verdict.altered and check.kind == "truncation"
    assert check.real is not None and "we don't think the trend has turned" in check.real.quote


def test_the_whole_sentence_and_a_sentence_ending_before_a_but_stay_verbatim(index: Path) -> None:
    with engine_on(index) as engine:
        whole = engine.check('Jo Hale: "You can\'t rule out a further fall in the krona... but we don\'t think the '
                             'trend has turned"').checks[0]
        ended = engine.check('Jo Hale: "The second half of the year will be stronger"').checks[0]
    assert whole.verdict is Verdict.verbatim
    assert ended.verdict is Verdict.verbatim


@pytest.mark.parametrize("between, after, pause", [
    ("... ", "b", True), (" … ", "b", True), ("... ", "B", False), (". ", "b", False), (", ", "b", False),
])
def test_only_an_ellipsis_before_a_lower_case_word_is_a_pause(between: str, after: str, pause: bool) -> None:
    assert trailing_off(between, after) is pause


# "Annette Bening thanked '…'" in a chat message: the verbs of thanks and praise credit the words after them to their
# subject, as "said" does; before, the claim had no speaker and a misattributed one was confirmed verbatim
@pytest.mark.parametrize("message, speaker", [
    ('Jo Hale thanked "a club who gave me a second chance when nobody else would"', "Jo Hale"),
    ('Kelby Academy president Jo Hale praised Ann Dale for resisting the "crass commercialism of the season"',
     "Jo Hale"),
    ('Jo Hale lamented "a season that never got going for us"', "Jo Hale"),
])
def test_thanks_and_praise_credit_the_quoted_words_to_their_subject(message: str, speaker: str) -> None:
    from index.answer.claims import find_claims

    assert [c.speaker for c in find_claims(message)] == [speaker]
