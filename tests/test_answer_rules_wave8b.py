"""Issue 9, wave 8, second helper: general mechanisms for dates, counts, described speakers and audiences (a date
belongs to the story and the event asked about, a count to the kind of thing asked about, a description to its
head noun and modifiers, an audience to the attribution), each alone, then end to end on a small collection
written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

# ----------------------------------------------------------------- dates

STORY_BAND = (
    "Singer quits Lanterns for new group\n\n"
    "Tom Ridley has left the pop band Lanterns to front his own rock group, Ironside. "
    "His focus turned to Ironside, with Friday's press conference coinciding with the start of the group's tour.\n\n"
    "Glassworks clues found\n\n"
    "Regulators said they found clues of market manipulation in trades made on 2 August.\n"
)
STORY_CLUB = (
    "Coach Ann Berg leaves Portwell\n\n"
    "Ann Berg, who joined Portwell Rovers in May 2003, left the club on Monday.\n"
)

dates_engine = engine_fixture({"band.txt": STORY_BAND, "club.txt": STORY_CLUB})


def test_a_start_word_counts_only_beside_the_question_s_own_words() -> None:
    from index.answer.relevance import Concept
    from index.answer.when import START_EVENT, start_anchored

    join = Concept(word="join", alternatives=(("join",),), weight=1.0).widened(START_EVENT)
    lanterns = Concept(word="lanterns", alternatives=(("lantern",),), weight=1.0)
    assert start_anchored("Ridley, who joined Lanterns in 2001, left on Friday.", [join, lanterns])
    assert not start_anchored("Ridley spoke as Lanterns fans gathered, with Friday's press conference coinciding "
                              "with the start of the group's long tour.", [join, lanterns])


def test_a_date_of_another_beginning_in_the_story_does_not_answer(dates_engine) -> None:
    answer = dates_engine.ask("when did tom ridley join lanterns?")
    assert not answer.answers, [a.quote for a in answer.answers]


def test_a_date_from_a_story_that_never_names_what_is_asked_about_does_not_answer(dates_engine) -> None:
    # "found clues" shares a stem with "founded", but the story never names Unilever
    answer = dates_engine.ask("When was Unilever founded?")
    assert not answer.answers, [a.quote for a in answer.answers]


def test_the_date_of_the_beginning_asked_about_still_answers(dates_engine) -> None:
    first = first_answer(dates_engine, "When did Ann Berg join Portwell Rovers?")
    assert first.text == "May 2003"


def test_a_shortened_name_finds_the_word_it_begins(dates_engine) -> None:
    first = first_answer(dates_engine, "When did Berg join the Portwell Rov club?")
    assert first.text == "May 2003"
