"""Review of wave 17b (ans17b): invented texts on which its new rules fired where they should not."""

from __future__ import annotations

import pytest
from conftest import engine_fixture, first_answer, no_answer

# --- closing signature (index/ingest/metadata.signature_author) ---------------------------------------------------

EDITOR_NOTE = """Lost poems found in attic

A box of unpublished poems by the farmer-poet Hugh Carrow has been found in an attic in Dunmore.

The poems, written in the 1930s, describe life on the hill farms. "They are funny and sad at once," said librarian Eve Marsh.

The collection will go on show at the town library in June.

Kate Fenwick is the editor of the Wexford Review, the magazine that first printed Carrow's work.
"""

FORMER_REPORTER = """Council leak inquiry widens

An inquiry into leaked council papers in Harlow has been widened to cover three more departments, officials said.

A former journalist is among those questioned, police confirmed. "We are looking at every route the papers took," said Inspector Ruth Gale.

The council says no personal data was lost.

Dan Pryce is a former reporter at the Harlow Courier, which first published the papers.
"""

notes_engine = engine_fixture({"poems.txt": EDITOR_NOTE, "leak.txt": FORMER_REPORTER})


def test_a_closing_note_tying_an_editor_to_the_story_signs_nothing(notes_engine) -> None:
    """"X is the editor of Y, the magazine that first printed …": the note tells what X's publication has to do with
    the story, so X is someone the story concerns, not its writer; the body is not X's written words."""
    assert notes_engine.snapshot().meta("poems").author is None
    no_answer(notes_engine, "What did Kate Fenwick write about the poems?")


def test_a_former_reporter_signs_nothing(notes_engine) -> None:
    """A "former reporter at" a paper writes for it no longer: the closing note describes someone, it signs nothing."""
    assert notes_engine.snapshot().meta("leak").author is None
    no_answer(notes_engine, "What did Dan Pryce write about the inquiry?")


# --- cause markers (index/answer/why.CAUSE_MARKERS) ----------------------------------------------------------------

NO_REASON = """Ruiz leaves Dunmore

Striker Ana Ruiz left Dunmore Rovers on Friday without giving a reason.

Ruiz joined the club from Kelby two seasons ago and scored 31 goals.

Rovers play Harlow next week.
"""

TOO_EARLY = """Fire at Kelby plant

A fire broke out at the Kelby paper plant on Sunday night, and 40 workers were sent home.

Fire officers said it was too early to say how the fire at the plant started.

The plant makes card for packaging firms.
"""

MANNER = """Harlow mayor quits

Jo Lind resigned as Harlow mayor on Monday, announcing her decision by posting a letter online.

Ms Lind had led the town for six years.

An election will be held in the spring.
"""

BIOGRAPHY = """Harlow mayor steps down

Jo Lind, who helped to found the Harlow arts festival, resigned as mayor of Harlow on Monday.

An election will be held in the spring.
"""

OTHER_MILL = """Ashby mill closes

The Ashby woollen mill closed on Friday after 150 years, with the loss of 80 jobs.

Rising power costs were the main reason the Kelby woollen mill shut last year, the union said.

The Ashby site may become homes.
"""

causes_engine = engine_fixture({"club.txt": NO_REASON, "fire.txt": TOO_EARLY, "mayor.txt": MANNER,
                                "bio.txt": BIOGRAPHY, "mill.txt": OTHER_MILL})


def test_a_reason_not_given_is_no_reason(causes_engine) -> None:
    no_answer(causes_engine, "Why did Ana Ruiz leave Dunmore Rovers?")


def test_too_early_to_say_gives_no_cause(causes_engine) -> None:
    """"Too early to say how it started" says the cause is not known: no answer, not the sentence admitting it."""
    no_answer(causes_engine, "Why did the fire break out at the Kelby paper plant?")


def test_a_relative_clause_on_the_actor_is_no_reason(causes_engine) -> None:
    """"Jo Lind, who helped to found the Harlow arts festival, resigned": the clause says who she is."""
    no_answer(causes_engine, "Why did Jo Lind resign as mayor of Harlow?")


def test_the_reason_another_mill_shut_does_not_answer_why_this_one_closed(causes_engine) -> None:
    """"Rising power costs were the main reason the Kelby woollen mill shut last year": the reason of another mill's
    closing; the Ashby mill's closing has none in the text."""
    # (wave 46: "closed on Friday after 150 years" says how long, not why, so no answer at all now)
    answer = causes_engine.ask("Why did the Ashby woollen mill close?")
    assert not any("Kelby" in a.quote for a in answer.answers)


def test_how_a_decision_was_announced_is_not_why_it_was_taken(causes_engine) -> None:
    """"By posting a letter" tells the manner of the announcing, not the reason for resigning."""
    no_answer(causes_engine, "Why did Jo Lind resign as Harlow mayor?")


@pytest.mark.parametrize(("sentence", "strength"), [
    ("The club has not given a reason.", 0.0),
    ("She left without giving a reason.", 0.0),
    ("Officers said it was too soon to tell what went wrong.", 0.0),
    ("The firm marked its centenary by opening a museum.", 0.0),
    ("He said the team won by playing faster.", 0.7),  # a reporting verb over a clause leaves its cause standing
    ("Poor sales were the main reason, the firm said.", 1.0),
    ("Jo Lind, who helped to found the arts festival, resigned on Monday.", 0.0),  # who she is, not why she went
    ("Rising costs were the main reason the Kelby mill shut last year.", 0.0),  # the reason of the event it names
    ("Tom Ash, who made his name by singing jingles, won the prize.", 0.0),  # who he is, not why he won
    ("Cheap loans helped to push up house prices.", 0.7),
])
def test_the_words_before_a_cause_marker_may_make_it_no_cause(sentence: str, strength: float) -> None:
    from index.answer.why import cause_marker

    assert cause_marker(sentence) == strength


# --- how many (index/answer/how_many) ------------------------------------------------------------------------------

FIRMS = """Region's firms stay small

The Dane valley has 340 privately held companies and only two listed ones, a survey by the Kelby chamber of commerce found.

Most employ fewer than ten people.
"""

DIGEST = """Business diary

Shares in the Harlow brewer Tanner rose on Monday after strong summer sales.

Elsewhere, the farm supplier Cobb reported flat profits.

Car maker Vexa is expected to unveil a new plan for its Harlow plant on Friday.

Last year the Kelby mill of rival firm Orrin shed 700 jobs.
"""

counts_engine = engine_fixture({"firms.txt": FIRMS, "digest.txt": DIGEST})


def test_a_participle_after_an_adverb_stays_in_the_counted_noun(counts_engine) -> None:
    """"privately held companies": "held" here qualifies the noun, it is no verb ending it; the count is whole."""
    assert first_answer(counts_engine, "How many privately held companies does the Dane valley have?").text == (
        "340 privately held companies")


def test_a_count_in_a_digest_about_other_firms_does_not_answer(counts_engine) -> None:
    """A news digest names Vexa's plan in one item and another firm's job cuts in the next: the story is not about
    Vexa (its headline and lead do not name it), so the cuts are no answer to how many jobs Vexa's plan cuts."""
    no_answer(counts_engine, "How many jobs will Vexa cut under the new plan for its Harlow plant?")
    no_answer(counts_engine, "how many jobs will vexa cut under the new plan for its harlow plant")


@pytest.mark.parametrize(("question", "noun"), [
    ("how many privately held companies are there", ("privately", "held", "companies")),
    ("how many newly opened stores closed", ("newly", "opened", "stores")),
    ("how many critics took part in the poll", ("critics",)),
    ("how many fans actually turned up", ("fans", "actually")),  # after a noun the adverb is the verb's
])
def test_counted_noun_keeps_a_participle_after_an_opening_adverb(question: str, noun: tuple[str, ...]) -> None:
    from index.answer.how_many import counted_noun

    assert counted_noun(question) == noun


KIT = """Rovers kit sale

Kelby Rovers sold 300 shirts at their kit sale on Saturday, the club said.

The storm on Friday sank 12 boots left on the Kelby quay.
"""

kit_engine = engine_fixture({"kit.txt": KIT})


def test_a_short_word_the_sources_lack_is_not_counted_by_its_neighbour(kit_engine) -> None:
    """"Shorts" is a word of its own, not a misspelt "shirts": the shirts sold are no answer to how many shorts."""
    no_answer(kit_engine, "How many shorts did Kelby Rovers sell at their kit sale?")
    no_answer(kit_engine, "How many boats did the storm sink at the Kelby quay?")


# --- the actor's own words after the act (index/answer/why.own_words_after) ----------------------------------------

REPORTED_LEAVING = """Ruiz leaves Dunmore

Ana Ruiz has left Dunmore Rovers, manager Sam Cole said on Friday.

"We wish her well and thank her for her goals," Cole said.

Rovers play Harlow next week.
"""

OWN_ACCOUNT = """Users drop Kelby app

Dan Hoyle downloaded the Kelby photo app last month but has since removed it.

"It kept crashing on my phone," Mr Hoyle said.

The firm says a fix is coming.
"""

OTHER_MATTER = """Bray leaves Rovers board

Tom Bray quit the Kelby Rovers board on Monday.

"The new stand will be ready by May," Bray said.

Ana Ruiz left Dunmore Rovers on Friday, manager Sam Cole confirmed.

"We have already signed a new striker from Kelby," Cole said.
"""

own_words_engine = engine_fixture({"leaving.txt": REPORTED_LEAVING, "app.txt": OWN_ACCOUNT, "board.txt": OTHER_MATTER})


def test_words_on_another_matter_after_the_act_are_no_reason(own_words_engine) -> None:
    """The actor's (or the reporter's) next words on another matter — the new stand, a new signing — explain nothing."""
    no_answer(own_words_engine, "Why did Tom Bray quit the Kelby Rovers board?")
    no_answer(own_words_engine, "Why did Ana Ruiz leave Dunmore Rovers?")


def test_the_reporters_words_about_the_actor_are_no_reason(own_words_engine) -> None:
    """The manager who reports a player's leaving and wishes her well gives no reason for it."""
    no_answer(own_words_engine, "Why did Ana Ruiz leave Dunmore Rovers?")


def test_the_actors_own_account_still_answers(own_words_engine) -> None:
    assert "kept crashing" in first_answer(own_words_engine, "Why did Dan Hoyle remove the Kelby photo app?").quote
