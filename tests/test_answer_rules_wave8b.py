"""Issue 9, wave 8, second helper: general mechanisms for dates, counts, described speakers and audiences (a date
belongs to the story and the event asked about, a count to the kind of thing asked about, a description to its
head noun and modifiers, an audience to the attribution), each alone, then end to end on a small collection
written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer

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


# ----------------------------------------------------------------- described speakers who report words

STORY_REPORTS = (
    "Ferry sale row\n\n"
    "Five MPs have asked ministers to stop the sale of Portwell Ferries to a US investor. "
    "However, the Department of Harbours and Shipping has dismissed the request. "
    "A spokesman said the department saw no case for changing the law on ferry sales.\n\n"
    "Pound slips against the euro\n\n"
    "The pound fell against the euro on Monday. It rallied briefly on Tuesday as oil prices eased.\n\n"
    "But analysts said the respite was likely to be only temporary.\n\n"
    "Glassworks owner stays put\n\n"
    "Tom Hale, the owner of Glassworks, has been criticised by unions over the Eastfield plant. "
    "He made his fortune from glass.\n\n"
    "The 52-year-old said on Tuesday he was reviewing the firm's plans. "
    "His spokesman said he would not sell the Eastfield plant this year.\n"
)

reports_engine = engine_fixture({"reports.txt": STORY_REPORTS})


def test_the_initials_of_a_name_spell_its_abbreviation() -> None:
    from index.answer.roles import initialisms

    spelt = initialisms("She spoke for the Department for Education and Skills on Monday.")
    assert {"dfes", "des"} <= spelt
    assert "us" in initialisms("Troops from the United States arrived.")


def test_a_description_reports_words_only_as_the_one_who_speaks() -> None:
    from index.answer.quote import reporting_description

    assert reporting_description("But analysts said the respite was likely to be only temporary.", "analysts")
    assert reporting_description("The plan would fail, said one senior analyst in London.", "analysts")
    assert reporting_description("A spokeswoman for the firm has said it will appeal.", "spokesman")
    assert not reporting_description("A meeting of analysts in London ended on Friday.", "analysts")
    assert not reporting_description('Hale said: "Our analysts are the best."', "analysts")


def test_a_description_spelt_as_an_abbreviation_finds_the_body_named_in_full(reports_engine) -> None:
    first = first_answer(reports_engine, "What did a DHS spokesman say about the ferry sale?")
    assert "saw no case for changing the law" in first.quote
    assert first.speaker is None and "spokesman" in (first.speaker_description or "")


def test_what_analysts_said_answers_from_the_paragraph_that_sets_it_up(reports_engine) -> None:
    first = first_answer(reports_engine, "What did analysts say about the pound's rally?")
    assert first.quote == "But analysts said the respite was likely to be only temporary."
    assert first.speaker is None


def test_someone_s_spokesman_is_not_that_person(reports_engine) -> None:
    answers = answers_to(reports_engine, "What did Tom Hale's spokesman say about the Eastfield plant?")
    assert answers[0].quote == "His spokesman said he would not sell the Eastfield plant this year."
    assert all(a.speaker is None for a in answers)


def test_a_spokesman_of_another_body_or_matter_does_not_answer(reports_engine) -> None:
    answer = reports_engine.ask("What did a DHS spokesman say about the pound?")
    assert all("saw no case" not in a.quote for a in answer.answers), [a.quote for a in answer.answers]


# ----------------------------------------------------------------- counts

STORY_COUNTS = (
    "Portland expels envoys\n\n"
    "Relations soured in May when Portland expelled two Westland diplomats over claims of spying. "
    "About 4,000 jobs will go at the Eastfield plant.\n"
)

counts_engine = engine_fixture({"counts.txt": STORY_COUNTS})


def test_a_count_of_another_named_kind_is_no_count_of_the_one_asked() -> None:
    from index.answer.how_many import rival_name

    assert rival_name(["Westland"], ("Portland",))
    assert not rival_name(["Portland"], ("Portland",))
    assert not rival_name([], ("Portland",))
    assert not rival_name(["Westland"], ())  # "how many diplomats": any diplomats count


def test_a_number_that_is_a_verb_s_subject_does_not_count_its_object() -> None:
    from index.answer.how_many import count_of

    assert count_of("Millions 'to lose textile jobs'", ("jobs",)) is None
    assert count_of("Two million will lose their jobs", ("jobs",)) is None
    assert count_of("with almost a million jobs in Portland alone being axed", ("jobs",)) == \
        ("almost a million jobs", 1.0)


def test_how_many_of_one_side_is_not_answered_by_the_other_side(counts_engine) -> None:
    answer = counts_engine.ask("How many Portland diplomats did Westland expel?")
    assert all("two Westland diplomats" != a.text for a in answer.answers), [a.text for a in answer.answers]
    first = first_answer(counts_engine, "How many Westland diplomats did Portland expel?")
    assert first.text == "two Westland diplomats"


# ----------------------------------------------------------------- audiences

STORY_AUDIENCE = (
    "Flight attendant suspended over blog\n\n"
    "Ellen Ross, a flight attendant for Skyway, was suspended in September over photographs on her blog.\n\n"
    '"I was really shocked, I had no warning," Ms Ross told the Daily Post. '
    "She has since lodged a complaint with the Harbour Employment Board.\n\n"
    "Banker praises economist\n\n"
    "Dr Ivo Hale, who has been in Portwell to attend the finance ministers' meeting, said the "
    'economist was "a towering figure of the modern world".\n'
)

audience_engine = engine_fixture({"audience.txt": STORY_AUDIENCE})


def test_whom_an_audience_told_is_the_part_before_where() -> None:
    from index.answer.quote import recipient_of

    assert recipient_of("reporters at the finance ministers' meeting in Portwell") == "reporters"
    assert recipient_of("MPs on the select committee") == "MPs"
    assert recipient_of("the Daily Post") is None
    assert recipient_of("the Bank of England") is None


def test_an_audience_named_after_the_words_in_another_matter_is_not_whom_they_were_told(audience_engine) -> None:
    answer = audience_engine.ask("What did Ellen Ross tell the Harbour Employment Board?")
    assert not answer.answers, [a.quote for a in answer.answers]
    first = first_answer(audience_engine, "What did Ellen Ross tell the Daily Post?")
    assert "I was really shocked" in first.quote


def test_where_the_words_were_said_does_not_stand_for_whom_they_were_told(audience_engine) -> None:
    answer = audience_engine.ask("What did Ivo Hale tell reporters at the finance ministers' meeting in Portwell?")
    assert not answer.answers, [a.quote for a in answer.answers]
    first = first_answer(audience_engine, "What did Ivo Hale say in Portwell?")
    assert "towering figure" in first.quote


# ----------------------------------------------------------------- what a speech verb's clause asks about

def test_the_clause_after_say_is_what_the_words_were_about() -> None:
    from index.answer.question import parse_question

    asked = parse_question("what do ministers say the new court strategy is meant to do")
    assert (asked.speaker, asked.topic) == ("ministers", "the new court strategy is meant to do")
    assert parse_question("What did Hale say in Brussels?").topic is None  # a place, not a topic
    assert parse_question("What did Hale say about the strategy?").topic == "the strategy"


STORY_CLAUSE = (
    "Courts to put victims first\n\n"
    "Ministers said last year that more judges would be hired in the north. "
    "A new strategy for the courts was published on Monday. "
    "Ministers say the strategy is aimed at re-balancing the court system towards victims.\n\n"
    "Critics of the plan\n\n"
    'The writer said the government had behaved "like a child rather than a parent".\n'
)

clause_engine = engine_fixture({"courts.txt": STORY_CLAUSE})


def test_what_a_group_says_a_thing_is_for_answers_from_their_report(clause_engine) -> None:
    first = first_answer(clause_engine, "what do ministers say the new court strategy is meant to do")
    assert first.quote == "Ministers say the strategy is aimed at re-balancing the court system towards victims."
    assert first.speaker is None


# ----------------------------------------------------------------- bodies and their spokespeople

STORY_BODY = (
    "Referee satisfied over tunnel row\n\n"
    "The Harbour Football Union has decided not to act over the tunnel incident at Portwell. "
    '"The referee has confirmed that he is satisfied he dealt with the incident at the time," said an HFU statement.\n\n'
    "Judges row\n\n"
    "A Ministry of Courts spokeswoman said the two judges agreed about what happened. "
    '"Their disagreement is a very narrow one," she said.\n'
)

body_engine = engine_fixture({"body.txt": STORY_BODY})


def test_an_abbreviation_is_spelt_out_by_the_one_name_its_initials_spell() -> None:
    from index.answer.quote import spelled_by

    assert spelled_by("The Harbour Football Union said on Monday. The HFU fined him.", "HFU") == "Harbour Football Union"
    assert spelled_by("The Department of Trade and Industry (DTI) said so.", "DTI") == "Department of Trade and Industry"
    assert spelled_by("Fulham Athletic met the Football Association.", "XYZ") is None


def test_a_body_s_statement_is_shown_under_its_full_name(body_engine) -> None:
    first = first_answer(body_engine, "What did the HFU's statement say about the tunnel incident?")
    assert "satisfied he dealt with the incident" in first.quote
    assert first.speaker in (None, "Harbour Football Union")


def test_she_said_after_a_spokeswoman_keeps_the_description(body_engine) -> None:
    answer = body_engine.ask("What did the Ministry of Courts say about the judges' disagreement?")
    shown = [a for a in answer.answers if "very narrow" in a.quote]
    assert shown, [a.quote for a in answer.answers]
    assert shown[0].speaker is None or "spokeswoman" in (shown[0].speaker_description or "")
