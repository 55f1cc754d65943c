"""Wave 13 review (helper review13e) of who13b's pronoun rules: made-up news shapes where they named the wrong person.

Each text is a sentence shape of news prose written for these tests; none is copied from a gold case or a seed.
The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.quotes.resolver import second_place
from tests.conftest import quotes_shown


@pytest.mark.parametrize("opener", ["Later, in Cardiff,", "On Tuesday, at Westminster,"])
def test_a_fronted_place_phrase_leaves_the_subject_after_it_speaking(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], opener: str) -> None:
    """'Later, in Cardiff, Peter Price said he …': a phrase of time and place opening the clause is no town whose
    state follows; the name after it is the subject of "said", so "he" is Peter Price, not the man quoted before."""
    shown = quotes_shown(tmp_path, capsys, (
        "Council row deepens\n\n"
        f"Tom Hale, the council leader, said the budget was fair. {opener} Peter Price said he would vote against "
        'it. "This budget punishes the poorest families," he said.\n'))
    assert [q["speaker"] for q in shown] == ["Peter Price"]


def test_the_state_after_a_town_still_goes_with_a_person_named_with_an_honorific_and_age(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Mr Fisher, 41, from Omaha, Nebraska, said he …': the phrase describes the person before it, so the state
    is no subject, and "he" is Fisher."""
    shown = quotes_shown(tmp_path, capsys, (
        "Forehead for rent\n\n"
        "Tom Hale, the council leader, backed the scheme. Mr Fisher, 41, from Omaha, Nebraska, said he would rent "
        'his forehead to an advertiser. "It grows back," he said.\n'))
    assert [q["speaker"] for q in shown] == ["Fisher"]


def test_second_place_with_a_person_check() -> None:
    def known(name: str) -> bool:
        return name in ("Maria Quell", "Fisher")

    assert second_place("Maria Quell, from Tulsa, ", known)
    assert second_place("said. Mr Fisher, 41, from Omaha, ", lambda n: known(n.split()[-1]))
    assert not second_place("Later, in Cardiff, ", known)
    assert not second_place("On Tuesday, at Westminster, ", known)


def test_an_object_two_asides_before_a_verb_of_speech_does_not_speak(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Tom Reed, who hired Sam Ward, a lawyer from Leeds, in 2019, said he …': Ward is the object of "hired"
    inside the aside; Reed is the subject of "said", so "he" is Reed."""
    shown = quotes_shown(tmp_path, capsys, (
        "Club row\n\n"
        "Tom Reed, who hired Sam Ward, a lawyer from Leeds, in 2019, said he regretted nothing. "
        '"I would do it all again," he said.\n'))
    assert [q["speaker"] for q in shown] == ["Tom Reed"]


def test_a_mention_joined_to_another_by_and_is_no_lone_subject_two_pieces_before_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Residents praised Kate Bell, a nurse, and her son, who …, said the fire chief, Ann Lowe': the piece opening
    with "and" adds her son to Kate Bell (the objects of "praised"); the fire chief speaks, so "she" is Ann Lowe."""
    shown = quotes_shown(tmp_path, capsys, (
        "Fire\n\n"
        "Residents praised Kate Bell, a nurse, and her son, who pulled neighbours out, said the fire chief, Ann Lowe. "
        '"They are heroes," she said.\n'))
    assert [q["speaker"] for q in shown] == ["Ann Lowe"]
