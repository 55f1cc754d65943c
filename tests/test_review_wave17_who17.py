"""Review of who17 (wave 17): the chains of mentions must not name someone the text does not make the speaker.

Invented articles, each run through ``dossier quotes --json`` as a user sees it. Each failed on who17 as committed
(a708ed6): the first named "Nurses" for a '"…," he said' that is Dr Lowe's; the second named a Pell the text never
calls "he" or "she" because one "she" after the bare surname spoke of someone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quotes_shown

NURSES = (
    "Hospital row\n\n"
    "Ms Ada Crane, the health minister, visited Kelby hospital on Friday with Dr Sam Lowe.\n\n"
    "Nurses told Crane that he had ignored their letters for months.\n\n"
    '"I read every letter and I answered every one," he said.\n'
)

FARM = (
    "Farm sold\n\n"
    "Jordan Pell and Colm Pell ran the farm at Kelby for thirty years. Colm Pell said he had always wanted to sell.\n\n"
    "Dana Hart lost her job on the farm last spring. Pell said she should never have been dismissed.\n\n"
    '"We never wanted to sell, but the bank gave us no choice," Pell said.\n'
)


def test_he_said_is_not_given_to_a_word_the_text_never_calls_he(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """"Nurses" is named last, but nothing says it is a man (or a person): the pronoun may be Dr Lowe's, so no name
    (who17 printed "Nurses")."""
    speakers = [q["speaker"] for q in quotes_shown(tmp_path, capsys, NURSES)]
    assert speakers == [None]


def test_namesake_never_called_he_or_she_is_not_chosen_by_elimination(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """"Pell said she should never have been dismissed" speaks of Dana Hart; Jordan Pell's gender is never given:
    the bare Pell stays unnamed (who17 printed "Jordan Pell")."""
    speakers = [q["speaker"] for q in quotes_shown(tmp_path, capsys, FARM)]
    assert "Jordan Pell" not in speakers
    assert speakers == [None]


def test_namesake_settled_by_a_title_is_still_chosen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The mend keeps what the text does settle: "Mr Pell apologised" makes the bare Pell a man, and the only Pell
    not called "she" is Colm."""
    text = FARM.replace("Jordan Pell", "Rosa Pell").replace(
        "Colm Pell said he had always wanted to sell", "Rosa Pell said she had always loved the farm").replace(
        "dismissed.\n", "dismissed, and Mr Pell apologised.\n")
    assert [q["speaker"] for q in quotes_shown(tmp_path, capsys, text)] == ["Colm Pell"]


def test_namesake_by_gender_alone_needs_more_than_one_stray_pronoun() -> None:
    """The resolver alone: one "she" after the bare Pell does not choose between Jordan and Colm Pell."""
    from index.extract.quotes import chain
    from tests.test_attribution_who17 import _chains

    assert chain.namesake_by_gender("Pell", ["Jordan Pell", "Colm Pell"], _chains(FARM)) is None


def test_one_word_speaker_needs_a_gender_or_a_description() -> None:
    """The resolver alone: "Nurses", never "he" and never described, is not confirmed; "Evans, the county
    chairman" is a person the pronoun may stand for."""
    from index.extract.quotes import chain
    from tests.test_attribution_who17 import RULES_FIGHT, _chains

    close = NURSES.index('," he said') + 1
    assert chain.pronoun_by_gender(chain.Case(NURSES.index('"I read'), close, "he", "Nurses"), _chains(NURSES)) is None
    close = RULES_FIGHT.index('," he said') + 1
    case = chain.Case(RULES_FIGHT.index('"All of'), close, "he", "Evans")
    assert chain.pronoun_by_gender(case, _chains(RULES_FIGHT)) == "pronoun_gender"
