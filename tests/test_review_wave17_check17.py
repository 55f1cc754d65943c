"""Reviewer's breaks of check17 (wave 17), kept fixed: a bare role ("the mayor") read as the person named in the
sentence before it, when that very sentence names the role as someone else ("Vera Lund wrote to the mayor"), and a
"he said" given to a woman through it. Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import role_anaphors
from index.ingest.paragraphs import split_paragraphs
from tests.conftest import index_over, only_check

LETTER = """Letter row

Vera Lund wrote to the mayor on Monday about the harbour fund.

The mayor was furious. "This letter is full of lies about the fund," he said.
"""
BOARD = """Board under fire

Vera Lund criticised the harbour board and its chairman on Monday.

The board chairman said the criticism was unfair to the staff.
"""
SAYS = """Mayor wants a fresh start

Vera Lund says the town hall must change the way it works.

The mayor said there was no time to lose.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("rev-check17"), {"letter.txt": LETTER})


def test_the_mayor_someone_wrote_to_is_not_the_writer(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Vera Lund: "This letter is full of lies about the fund"')
    assert check["verdict"] != "verbatim"


@pytest.mark.parametrize("text, role", [(LETTER, {"mayor"}), (BOARD, {"board", "chairman"})])
def test_a_role_the_sentence_before_names_as_another_is_tied_to_nobody(text: str, role: set[str]) -> None:
    assert role_anaphors((text, split_paragraphs(text)), role) == []


def test_a_role_going_on_about_the_person_named_before_is_still_theirs() -> None:
    assert role_anaphors((SAYS, split_paragraphs(SAYS)), {"mayor"}) == ["Vera Lund"]


HE_SAID = """Town hall row

Vera Lund says the town hall must change the way it works.

The mayor was furious about the report. "This report is a scandal for the whole town," he said.
"""


@pytest.fixture(scope="module")
def he_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("rev-check17-he"), {"hall.txt": HE_SAID})


def test_a_he_said_read_back_to_a_role_is_never_a_woman_s(capsys, he_index: Path) -> None:
    check = only_check(capsys, he_index, 'Vera Lund: "This report is a scandal for the whole town"')
    assert check["verdict"] != "verbatim"


MINISTER = """Plan row

Joe Roe criticised the harbour plan on Monday.

But the minister, Tomas Vane, defended it. Asked about the cost, he said it was fair.
"""


def test_a_role_whose_sentence_names_its_holder_is_not_the_person_before() -> None:
    assert role_anaphors((MINISTER, split_paragraphs(MINISTER)), {"minister"}) == []
