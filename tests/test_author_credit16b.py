"""A credit names the person, not the employer before their role, nor the preposition a sentence opens with."""

from __future__ import annotations

from index.answer.author import find_author
from tests.conftest import engine_fixture, first_answer

EMPLOYER = (
    "Harbour town memoir out\n\n"
    "A new memoir, Salt and Stone, looks back on a fishing town's lost harbour.\n\n"
    "Salt and Stone, the book by Coast Gazette columnist Mira Velland, says the harbour closed too soon.\n"
)
OPENING = (
    "Canal history published\n\n"
    "A history of the northern canals has been published this week.\n\n"
    "In Mr Oddbury's book the canal boatmen are said to have kept the trade alive for decades.\n\n"
    "Its author, Felix Oddbury, spent ten years in the archives.\n"
)

credit_engine = engine_fixture({"memoir.txt": EMPLOYER, "canals.txt": OPENING})


def test_the_person_after_an_employer_and_role_is_the_writer(credit_engine) -> None:
    first = first_answer(credit_engine, "Who wrote the memoir Salt and Stone?")
    assert first.text == "Mira Velland", first


def test_an_opening_preposition_is_no_part_of_the_writer(credit_engine) -> None:
    first = first_answer(credit_engine, "who wrote the book about canal boatmen keeping the trade alive?")
    assert first.text == "Felix Oddbury", first


def test_find_author_skips_the_employer() -> None:
    assert find_author("The book by Coast Gazette columnist Mira Velland says so.") == "Mira Velland"
    assert find_author("The book by Mira Velland says so.") == "Mira Velland"


def test_find_author_drops_an_opening_preposition() -> None:
    assert find_author("In Mr Oddbury's book the boatmen are heroes.") == "Mr Oddbury"
