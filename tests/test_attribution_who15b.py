"""Wave 15 (helper who15b): wrong names from confident cues, each shape alone on a made-up text.

Each text is a sentence shape of news prose written for these tests (invented people, clubs and places); none is
copied from a gold case or a seed. The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.quotes.confidence import unnamed_speaker_nearer
from tests.conftest import quotes_shown


def test_a_new_sentence_after_a_question_is_no_tag_of_it(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """'"… Why was nobody sent off?" Harbour boss Ivo Brandt accepted the referee Mott had no choice': the question
    ended a sentence, and the named man after it opens a sentence of his own (a clause with its own subject), so he
    is not given the question; "Selby has also agreed to coach …" (an infinitive) is no tag either. A short tag
    after a question ('"…?" Brandt asked.') still names the asker."""
    shown = quotes_shown(tmp_path, capsys, (
        "Derby row\n\n"
        'Town manager Olle Varga said: "We lost our heads. "Why was nobody from their bench sent off?" Harbour boss '
        "Ivo Brandt accepted the referee Mott had no choice but to act.\n\n"
        'Coach Dana Ferrow said of her new assistant: "He wants real input. "And why would he stake his name on '
        'something that is not going to work?" Selby has also agreed to coach the juniors next year.\n\n'
        '"Who will pay for the new stand?" Brandt asked.\n'))
    by_words = {str(q["quote"])[:12]: q["speaker"] for q in shown}
    assert by_words["Why was nobo"] != "Ivo Brandt"
    assert by_words["And why woul"] != "Selby"
    assert by_words["Who will pay"] == "Ivo Brandt"


def test_a_name_first_clause_running_into_the_next_quotation_is_that_quotations_cue(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Vance replies to Okoro with, "Why today? Was that on my way to Lund?" Okoro then writes back, "You look
    well."': the clause after the question ends in a comma at the next quotation's mark, so it introduces that one;
    the question is Vance's, from the cue before it."""
    shown = quotes_shown(tmp_path, capsys, (
        "Mail trail\n\n"
        "In one exchange between Mara Vance and her aide Tobi Okoro, Okoro forwards a picture of the harbour.\n\n"
        'Vance replies to Okoro with, "Why today? Was that on my way to Lund?" Okoro then writes back, "You look '
        'well."\n'))
    by_words = {str(q["quote"])[:9]: q["speaker"] for q in shown}
    assert by_words["Why today"] != "Tobi Okoro"


def test_the_antecedent_of_an_object_relative_clause_is_no_speaker(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """'… in front of the Harrow Arms, which Mayor Dana Whitlock on Friday declared the first landmark dedicated
    "…"': "which" is the verb's object and the mayor its subject, so the inn is not given the words; where the
    reading falls on the subject after the pronoun ('an accent, which Fenwick Weekly called "…"') it is kept."""
    shown = quotes_shown(tmp_path, capsys, (
        "Dock parade\n\n"
        "Crowds gathered in front of the Harrow Arms, which Mayor Dana Whitlock on Friday declared the first civic "
        'landmark dedicated "to tell the story of the dockers."\n\n'
        "Critics mocked the lead's wobbly accent, which Fenwick Weekly called \"a sea shanty sung underwater\".\n"))
    by_words = {str(q["quote"])[:8]: q["speaker"] for q in shown}
    assert by_words["to tell "] != "Harrow Arms"
    assert by_words["a sea sh"] == "Fenwick Weekly"


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Reed said there was no case. The two senators, however, argue that", True),
    ("Tom Reed said there was no case. The three judges said", True),
    ("Tom Reed said there was no case. The senators, however, argue that", False),  # not counted: left as it was
    ("The two senators argued first. Then Tom Reed said", False),  # the person is named after the group
])
def test_a_counted_unnamed_group_speaking_between_the_name_and_the_quotation(text: str, expected: bool) -> None:
    assert unnamed_speaker_nearer(text, 0, len(text), "Tom Reed") is expected


def test_a_counted_group_that_argues_is_nearer_than_the_man_named_before(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'While Reed said there was no precedent for a case without intent, he … . The two senators, however, argue
    that "…"': the unnamed pair, not Reed, speaks the words, so no name is given."""
    shown = quotes_shown(tmp_path, capsys, (
        "Senators press inquiry\n\n"
        "Also on Monday, Senators Ada Quill and Bram Holt sent a letter to inspector Tom Reed, seeking more answers "
        "about his decision.\n\n"
        "While Reed said there was clear evidence that the agency had been careless, he said there was no precedent "
        "for a case without intent. The two senators, however, argue that \"there is precedent for a case\", citing "
        "an earlier ruling.\n"))
    assert [q["speaker"] for q in shown if "precedent for a case" in str(q["quote"])] == [None]
