"""Wave 17 of the quote checker (issue 11): reading who a pasted claim credits, and confirming them in the source.

People list quotations from a story under its label ("Harbour Cup final - Marr: "…""), and put what the words are
about between the name and the colon however long it is ("Marr on whether the final should have gone ahead: "…"").
The label is no speaker, and neither is the topic: read as one, they turned a true quotation into "someone else's".
Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.claims import find_claims
from tests.conftest import index_over, only_check

CUP = """Vale wins the Harbour Cup

Ilse Marr lost the Harbour Cup final to Tomas Vale in three sets on Sunday.

"I had my chances and just didn't take them," said Marr.

"What a great way to end the year," Vale said.
"""

HERS = "I had my chances and just didn't take them."
HIS = "What a great way to end the year"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave17"), {"cup.txt": CUP})


@pytest.mark.parametrize("message, speaker", [
    # a story's label, a dash, then who speaks: a surname, a full name or a role
    (f'Harbour Cup final - Marr: "{HERS}"', "Marr"),
    (f'Harbour Cup final - Ilse Marr: "{HERS}"', "Ilse Marr"),
    (f'Harbour Cup final - the Harbour coach: "{HERS}"', "the Harbour coach"),
    # a person's name before the dash: the role after it describes her
    (f'Ilse Marr - Harbour coach: "{HERS}"', "Ilse Marr"),
    # a topic between the name and the colon, however long, with its own verbs, names and commas
    (f'Marr on whether the final should have gone ahead in the rain: "{HERS}"', "Marr"),
    (f'Marr on Radio Harbour, on the rain: "{HERS}"', "Marr"),
    (f'Harbour tennis coach Ilse Marr on Vale beating her in three sets: "{HERS}"', "Ilse Marr"),
    (f'The Harbour Cup referee in his report to the board: "{HERS}"', "The Harbour Cup referee"),
    # a lead-in that opens with its topic names nobody there
    (f'On indoor courts at Harbour: "{HERS}"', None),
])
def test_the_claimed_speaker_is_read_past_a_label_or_a_topic(message: str, speaker: str | None) -> None:
    assert find_claims(message)[0].speaker == speaker


def test_a_label_before_the_name_does_not_make_true_words_someone_elses(capsys, index: Path) -> None:
    check = only_check(capsys, index, f'Harbour Cup final - Marr: "{HERS}"')
    assert (check["claimed_speaker"], check["verdict"]) == ("Marr", "verbatim")


def test_a_long_topic_after_the_name_still_confirms_the_speaker(capsys, index: Path) -> None:
    check = only_check(capsys, index, f'Vale on beating Marr in three sets on Sunday, in the rain: "{HIS}"')
    assert (check["claimed_speaker"], check["verdict"]) == ("Vale", "verbatim")


def test_a_label_then_the_wrong_name_is_still_someone_elses(capsys, index: Path) -> None:
    check = only_check(capsys, index, f'Harbour Cup final - Vale: "{HERS}"')
    assert check["verdict"] == "someone_else"
