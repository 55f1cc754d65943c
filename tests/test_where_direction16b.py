"""A place named by its direction in lower case ("west Cardiff") is part of a list of places, whole."""

from __future__ import annotations

from index.answer.where import _best_place
from tests.conftest import engine_fixture, first_answer

TOUR = (
    "Greens leader sets off on tour\n\n"
    "Green Party leader Ada Penrose has begun a week-long tour of marginal seats.\n\n"
    "Stops in Harrogate, Ludlow, Bangor and west Cardiff are planned for later in the week, her party said.\n"
)

tour_engine = engine_fixture({"tour.txt": TOUR})


def test_the_last_place_keeps_its_direction(tour_engine) -> None:
    first = first_answer(tour_engine, "where is ada penrose stopping later in the week")
    assert "Harrogate, Ludlow, Bangor and west Cardiff" in first.text, first


def test_a_place_after_in_may_open_with_a_direction() -> None:
    assert _best_place("The firm opened a depot in south Wales last year.") == "south Wales"
