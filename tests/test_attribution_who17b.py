"""Wave 17 (helper who17b): fewer wrong names, each mechanism alone on a made-up text.

Each text is a sentence shape of news prose written for these tests (invented people, parties and places); none is
copied from a gold case or a seed. The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import speakers_by_opening


def test_a_parenthetical_he_said_repeats_the_speaking_subject_of_its_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Varna campaign manager Piet Olander acknowledged the rivals had split the contests, which is an outcome, he
    said, "we have long anticipated."': the names after the subject sit in what he reports, but the subject itself
    speaks there, so "he" is him, not whoever the sentence before named (here the party's chairman)."""
    by_words = speakers_by_opening(tmp_path, capsys, (
        "Split result\n\n"
        "Harbor party chairman Tomas Wendt spoke to reporters after the count in Lund on Tuesday night.\n\n"
        "In a memo released as the polls closed, Varna campaign manager Piet Olander acknowledged that Wendt and "
        'Ilse Marek had split the first two contests, which is an outcome, he said, "we have long anticipated."\n'))
    assert by_words["we have long"] == "Piet Olander"


def test_a_parenthetical_he_said_with_no_speaking_subject_still_skips_the_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Ilse Marek's plan has failed, he claimed, "and the voters know it."': nobody in the sentence speaks before
    the pronoun, so Marek (inside what he reports) is still not "he"; the man named before speaks."""
    by_words = speakers_by_opening(tmp_path, capsys, (
        "Plan row\n\n"
        "Opposition leader Tomas Wendt said the budget would be rejected by the council.\n\n"
        'Ilse Marek\'s plan has failed, he claimed, "and the voters know it."\n'))
    assert by_words["and the vote"] != "Ilse Marek"


@pytest.mark.parametrize("written, shown", [
    ("Ramón Peña Ortiz", "Ramón Peña Ortiz"),
    ("Ram&#243;n Ortiz", "Ram&#243;n Ortiz"),
    ("RamÃ³n PeÃ±a Ortiz", "RamÃ³n PeÃ±a Ortiz"),
])
def test_a_name_with_an_encoded_letter_is_read_whole(written: str, shown: str) -> None:
    """A letter written as an HTML character reference or as UTF-8 mis-read as Latin-1 is part of its word: the
    name is one run of capitals, not a fragment cut at the odd character."""
    from index.extract.names import CAP_SEQ

    assert [m.group(0) for m in CAP_SEQ.finditer(f"and then {written} said so.")] == [shown]


def test_an_encoded_letter_keeps_the_speakers_full_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'"…," said Federico de JesÃºs, a strategist': the speaker is the whole name the text writes, not
    "Federico de JesÃ", and the quotation after it goes on with that name."""
    by_words = speakers_by_opening(tmp_path, capsys, (
        "Ad push\n\n"
        '"If they start spending now, they are on time," said Ramiro de JesÃºs, a strategist who ran the ads in 2008. '
        '"We would have liked them to start earlier."\n\n'
        "In a letter, Commission President Jos&#233; Manuel Barrenechea told the assembly that the plan "
        '"did not need a second reading by the council".\n'))
    assert by_words["If they star"] == "Ramiro de JesÃºs"
    assert by_words["did not need"] == "Jos&#233; Manuel Barrenechea"


def test_she_is_not_read_as_the_he_inside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Later in the summer, she revised her statement, explaining that she had not sent emails "marked secret at the
    time."': the participle's subject is "she"; the "he" inside that word is no mention, so the man quoted before
    (the last speaker) is not given the words."""
    by_words = speakers_by_opening(tmp_path, capsys, (
        "Mail inquiry\n\n"
        "Minister Alma Quist gave her first account of the emails in the spring.\n\n"
        '"The statute punishes people who are not frank," former agent Tobias Renk explained. Later in the summer, '
        'she revised her account, explaining that she had not sent emails that were "marked secret at the time."\n'))
    assert by_words["marked secre"] != "Tobias Renk"


def test_a_capitalised_executive_is_the_body_not_the_person_the_text_is_about(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'The Northland Executive said ministers would be told but it would "not be usual practice" to sign it': the
    capitalised "Executive" after a place is the governing body speaking, not the politician the paragraph is about
    (the description's fallback guess); "Chief Executive Ida Holm" stays a title of a person."""
    by_words = speakers_by_opening(tmp_path, capsys, (
        "Leave row\n\n"
        "Opposition leader Maren Dahl has demanded to know who signed off the patient's leave. Dahl said the "
        "rules were unclear.\n\n"
        'The Northland Executive said ministers would be told but it would "not be usual practice" to sign it.\n\n'
        'Chief Executive Ida Holm said: "We will review every case."\n'))
    assert by_words["not be usual"] == "Northland Executive"
    assert by_words["We will revi"] == "Ida Holm"


def test_the_object_of_a_preposition_is_no_participle_subject(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """'In a statement released Thursday, Rep. Ann Dale reacted to the news, saying: "…"': "a statement" follows
    "In", so it is how the words came, not who said them; the subject after it speaks (not the foundation quoted
    just before, which a statement would stand for)."""
    by_words = speakers_by_opening(tmp_path, capsys, (
        "Auction row\n\n"
        'The Harlow Trust Foundation said it had no comment. "We will not dignify this," the foundation said.\n\n'
        "In a statement released Thursday, Rep. Ann Dale reacted to the news, saying: \"This auction should never "
        'have been allowed."\n'))
    assert by_words["This auction"] == "Ann Dale"
