"""Wave 17 (helper who17b): fewer wrong names, each mechanism alone on a made-up text.

Each text is a sentence shape of news prose written for these tests (invented people, parties and places); none is
copied from a gold case or a seed. The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quotes_shown


def test_a_parenthetical_he_said_repeats_the_speaking_subject_of_its_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Varna campaign manager Piet Olander acknowledged the rivals had split the contests, which is an outcome, he
    said, "we have long anticipated."': the names after the subject sit in what he reports, but the subject itself
    speaks there, so "he" is him, not whoever the sentence before named (here the party's chairman)."""
    shown = quotes_shown(tmp_path, capsys, (
        "Split result\n\n"
        "Harbor party chairman Tomas Wendt spoke to reporters after the count in Lund on Tuesday night.\n\n"
        "In a memo released as the polls closed, Varna campaign manager Piet Olander acknowledged that Wendt and "
        'Ilse Marek had split the first two contests, which is an outcome, he said, "we have long anticipated."\n'))
    by_words = {str(q["quote"])[:12]: q["speaker"] for q in shown}
    assert by_words["we have long"] == "Piet Olander"


def test_a_parenthetical_he_said_with_no_speaking_subject_still_skips_the_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Ilse Marek's plan has failed, he claimed, "and the voters know it."': nobody in the sentence speaks before
    the pronoun, so Marek (inside what he reports) is still not "he"; the man named before speaks."""
    shown = quotes_shown(tmp_path, capsys, (
        "Plan row\n\n"
        "Opposition leader Tomas Wendt said the budget would be rejected by the council.\n\n"
        'Ilse Marek\'s plan has failed, he claimed, "and the voters know it."\n'))
    by_words = {str(q["quote"])[:12]: q["speaker"] for q in shown}
    assert by_words["and the vote"] != "Ilse Marek"
