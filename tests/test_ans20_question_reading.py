"""Wave 20 (ans20): a question's own verb is not read as a kind whose members it asks for.

"what drives Kelby officials to act" and "what caused residents to leave" have "what" as their subject and a verb
after it whose object is the plural: they ask a cause, not a list of officials. "what series is Moss starring in"
asks for one series: the text itself says "a new crime series", so "series" is no plural there.
"""

from __future__ import annotations

from index.answer.search import asks_for_members, verb_with_object
from tests.conftest import answers_to, engine_fixture


def test_a_present_tense_verb_after_what_is_no_kind() -> None:
    assert asks_for_members("what drives Kelby officials to act") is None
    assert asks_for_members("what prompts the miners to strike") is None
    assert verb_with_object(" Kelby officials to act")
    assert not verb_with_object(" Kelby has visited")  # "which countries Kelby has visited": a kind


def test_one_verb_before_a_plural_and_its_infinitive_is_no_kind() -> None:
    assert asks_for_members("what caused residents to leave") is None
    assert asks_for_members("what drives officials to act") is None
    assert asks_for_members("what made residents leave") is None


def test_kinds_with_one_modifier_stay_kinds() -> None:
    assert asks_for_members("which elected officials voted against the plan") == "officials"
    assert asks_for_members("which sports teams play in Kelby") == "teams"
    assert asks_for_members("which countries will she race against?") == "countries"
    assert asks_for_members("which countries Kelby has visited") == "countries"
    assert asks_for_members("which awards is Kasabian up for") == "awards"


TOWN = (
    "Kelby council acts on flooding\n\n"
    "Kelby officials Ann Vell, Bo Dray and Cy Moss act for the town council.\n\n"
    "Kelby officials act when river levels pass two metres, because the old flood wall cannot hold more water.\n\n"
    "Residents left Tarn after the mill closed and the school shut its doors.\n\n"
    "Tarn residents Dee Marsh, Eli Stone and Fay Hart chose to leave Tarn last.\n"
)

town_engine = engine_fixture({"town.txt": TOWN})


def test_what_drives_officials_to_act_gives_the_cause(town_engine) -> None:
    items = answers_to(town_engine, "what drives Kelby officials to act")
    assert "flood wall" in items[0].quote, items[0].quote


def test_what_caused_residents_to_leave_gives_the_cause(town_engine) -> None:
    items = answers_to(town_engine, "what caused residents to leave Tarn")
    assert "mill closed" in items[0].quote, items[0].quote
