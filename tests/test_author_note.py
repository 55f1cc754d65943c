"""The note a piece ends with names its writer only when it gives a writer's post at a publication."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

SIGNED = (
    "Grids learn to share\n\n"
    "Power firms are pooling spare capacity across borders, engineers say.\n\n"
    '"Sharing spare capacity cuts bills," said engineer Tom Reyes.\n\n'
    "Lena Marsh is energy correspondent for The Weekly Post.\n"
)
ANALYST = (
    "House prices slow\n\n"
    "House prices rose more slowly in the spring, a survey of lenders found.\n\n"
    '"The spring slowdown in house prices is real," said Jane Moss.\n\n'
    "Jane Moss is a housing analyst at Capital Economics.\n"
)
QUOTED_WRITER = (
    "Columnists on rents\n\n"
    "Rents in the capital rose again in the spring, a survey of letting agents found.\n\n"
    '"Rents in the capital will keep rising," said Paul Finch.\n\n'
    "Paul Finch is a columnist for The Evening Star.\n"
)


notes_engine = engine_fixture({"grids.txt": SIGNED, "prices.txt": ANALYST, "rents.txt": QUOTED_WRITER})


def test_a_correspondent_for_a_publication_is_the_writer(notes_engine) -> None:
    first = first_answer(notes_engine, "who wrote the article about power firms sharing spare capacity?")
    assert first.text == "Lena Marsh"


def test_an_analyst_described_at_the_end_is_not_the_writer(notes_engine) -> None:
    answer = notes_engine.ask("who wrote the article about the spring slowdown in house prices?")
    assert all(a.text != "Jane Moss" for a in answer.answers), answer.answers


def test_someone_the_piece_quotes_is_not_its_writer(notes_engine) -> None:
    answer = notes_engine.ask("who wrote the article about rents in the capital?")
    assert all(a.text != "Paul Finch" for a in answer.answers), answer.answers
