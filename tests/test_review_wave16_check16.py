"""Review of check16 (wave 16): where its two rules must not fire. Every name and text is invented.

A title set off by a comma before a name is that name's only when it stands alone before it: in "Backed by party
leader Harold Fenn, Ian Quill said …" the title belongs to Harold Fenn, whose name ends the chunk before, and a claim
giving Ian Quill's words to "the party leader" is not confirmed (check16 called it verbatim).

A next sentence opening "But we …" turns the claimed sentence round only when that sentence is the speaker's own
stance ("I respect those concerns. But I …"): "The factory closed in 2004. But we are hiring again" and "Nobody
expected the rain. However, we finished on time" leave a claimed fact whole (check16 called both truncations).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

PARTY = """Party splits over housing plan

Backed by party leader Harold Fenn, Ian Quill said the housing plan would go ahead within the year.

"We will build ten thousand homes before the next election," said Ian Quill.
"""

PARTY_MR = """Council backs bridge

Backed by party leader Mr Fenn, Ida Quaye said the bridge would open in the spring.

"The bridge will carry four thousand cars a day," said Ida Quaye.
"""

CHIEF = """Council chief praises library

The library was praised by the council chief, Nora Vale, who gathered four thousand names.

"Every town deserves a library that stays open in the evenings," said Nora Vale.

The plan was attacked by the Health Secretary, Rhian Tull, on Monday.

"This plan takes money from the wards," said Rhian Tull.
"""

MILL = """Mill town comes back

"The factory closed in 2004. But we are hiring again now and the town is coming back," said mill owner Gil Rowe.

"Nobody expected the rain. However, we finished the race on time," said organiser Tess Bray.

"I understand why people are angry. But I also think the new road will help the shops," said councillor Ada Lusk.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("rev16"), {"party.txt": PARTY, "mill.txt": MILL, "bridge.txt": PARTY_MR, "chief.txt": CHIEF})


def test_a_title_before_another_name_is_not_the_speakers_role(capsys, index: Path) -> None:
    claim = 'the party leader: "We will build ten thousand homes before the next election."'
    assert only_check(capsys, index, claim)["verdict"] != "verbatim"


def test_a_title_before_another_name_with_its_address_is_not_the_speakers_role(capsys, index: Path) -> None:
    claim = 'the party leader: "The bridge will carry four thousand cars a day."'
    assert only_check(capsys, index, claim)["verdict"] != "verbatim"


@pytest.mark.parametrize("claim", ['the council chief: "Every town deserves a library that stays open in the evenings."',
                                   'the Health Secretary: "This plan takes money from the wards."'])
def test_a_title_alone_before_the_comma_still_confirms_the_role(capsys, index: Path, claim: str) -> None:
    assert only_check(capsys, index, claim)["verdict"] == "verbatim"


def test_the_speakers_own_name_still_confirms_their_words(capsys, index: Path) -> None:
    claim = 'Ian Quill: "We will build ten thousand homes before the next election."'
    assert only_check(capsys, index, claim)["verdict"] == "verbatim"


@pytest.mark.parametrize("claim", ['Gil Rowe: "The factory closed in 2004."',
                                   'Tess Bray: "Nobody expected the rain."'])
def test_a_fact_followed_by_the_speakers_turn_stays_verbatim(capsys, index: Path, claim: str) -> None:
    assert only_check(capsys, index, claim)["verdict"] == "verbatim"


def test_a_stance_the_speaker_then_outweighs_is_still_a_truncation(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Ada Lusk: "I understand why people are angry."')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")
