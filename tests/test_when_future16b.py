""""When is the film coming out" asks what is still to come: a date of how something came to be is never it."""

from __future__ import annotations

from index.answer.when import asks_future
from tests.conftest import engine_fixture

FILM = (
    "Director signs for Captain Comet film\n\n"
    "Director Ruth Amsel is to write and direct a feature film of Captain Comet.\n\n"
    '"No one is better placed to bring the Captain Comet comic book hero created in the 1950s to a new film '
    'audience," said the producer.\n'
)

film_engine = engine_fixture({"film.txt": FILM})


def test_an_origin_date_is_not_when_the_film_comes_out(film_engine) -> None:
    answer = film_engine.ask("when is the captain comet film coming out")
    assert all("1950s" not in a.text for a in answer.answers), answer.answers


def test_a_verb_in_progress_asks_about_the_future() -> None:
    assert asks_future("when is the film coming out")
    assert asks_future("when is Hurst stepping down")
    assert not asks_future("when is the meeting")
    assert not asks_future("when was the club founded")
