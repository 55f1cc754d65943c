"""Which-questions of ans18b: a plural kind with a singular verb, a kind with two modifiers (index/answer/search).

The derivation tests of 8950a5e went with its revert (review wave 19)."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer


def test_a_plural_kind_with_a_singular_verb_still_asks_for_members() -> None:
    from index.answer.search import asks_for_members

    assert asks_for_members("which brit awards is the band up for") == "awards"
    assert asks_for_members("what status is the bill given") is None  # one thing in -us, not a kind
    assert asks_for_members("which crisis was worse") is None


AWARDS = (
    "Tarn Valley band shortlisted\n\n"
    "Folk band The Oxbows ended a strong year by securing three Kelby Music Award nominations.\n\n"
    "The five-piece band, from Tarn Valley, earned The Oxbows places on the best group, folk act and live act "
    "shortlists. They tour in March.\n"
)

awards_engine = engine_fixture({"awards.txt": AWARDS})


def test_which_awards_is_a_band_up_for_names_them_all(awards_engine) -> None:
    answer = awards_engine.ask("which kelby awards is the oxbows up for")
    assert any("best group, folk act and live act" in it.quote for it in answer.answers), answer


def test_a_kind_may_carry_two_words_but_never_a_verb() -> None:
    from index.answer.search import asks_for_members

    assert asks_for_members("Which Kelby Cup winners are unlikely to be picked?") == "winners"
    assert asks_for_members("which other british actors are in the film") == "actors"
    # what they said is asked, not which of them there are
    assert asks_for_members("What did Marrow officials say about the pool?") is None
    assert asks_for_members("what do Marrow analysts think") is None


CUP = (
    "Tarn squad named\n\n"
    "Kelby Cup winners Ada Rusk, Ben Oduya and Cal Morrow are unlikely to be picked for the Tarn tour.\n\n"
    "The squad will be named on Friday.\n"
)

cup_engine = engine_fixture({"cup.txt": CUP})


def test_which_two_word_kind_names_every_member(cup_engine) -> None:
    first = first_answer(cup_engine, "Which Kelby Cup winners are unlikely to be picked for the Tarn tour?")
    assert "Ada Rusk, Ben Oduya and Cal Morrow" in first.quote, first
