"""When-questions as people ask them (issue 9, dates), wave 27.

"When does the new minimum wage come in" met a story that writes "The minimum wage will rise in October": the asker's
"new" was a word the text never repeats, so no sentence covered the question and Dossier said the sources give no
date. And a union "called for a £6 minimum wage by next year": a date someone demands is their wish, not when the
thing happens, yet it answered first. Invented stories, real indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import engine_on, first_answer, index_over

WAGE = """Kelby pay floor to rise

The Kelby pay floor will rise in October, benefiting more than 10,000 workers, the council has announced.

The Kelby Workers Union welcomed the increase, but has called for a £9 pay floor by next year. Employers called for a "pause year" to assess the impact of the rise in the pay floor in October.
"""

BILL = """Curfew bill

The mayor wants the curfew bill to become law by 14 March, before the summer season starts.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave27"), {"wage.txt": WAGE, "bill.txt": BILL})


@pytest.mark.parametrize("question", ["when does the new kelby pay floor come in", "when will the kelby pay floor rise"])
def test_a_word_placing_the_thing_in_time_is_the_askers_and_a_demanded_date_is_no_answer(
        index: Path, question: str) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, question)
    assert first.text == "October"
    assert first.quote.startswith("The Kelby pay floor will rise in October")


def test_a_question_about_what_someone_wants_still_takes_the_date_they_want(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when does the mayor want the curfew bill to become law")
    assert "14 March" in first.text
