"""Review of ans18b (wave 19): breaks provoked with invented texts, kept fixed.

- A which-question's two-word kind (cfbbb77) must not read a causing verb's object as a kind: "what caused Tarn
  residents to leave the valley" asks a cause, not which residents.
- A question's event in the noun form (8950a5e, reverted) must not bring in the date of another event told with
  the verb: "the decision to shut the Tarn plant" is not "decided to open a plant in Kelby".
"""

from __future__ import annotations

from index.answer.search import asks_for_members, modifies_a_kind
from tests.conftest import engine_fixture


def test_a_clause_before_a_plural_is_no_kind() -> None:
    assert asks_for_members("what caused Tarn residents to leave the valley") is None  # past-tense verb first
    assert asks_for_members("what made the miners walk out") is None  # a function word
    assert asks_for_members("what the two sides agreed") is None
    assert asks_for_members("which of the players was injured") is None
    assert asks_for_members("what brought Kelby officials to act") is None  # an infinitive after the plural


def test_two_modifiers_still_make_a_kind() -> None:
    assert asks_for_members("Which Kelby Cup winners are unlikely to be picked?") == "winners"
    assert asks_for_members("which other british actors are in the film") == "actors"
    assert modifies_a_kind(["Kelby", "Cup"], " are unlikely")
    assert not modifies_a_kind(["caused", "Tarn"], " to leave")


VALLEY = (
    "Tarn valley empties\n\n"
    "Tarn residents Ann Vell, Bo Dray and Cy Moss were the last to leave the valley on Friday.\n\n"
    "Most Tarn residents had left the valley because the river flooded their homes three winters running.\n"
)

valley_engine = engine_fixture({"valley.txt": VALLEY})


def test_what_caused_residents_to_leave_gives_the_cause_not_a_list_of_residents(valley_engine) -> None:
    answer = valley_engine.ask("what caused Tarn residents to leave the valley")
    assert any("river flooded" in it.quote for it in answer.answers), answer


PLANT = (
    "Bakery plans\n\n"
    "The Orrin Foods board decided on 4 February to open a new bakery plant in Kelby.\n\n"
    "Workers at the firm's Tarn bakery plant were told on 20 March that it would shut.\n"
)

plant_engine = engine_fixture({"plant.txt": PLANT})


def test_the_date_of_a_decision_to_shut_is_not_that_of_a_decision_to_open(plant_engine) -> None:
    answer = plant_engine.ask("when was the decision to shut the tarn bakery plant")
    assert answer.answers and "20 March" in answer.answers[0].quote, answer
    assert not any("to open" in it.quote for it in answer.answers), answer


def test_a_plural_looking_singular_followed_by_what_is_said_of_it_is_no_kind() -> None:
    assert asks_for_members("which species is most at risk in the tarn river") is None
    assert asks_for_members("which species was the rarest") is None
    assert asks_for_members("which brit awards is the band up for") == "awards"  # a subject follows: members


RIVER = (
    "Tarn river survey\n\n"
    "The Tarn otter is the species most at risk in the river, the survey found.\n\n"
    "Surveyors also counted Trout, Perch and Eel in the lower river.\n"
)

river_engine = engine_fixture({"river.txt": RIVER})


def test_which_species_is_most_at_risk_names_the_one_not_a_list(river_engine) -> None:
    answer = river_engine.ask("which species is most at risk in the tarn river")
    assert answer.answers and "otter" in answer.answers[0].quote, answer
