"""A question's event in the text's other words: "why did the board expand?" / "the expansion" (index/answer/derivation)."""

from __future__ import annotations

from index.answer.derivation import bare_forms, derived_forms, stems_whole
from tests.conftest import engine_fixture, first_answer


def test_the_table_derives_the_noun_from_the_verb_and_back() -> None:
    assert "decision" in derived_forms("decide")
    assert "decide" in derived_forms("decision")
    assert "expansion" in derived_forms("expand")
    assert "closure" in derived_forms("closed")  # the question's inflection is undone first
    assert "grow" in derived_forms("growth")
    assert "failure" in derived_forms("failed")


def test_no_form_from_a_short_shared_part_or_a_name() -> None:
    assert "state" not in derived_forms("station")  # "st" is too short a shared part
    assert derived_forms("Marian") == []  # a name's derived form is another word
    assert "presence" not in derived_forms("pressing")  # "ss" is not a doubled final consonant


def test_bare_forms_undo_regular_and_irregular_inflection() -> None:
    assert "stop" in bare_forms("stopped")
    assert "leave" in bare_forms("left")


def test_a_form_the_stemmer_cuts_back_into_the_shared_part_is_no_word() -> None:
    assert not stems_whole("detaineation", "detaine")
    assert stems_whole("decision", "deci")


HARBOUR = (
    "Harbour board plans\n\n"
    "The Marrow Bay harbour board raised its mooring fees last month because fuel costs rose.\n\n"
    "Separately, the Marrow Bay harbour board's expansion into the old dock came because of a surge in ferry traffic.\n"
)

harbour_engine = engine_fixture({"harbour.txt": HARBOUR})


def test_a_why_question_asked_with_the_verb_finds_the_reason_given_with_the_noun(harbour_engine) -> None:
    first = first_answer(harbour_engine, "why did the marrow bay harbour board expand")
    assert "surge in ferry traffic" in first.quote, first


CANAL = (
    "Canal works\n\n"
    "The Tiln canal lock will reopen on 3 May, engineers said.\n\n"
    "The closure of the Tiln canal lock began on 12 January after cracks were found.\n"
)

canal_engine = engine_fixture({"canal.txt": CANAL})


def test_a_when_question_asked_with_the_verb_finds_the_date_given_with_the_noun(canal_engine) -> None:
    first = first_answer(canal_engine, "when was the tiln canal lock closed")
    assert "12 January" in (first.date or first.text), first


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
