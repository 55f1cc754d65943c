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
from index.answer.frames import pronoun_referent
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


# "He said" read back to the person it points at: past a clause fronted before its subject ("Asked whether …,
# he said:"), through sentences that end "…, he said." and through quoted words alone. A quotation whose words
# the extractor left unnamed is then confirmed for that person; a clause fronted with a subject of its own ("When
# Roe spoke, he said") may make "he" that other person, and is read no further.
def _antecedent(text: str, pronoun: str = "he") -> str | None:
    at = text.rindex('"', 0, text.rindex('"'))  # the opening mark of the last quotation
    return pronoun_referent(text, 0, at, pronoun)


@pytest.mark.parametrize("text, who", [
    ('Speaking to the Courier on Sunday, Mr Vane said the vote would be close. Asked whether the Liberal party '
     'could win, he said: "There is no limit."', "Mr Vane"),
    ('Mr Vane, a critic of Ann Roe, was keen to keep his distance. The tax had been badly drawn up, he said. But he '
     'stressed that the council had to listen. "The harbour belongs to the town," he said.\n\n"The town is tired '
     'of waiting."\n\nAnd he warned that time was short. "If we follow that logic, we close every harbour," he said.',
     "Mr Vane"),
    ('As the vote drew near, Mr Vane spoke to the Courier.\n\n"There is no limit," he said.', "Mr Vane"),
    ('Speaking after the count, Ann Roe said: "I am the issue. Whoever holds the seat will be." She added: "We '
     'stay."', "Ann Roe"),
    # a fronted clause with a subject of its own: "he" may be the one it names
    ('Mr Vane spoke first. When Joe Roe stood up later, he said the seat was lost.\n\n"There is no limit," he said.',
     None),
])
def test_a_pronoun_is_read_back_past_fronted_clauses_and_reported_speech(text: str, who: str | None) -> None:
    pronoun = "she" if "She added" in text else "he"
    assert _antecedent(text, pronoun) == who


def test_a_possessive_before_the_subject_is_not_the_subject() -> None:
    text = 'But Vane\'s Liberal rival Joe Roe was in no mood to celebrate. He said: "I am far from happy."'
    assert _antecedent(text) == "Vane's Liberal rival Joe Roe"


# A role that opens the sentence after one about a person ("Vera Lund says …. The mayor said …") is that
# person's, as news goes on about someone by their office: a quotation credited to "the mayor" is confirmed for her.
# The same words claimed for anyone else are never confirmed.
VOTE = """Mayor wants a fresh start

Vera Lund says the town hall must change the way it works, whatever councillor Tomas Vane thinks.

The mayor said there was "no time to lose" as the vote drew near, and Mr Vane said the mayor was "out of time".

"If you are afraid of the storm, you should find another job," the mayor said in an interview with the Courier.
"""
STORM = '"If you are afraid of the storm, you should find another job."'


@pytest.fixture(scope="module")
def vote_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave17-vote"), {"vote.txt": VOTE})


def test_a_role_the_story_goes_on_with_after_naming_a_person_is_hers() -> None:
    from index.answer.check import role_anaphors
    from index.ingest.paragraphs import split_paragraphs

    doc = (VOTE, split_paragraphs(VOTE))
    assert role_anaphors(doc, {"mayor"}) == ["Vera Lund"]
    assert role_anaphors(doc, {"chairman"}) == []


def test_words_the_story_credits_to_a_role_are_confirmed_for_the_person_it_belongs_to(capsys,
                                                                                     vote_index: Path) -> None:
    assert only_check(capsys, vote_index, f"Vera Lund: {STORM}")["verdict"] == "verbatim"


@pytest.mark.parametrize("message", [f"Tomas Vane: {STORM}", 'Tomas Vane said there was "no time to lose"'])
def test_words_of_the_role_claimed_for_another_person_are_never_confirmed(capsys, vote_index: Path,
                                                                         message: str) -> None:
    assert only_check(capsys, vote_index, message)["verdict"] != "verbatim"
