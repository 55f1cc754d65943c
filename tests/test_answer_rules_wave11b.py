"""Issue 9, wave 11, helper ans11b: facts the sources hold that came back "not covered". Each mechanism alone on a
small collection written here (real files, a real index; no seed or gold fact); every end-to-end test that asks for
an answer fails on the code before it, and each has a twin that must still give none."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- a paragraph read under its story's lead

STORY_PILOT = (
    "Ostwick harbour pilot suspended\n\n"
    "A harbour pilot in Ostwick has been suspended by the port authority after a ferry ran aground.\n\n"
    "Mr Dalby was suspended by the port on 3 March pending an inquiry, and has since hired a lawyer.\n\n"
    "The ferry was refloated the next morning with no one hurt.\n"
)

pilot_engine = engine_fixture({"pilot.txt": STORY_PILOT, **OTHER_STORY})


def test_a_later_paragraph_answers_under_the_subject_its_lead_names(pilot_engine) -> None:
    # the dated paragraph says "Mr Dalby", never "harbour pilot" or "Ostwick": the headline and lead do
    first = first_answer(pilot_engine, "when was the ostwick pilot suspended by the port")
    assert first.text == "3 March"


def test_the_lead_never_supplies_an_event_the_question_adds(pilot_engine) -> None:
    # nothing in the story says when the pilot qualified: the lead names the pilot, not that event
    no_answer(pilot_engine, "when did the ostwick pilot qualify")


def test_story_terms_are_the_headline_and_the_lead(pilot_engine) -> None:
    from index.answer.common import story_terms
    from index.store.analysis import terms as analyse

    snap = pilot_engine.snapshot()
    pilot = next(sid for sid in snap.sources if "pilot" in sid)
    held = story_terms(snap, pilot)
    assert {*analyse("harbour"), *analyse("ferry"), *analyse("authority")} <= held  # headline and lead
    assert not set(analyse("refloated")) & held  # a later paragraph is not the story's lead


# ----------------------------------------------------------------- a band whose name opens with "The"

STORY_BAND = (
    "Larkspurs tipped for success\n\n"
    "The Larkspurs have topped a poll of music writers tipping acts for the coming year.\n\n"
    "The Larkspurs played their first gig in 2001 and have since toured with several larger acts.\n"
)

band_engine = engine_fixture({"band.txt": STORY_BAND, **OTHER_STORY})


def test_a_name_opening_with_the_is_found_in_its_story(band_engine) -> None:
    first = first_answer(band_engine, "When did The Larkspurs play their first gig?")
    assert first.text == "2001"


def test_names_in_source_ignores_words_the_index_keeps_nothing_of(band_engine) -> None:
    from index.answer.when import names_in_source

    snap = band_engine.snapshot()
    band = next(sid for sid in snap.sources if "band" in sid)
    assert names_in_source(snap, band, ["The", "Larkspurs"])
    assert not names_in_source(snap, band, ["The", "Zephyrtones"])


# ----------------------------------------------------------------- a count whose noun is left out

STORY_CHARGERS = (
    "Electric cars in the county\n\n"
    "Ostwick leads the county's charging points table, with more than 300.\n\n"
    "Council officers said the figure would double next year.\n"
)

chargers_engine = engine_fixture({"chargers.txt": STORY_CHARGERS, **OTHER_STORY})


def test_a_count_that_leaves_out_the_noun_just_named_counts_it(chargers_engine) -> None:
    first = first_answer(chargers_engine, "how many charging points does ostwick have")
    assert first.text == "more than 300"


def test_an_elided_count_never_answers_for_another_noun(chargers_engine) -> None:
    no_answer(chargers_engine, "how many council officers does ostwick have")


def test_count_of_an_elided_noun() -> None:
    from index.answer.how_many import count_of

    noun = ("charging", "points")
    assert count_of("Ostwick leads the charging points table, with more than 300.", noun) == ("more than 300", 0.8)
    # another plural noun or another number between them: the count is not of the points
    assert count_of("There are charging points in 20 towns, with 300.", noun) is None
    assert count_of("The charging points rose from 120 to 300.", noun) is None
    # a count that names its noun still wins
    assert count_of("Ostwick has 300 charging points.", noun) == ("300 charging points", 1.0)


# ----------------------------------------------------------------- "But he …": a subject after a connective

STORY_CAPTAIN = (
    "Ostwick ferry captain resigns\n\n"
    "The captain of the Ostwick ferry has resigned after twenty years on the island route.\n\n"
    "Passengers gathered at the quay on Monday. But he says he resigned because the new timetable was unsafe.\n"
)

captain_engine = engine_fixture({"captain.txt": STORY_CAPTAIN, **OTHER_STORY})


def test_a_pronoun_after_but_points_back_as_a_capitalised_one_does(captain_engine) -> None:
    first = first_answer(captain_engine, "why did the ostwick ferry captain resign?")
    assert "because the new timetable was unsafe" in first.quote


def test_opening() -> None:
    from index.answer.common import opening

    assert opening("But he says he resigned.") == "He says he resigned."
    assert opening("However, the firm said so.") == "The firm said so."
    assert opening("And Mr Dalby agreed.") == "And Mr Dalby agreed."  # a name after it: no pronoun to read
    assert opening("Butter prices rose.") == "Butter prices rose."
