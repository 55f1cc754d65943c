"""Paths where the quote checker once gave a wrong name (issue 11, review of wave 5), through the CLI's JSON.

Each article is invented for the test and indexed for real. A wrong name is the worst failure the project
knows, so where the sources leave who spoke in doubt the checker says ``speaker_unconfirmed`` and names no one:

- "Mr Hale" after a title fits the claimed Hale only when no one else in the source is called Hale and the
  title is one the claimed person holds;
- a role that only the lede gives, to no one by name, is nobody's: the extractor refuses to guess its holder
  (its ``names_no_one`` doubt), and so does the checker;
- "Hale's spokesman" (aide, adviser, lawyer) is someone speaking for Hale: Hale's own words are not theirs,
  and they are no proof that someone other than Hale spoke.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

BROTHERS = """Brothers clash over bin collections

Green councillor Peter Hale and council leader Gordon Hale, his brother, clashed over bin collections on Monday.

The leader defended the plan at a meeting in the town hall. Green councillor Mr Hale said: "Fortnightly collections will leave rubbish rotting on every street."

Gordon Hale said the savings were needed. "We cannot keep paying for weekly rounds," Gordon Hale said.
"""

ROUNDS = """Recycling rounds to change

Council leader Simon Vance announced on Monday that recycling would be collected on Fridays.

Green councillor Mr Vance said: "Friday rounds will clash with the market and block the high street."
"""

SHADOW = """Pension age plan attacked

Raising the pension age again would betray a generation of young workers, the shadow work and pensions secretary has said.

Work and pensions secretary Alan Penrose said the change was fair. "Nobody will lose a penny of what they have already paid in," Mr Penrose said.

Opposition spokeswoman Karen Doyle said: "Young workers are being asked to pay twice for the same pension."
"""

FARES = """Minister defends rail fares

Transport minister Tom Hale has defended the rise in rail fares announced on Monday.

Mr Hale said: "Fares pay for the new trains that passengers have been asking for."

Union leader Rita Moss said: "Commuters are paying more for the same crowded carriages."
"""


@pytest.fixture(scope="module")
def wrong_names_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("check-wrong-names"),
                      {"brothers.txt": BROTHERS, "rounds.txt": ROUNDS, "shadow.txt": SHADOW, "fares.txt": FARES})


BINS = "Fortnightly collections will leave rubbish rotting on every street."
PENNY = "Nobody will lose a penny of what they have already paid in"
TWICE = "Young workers are being asked to pay twice for the same pension"
TRAINS = "Fares pay for the new trains that passengers have been asking for"
CROWDED = "Commuters are paying more for the same crowded carriages"

CASES = [
    # (message, verdict, real speaker shown)
    # "Green councillor Mr Hale": two Hales in the source, so the surname names neither of them for sure
    (f'Gordon Hale: "{BINS}"', "speaker_unconfirmed", None),
    ('Gordon Hale: "We cannot keep paying for weekly rounds"', "verbatim", "Gordon Hale"),  # his own frame
    # one Vance, but "Green councillor" is not the title the source gives council leader Simon Vance
    ('Simon Vance: "Friday rounds will clash with the market and block the high street."', "speaker_unconfirmed",
     None),
    # "the shadow work and pensions secretary" is named nowhere: neither the secretary the next sentence names
    # nor the spokeswoman quoted later can be shown as that person, nor accused of being someone else
    (f'"{PENNY}" — the shadow work and pensions secretary', "speaker_unconfirmed", None),
    (f'"{TWICE}" — the shadow work and pensions secretary', "speaker_unconfirmed", None),
    (f'"{TWICE}" — Alan Penrose', "someone_else", "Karen Doyle"),  # a name the sources know is still accused
    # whoever speaks for Hale, Hale's own words are not theirs, and Hale is not "someone else"
    (f'"{TRAINS}" — Hale\'s spokesman', "speaker_unconfirmed", None),
    (f'"{TRAINS}" — Hale\'s aide', "speaker_unconfirmed", None),
    (f'"{TRAINS}" — Hale\'s adviser', "speaker_unconfirmed", None),
    (f'"{TRAINS}" — Hale\'s lawyer', "speaker_unconfirmed", None),
    (f'"{TRAINS}" — Tom Hale', "verbatim", "Tom Hale"),
    (f'"{CROWDED}" — Hale\'s spokesman', "speaker_unconfirmed", None),
]


@pytest.mark.parametrize("message, verdict, speaker", CASES)
def test_no_wrong_name_through_the_json_cli(capsys, wrong_names_index: Path, message: str, verdict: str,
                                           speaker: str | None) -> None:
    check = only_check(capsys, wrong_names_index, message)
    assert check["verdict"] == verdict
    assert check["real"]["speaker"] == speaker


# ----------------------------------------------------------------- each rule alone


@pytest.mark.parametrize("claimed, own", [
    ("Hale's spokesman", "spokesman"),
    ("the prime minister's aide", "aide"),
    ("Tom Hale", "Tom Hale"),
    ("the Acro president", "the Acro president"),
])
def test_the_owner_of_a_possessive_is_not_the_claimed_speaker(claimed: str, own: str) -> None:
    from index.answer.check import _distinctive, _own_part

    assert _own_part(claimed) == own
    assert "hale" not in _distinctive(claimed) or claimed == "Tom Hale"


@pytest.mark.parametrize("text, shares", [
    ("Green councillor Peter Hale and council leader Gordon Hale met. Mr Hale spoke.", True),
    ("Council leader Gordon Hale met them. Mr Hale spoke. Leader Hale left.", False),
    ("When Hale spoke, the room was silent. Gordon Hale left when it ended.", False),  # a common word, not a name
])
def test_someone_else_sharing_the_claimed_surname(text: str, shares: bool) -> None:
    from index.answer.evidence import name_words, shares_surname

    assert shares_surname(text, "Hale", name_words(["Gordon Hale"])) is shares


@pytest.mark.parametrize("before, words", [
    (["Green", "councillor"], {"councillor"}),
    (["deputy", "party", "leader"], {"deputy", "leader"}),
    (["But"], set()),
    ([], set()),
])
def test_the_title_words_before_an_honorific(before: list[str], words: set[str]) -> None:
    from index.answer.check import _title_words

    assert _title_words(before) == words


@pytest.mark.parametrize("speaker_id, confidence, withheld", [
    (None, 0.69, True),  # the extractor read a speaker and would not give the name
    (None, None, False),  # it found no speaker at all
    ("dan-keel", 0.76, False),  # named
])
def test_a_withheld_name_is_told_from_no_name(speaker_id: str | None, confidence: float | None,
                                              withheld: bool) -> None:
    from index.answer.check import Unit

    unit = Unit(source_id="s", paragraph=1, start=0, end=1, words=(), speech=True, speaker_id=speaker_id,
                confidence=confidence)
    assert unit.withheld is withheld
