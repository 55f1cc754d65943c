""""How many people did the storm kill": a count whose sentence says what was done to them comes first."""

from __future__ import annotations

from index.answer.how_many import final_verb
from tests.conftest import engine_fixture, first_answer

STORM = (
    "Cyclone Ilsa hits coast\n\n"
    "Nearly three million people along the Coral coast could lose power for a week after Cyclone Ilsa, the energy "
    "board said. The worst-hit towns are Palmer and Reed Bay, with at least 140 people killed.\n"
)

storm_engine = engine_fixture({"storm.txt": STORM})


def test_the_count_of_those_the_event_befell_comes_first(storm_engine) -> None:
    first = first_answer(storm_engine, "How many people did cyclone Ilsa kill?")
    assert "140" in first.text, first


def test_final_verb_is_the_verb_after_the_subject() -> None:
    assert final_verb("How many people did the tsunami kill?") == "kill"
    assert final_verb("how many jobs could go at the plant under the deal") is None
    assert final_verb("how many people live in Leeds") is None
