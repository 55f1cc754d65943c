"""Issue 9, wave 9, third helper: anonymous speakers and authors' words, each mechanism alone on a small collection
written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, answers_to, engine_fixture, first_answer

# ----------------------------------------------------------------- a collective noun is a group, not a person

STORY_CLUB = (
    "Shots fired outside Marlow club\n\n"
    "Two men were hurt when shots were fired outside the Blue Finch club in Marlow on Friday night.\n\n"
    "Police say a group of men had been refused entry and came back an hour later with a gun. "
    "A doorman, who did not want to be named, said the queue scattered.\n\n"
    "Councillor Ruth Amis said that police should close the club. "
    "\"This club has been a problem for years,\" she said.\n"
)

club_engine = engine_fixture({"club.txt": STORY_CLUB, **OTHER_STORY})


def test_police_are_a_group_the_sources_report_not_a_person_asked_by_name(club_engine) -> None:
    first = first_answer(club_engine, "What do police think happened outside the Blue Finch club?")
    assert first.quote.startswith("Police say a group of men")
    assert first.speaker is None


def test_a_group_after_that_is_what_was_said_not_who_said_it() -> None:
    from index.answer.quote import reporting_description

    assert reporting_description("Police say a group of men had been refused entry.", "police")
    assert reporting_description("The queue scattered, according to police.", "police")
    assert not reporting_description("Councillor Ruth Amis said that police should close the club.", "police")
    assert not reporting_description("She told reporters whether officials knew.", "officials")


def test_collective_nouns_are_unnamed_groups() -> None:
    from index.answer.roles import is_unnamed

    assert is_unnamed("police")
    assert is_unnamed("Marlow police")
    assert is_unnamed("staff")
    assert not is_unnamed("Ruth Amis")
    assert not is_unnamed("the police chief")


# ----------------------------------------------------------------- an e-mail quoted over several paragraphs

STORY_MAIL = (
    "Harbour chief's e-mail goes astray\n\n"
    "Harbour board chief Owen Pryce sent an e-mail meant for his staff to a local reporter, Tess Vane.\n\n"
    "Realising his error, Mr Pryce then e-mailed Ms Vane to say sorry.\n\n"
    "He said: \"Not very good with this new phone. That message was for the office. "
    "\"The dredging plan was my idea and I stand by it. Sorry for the fuss.\"\n\n"
    "Mr Pryce later told a meeting of the board: \"The dredging plan will go ahead in May.\"\n"
)

mail_engine = engine_fixture({"mail.txt": STORY_MAIL, **OTHER_STORY})


def test_a_letter_quoted_in_parts_is_written_where_its_first_part_is(mail_engine) -> None:
    # the second part of the e-mail follows the first with nothing but marks between them; the text says only of
    # the first that it was e-mailed, and the words he said at the meeting were not written
    answers = answers_to(mail_engine, "What did Owen Pryce write about the dredging plan?")
    assert "my idea and I stand by it" in answers[0].quote
    assert all("go ahead in May" not in a.quote for a in answers)


# ----------------------------------------------------------------- what someone is reported to have criticised

STORY_SINGER = (
    "Singer hits out at gossip sites\n\n"
    "Pop singer Dana Korr has attacked \"lazy\" celebrity gossip websites, questioning their honesty after they "
    "reported she had split from her band.\n\n"
    "The band's next tour starts in June.\n"
)

singer_engine = engine_fixture({"singer.txt": STORY_SINGER, **OTHER_STORY})


def test_what_someone_attacked_is_reported_under_no_name_when_they_are_never_quoted(singer_engine) -> None:
    first = first_answer(singer_engine, "what did Dana Korr write about the gossip websites")
    assert "attacked" in first.quote
    assert first.speaker is None


# ----------------------------------------------------------------- a bare word covers its -ed form

STORY_FLOOD = (
    "Flood costs emerging\n\n"
    "Floods have swept through the valley towns of Marrow province this week.\n\n"
    "Marrow's governor, Ilse Brandt, has estimated the losses at 4bn crowns. "
    "Analysts said that figure was likely to rise as farms counted lost crops.\n"
)

flood_engine = engine_fixture({"flood.txt": STORY_FLOOD, **OTHER_STORY})


def test_a_bare_word_covers_the_text_s_inflected_form_the_stemmer_cuts_apart(flood_engine) -> None:
    # "estimate" and "estimated" are one word to a reader; the stemmer makes "estim" and "estimat" of them
    first = first_answer(flood_engine, "What do analysts think of Marrow's estimate of the losses?")
    assert first.quote.startswith("Analysts said that figure")


def test_inflected_forms_are_added_only_from_the_bare_word() -> None:
    from index.answer.relevance import inflected_stems
    from index.store.analysis import terms

    held = {*terms("estimated"), *terms("nominations"), *terms("reporting")}
    assert inflected_stems("estimate", tuple(terms("estimate")), held.__contains__) == [tuple(terms("estimated"))]
    assert inflected_stems("nominated", tuple(terms("nominated")), held.__contains__) == []
    assert inflected_stems("bed", tuple(terms("bed")), held.__contains__) == []


# ----------------------------------------------------------------- "according to the X. '…,' he said."


def test_he_said_after_according_to_a_description_is_that_description() -> None:
    # "…, according to the Bishop. \"…,\" he said.": the report's source speaks on
    from index.answer.roles import said_by_antecedent

    previous = "Good records show the cathedral stands on an old cattle market, according to the Dean."
    assert said_by_antecedent("dean", previous, "", ", he said.") == "the Dean"
    assert said_by_antecedent("dean", "According to the Dean, the records are good.", "", ", he said.") is None


# ----------------------------------------------------------------- "what are X speculating about …"

STORY_WORM = (
    "Greeting worm spreads fast\n\n"
    "The Tallow worm writes its greeting in the language of whoever receives it.\n\n"
    "Security firms speculate that this trick is helping the worm spread across Europe. "
    "One firm, Brightguard, counted 40,000 copies on Monday.\n"
)

worm_engine = engine_fixture({"worm.txt": STORY_WORM, **OTHER_STORY})


def test_what_a_group_is_speculating_is_asked_as_their_words(worm_engine) -> None:
    from index.answer.question import parse_question

    parsed = parse_question("What are security firms speculating about why the Tallow worm is spreading?")
    assert parsed.speaker == "security firms"
    first = first_answer(worm_engine,
                         "What are security firms speculating about why the Tallow worm is spreading?")
    assert first.quote.startswith("Security firms speculate")
    assert first.speaker is None
