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

MILL = """Mill town comes back

"The factory closed in 2004. But we are hiring again now and the town is coming back," said mill owner Gil Rowe.

"Nobody expected the rain. However, we finished the race on time," said organiser Tess Bray.

"I understand why people are angry. But I also think the new road will help the shops," said councillor Ada Lusk.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("rev16"), {"party.txt": PARTY, "mill.txt": MILL})


def test_a_title_before_another_name_is_not_the_speakers_role(capsys, index: Path) -> None:
    claim = 'the party leader: "We will build ten thousand homes before the next election."'
    assert only_check(capsys, index, claim)["verdict"] != "verbatim"


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
