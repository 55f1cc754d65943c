"""Wave 12 (helper who12r): two wrong-person risks a reviewer provoked with made-up texts, each mechanism alone.

Each text is a sentence shape of news prose written for these tests; none is copied from a gold case or a seed.
The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.quotes.resolver import _object_of_verb
from tests.conftest import quotes_shown


def test_he_said_after_a_sentence_whose_person_is_only_the_object_names_nobody(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Police arrested Tom Reed on Monday. "…," he said.': the man arrested is what was done to; "he" is someone
    the sentence's subject stands for, whom the text does not name, so the words are nobody's rather than Reed's.
    The same sentence with Reed as its subject still gives him his words."""
    shown = quotes_shown(tmp_path, capsys, (
        "Arrest made\n\n"
        'Police arrested Tom Reed on Monday. "We are pleased with the result," he said.\n\n'
        "Vote counted\n\n"
        'The club signed striker Ian Holt in January. "We have big plans," he said.\n\n'
        'Dan Frost was arrested on Tuesday. "I have done nothing wrong," he said.\n'))
    assert [q["speaker"] for q in shown] == [None, None, "Dan Frost"]


def test_a_name_that_acts_after_the_verb_is_still_the_antecedent(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """'Officials confirmed Ann Lowe had resigned' / 'The board forced Ann Lowe to resign': the name is the subject of
    the clause or the infinitive after the verb, who acts there, so "she" still goes back to her."""
    shown = quotes_shown(tmp_path, capsys, (
        "Resignation\n\n"
        'Officials confirmed Ann Lowe had resigned. "It was time to go," she said.\n'))
    assert [q["speaker"] for q in shown] == ["Ann Lowe"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police arrested Tom Reed on Monday.", True),
    ("Police have detained 45-year-old Tom Reed.", True),
    ("The versatile Tom Reed starred again.", False),  # after a determiner: an adjective, no verb
    ("One woman, Tom Reed, found her sister.", False),  # set off by a comma: an apposition, no object
    ("Officials confirmed Tom Reed had resigned.", False),  # the name has a verb of its own
    ("The board forced Tom Reed to resign.", False),  # the infinitive's subject
    ("Police said Tom Reed was calm.", False),  # a speech verb: its next name is a reported clause's subject
    ("Praise came from superstar Tom Reed on Monday.", False),  # a preposition's object, another rule's
])
def test_object_of_verb_alone(sentence: str, expected: bool) -> None:
    """The object test reads the verb right before the name and what follows the name, nothing else."""
    assert _object_of_verb(sentence, 0, sentence.index("Tom Reed")) is expected


def test_words_two_people_say_together_are_neither_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'"…," Smith and Jones said', '"…," X and Y told reporters', 'said X and Y', 'X and Y told reporters: "…"': a
    joint cue is not one person's words, so no one is named (not the last of the two, as before), and the quotation
    keeps the two as its description, so it stays findable by them."""
    shown = quotes_shown(tmp_path, capsys, (
        "Talks go on\n\n"
        "John Smith and Mary Jones met the union on Monday.\n\n"
        '"We will keep talking," Smith and Jones said.\n\n'
        '"The offer is fair," John Smith and Mary Jones told reporters.\n\n'
        '"Nothing is settled yet," said Smith and Jones.\n\n'
        'John Smith and Mary Jones told reporters: "We expect a deal by Friday."\n'))
    assert [q["speaker"] for q in shown] == [None, None, None, None]
    assert [q["speaker_description"] for q in shown] == [
        "Smith and Jones", "John Smith and Mary Jones", "Smith and Jones", "John Smith and Mary Jones"]


def test_two_people_of_a_body_speak_for_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'"…," Smith and Jones of Acme Holdings said': the two speak for the body the text gives them, which is named;
    neither person is."""
    shown = quotes_shown(tmp_path, capsys, (
        "Deal agreed\n\n"
        "John Smith and Mary Jones run Acme Holdings.\n\n"
        '"We will keep talking," Smith and Jones of Acme Holdings said.\n\n'
        '"The terms are good," said John Smith and Mary Jones of Acme Holdings.\n'))
    assert [q["speaker"] for q in shown] == ["Acme Holdings", "Acme Holdings"]
    assert [q["speaker_description"] for q in shown] == ["Smith and Jones", "John Smith and Mary Jones"]


def test_a_byline_pair_keeps_its_last_writer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'"…," John Smith and Mary Jones wrote': a text two writers wrote is a byline pair (PolNeAR's annotators credit
    the last writer), left as it was; only speech is joint."""
    shown = quotes_shown(tmp_path, capsys, (
        "A column\n\n"
        "John Smith and Mary Jones looked at the campaign.\n\n"
        '"The campaign is short of money and of time," John Smith and Mary Jones wrote.\n'))
    assert [q["speaker"] for q in shown] == ["Mary Jones"]
