"""Issue 9, wave 13, helper ans13b: the answer span — which sentence of a found passage is given first, and how its
short answer is cut. Each rule alone on a small collection written here (real files, a real index; no seed or gold
fact); every end-to-end test fails on the code before it, and each has a twin whose answer must not change."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

# ----------------------------------------------------------------- a date belongs to its own joined clause

STORY_VERDICT = (
    "Singer's fraud verdict overturned\n\n"
    "In 2001, Tom Rake was convicted of fraud at a Leeds court, but that verdict was overturned last March.\n\n"
    "The singer has always denied the charges.\n"
)

verdict_engine = engine_fixture({"verdict.txt": STORY_VERDICT, **OTHER_STORY})


def test_the_date_of_the_clause_that_tells_the_event_is_given() -> None:
    from index.answer.when import event_clause_dates
    from index.extract.dates import find_dates
    from index.store.analysis import term_spans

    sentence = STORY_VERDICT.split("\n\n")[1]
    mentions = find_dates(sentence, None)

    def spans(term: str) -> list[tuple[int, int]]:
        return [(a, b) for t, a, b in term_spans(sentence) if t == term]

    assert [m.text for m in event_clause_dates(sentence, mentions, spans("overturn"))] == ["last March"]
    assert [m.text for m in event_clause_dates(sentence, mentions, spans("fraud"))] == ["2001"]
    # a word neither clause holds, or one both hold, leaves every date a candidate
    assert len(event_clause_dates(sentence, mentions, spans("appeal"))) == 2
    both = "In 2001, Rake was convicted, but Rake was cleared in 2004."
    rake = [(a, b) for t, a, b in term_spans(both) if t == "rake"]
    assert len(rake) == 2 and len(event_clause_dates(both, find_dates(both, None), rake)) == 2


def test_when_a_conviction_was_overturned_is_the_date_of_that_clause(verdict_engine) -> None:
    first = first_answer(verdict_engine, "when was tom rake's fraud conviction overturned")
    assert "March" in first.text and "2001" not in first.text


def test_the_other_clause_keeps_its_own_date(verdict_engine) -> None:
    first = first_answer(verdict_engine, "when was tom rake convicted of fraud")
    assert "2001" in first.text and "March" not in first.text


# ----------------------------------------------------------------- "the same … as" compares

STORY_REVIEW = (
    "Parents group targets music channel\n\n"
    "The Parents Council, which monitors sex and violence on TV, said the music channel offered the worst content.\n\n"
    "The watchdog decided to look at the channel's programmes after a singer's infamous \"costume failure\" at last "
    "year's cup final. The on-stage incident generated 9,000 complaints and the broadcaster - which is owned by the "
    "same parent company as the channel - was quick to apologise.\n"
)

review_engine = engine_fixture({"review.txt": STORY_REVIEW, **OTHER_STORY})


def test_an_as_completing_the_same_is_a_comparison() -> None:
    from index.answer.why import clausal_reason

    assert not clausal_reason("The broadcaster - which is owned by the same media group as the channel - was quick "
                              "to apologise.")
    assert not clausal_reason("It is such a big event as the final was last year.")
    # a condition is no reason: "why is the library closing" is not answered by what would keep it open (review13d)
    assert not clausal_reason("The library will close in April unless volunteers are found to run it.")
    # a reason clause after a comma still counts: "same" before the comma is no comparison of it
    assert clausal_reason("Prices stayed the same for a year, as demand was weak.")


STORY_LIBRARY = (
    "Ashby library to shut\n\n"
    "Ashby library will close in April unless volunteers are found to run it, the county council said.\n\n"
    "The council's budget for libraries was cut by a third this year.\n"
)

library_engine = engine_fixture({"library.txt": STORY_LIBRARY, **OTHER_STORY})


def test_a_condition_is_not_given_as_the_reason(library_engine) -> None:
    answers = library_engine.ask("why is ashby library closing").answers
    assert not answers or "unless" not in answers[0].text


def test_the_sentence_that_tells_the_decision_and_its_cause_answers_first(review_engine) -> None:
    first = first_answer(review_engine, "why did the parents council decide to look at the music channel")
    assert "costume failure" in first.text


# ----------------------------------------------------------------- the question said in one phrase comes first

STORY_DICTIONARY = (
    "Podcast is word of the year\n\n"
    "Lexico said \"podcast\" was the word that people have asked to be defined or explained most often this year. "
    "Lexico defines a podcast as: \"a digital audio file made available on the internet for downloading\".\n"
)

dictionary_engine = engine_fixture({"dictionary.txt": STORY_DICTIONARY, **OTHER_STORY})


def test_the_share_of_the_question_words_standing_together() -> None:
    from index.answer.passages import compactness
    from index.answer.relevance import Concept

    concepts = [Concept(word=w, alternatives=((t,),), weight=1.0) for w, t in (("define", "defin"), ("podcast", "podcast"))]
    assert compactness("Lexico defines a podcast as a digital audio file.", concepts) == 1.0
    assert 0 < compactness("Podcast was the word people asked to be defined.", concepts) < 0.5
    assert compactness("A podcast is an audio file.", concepts) == 0.0


def test_the_sentence_that_says_the_question_in_one_phrase_answers_first(dictionary_engine) -> None:
    first = first_answer(dictionary_engine, "How does Lexico define a podcast?")
    assert "digital audio file" in first.text


# ----------------------------------------------------------------- "caused by" without its verb describes a noun

STORY_MOUSE = (
    "Steady mouse helps tremor sufferers\n\n"
    "The Steady Mouse is the brainchild of researcher Ann Cole who developed the prototype after seeing her father, "
    "who has a tremor, struggle with his computer.\n\n"
    "The device plugs into a computer and filters out the shaking. It can also spot repeated clicking on a mouse "
    "button caused by shaky fingers.\n"
)

mouse_engine = engine_fixture({"mouse.txt": STORY_MOUSE, **OTHER_STORY})


def test_caused_by_states_a_reason_only_with_its_verb() -> None:
    from index.answer.why import reason_strength

    assert reason_strength("The delay was caused by fog on the runway.") == 1.0
    assert reason_strength("The fall in sales was partly caused by the warm winter.") == 1.0
    assert reason_strength("It can also spot repeated clicking on a mouse button caused by shaky fingers.") < 1.0


def test_a_noun_described_by_its_cause_does_not_answer_why(mouse_engine) -> None:
    first = first_answer(mouse_engine, "Why did the researcher come up with the steady mouse?")
    assert "seeing her father" in first.text


# ----------------------------------------------------------------- review13d: a when-question may end in its object

STORY_SIGNING = (
    "Striker Jones signs new deal\n\n"
    "Mark Jones joined in 2001, and the club was relegated in 2003.\n\n"
    "The 34-year-old has scored more than 100 goals for Hartley Town.\n"
)

signing_engine = engine_fixture({"signing.txt": STORY_SIGNING, **OTHER_STORY})


def test_a_question_ending_in_its_object_is_not_dated_by_the_clause_naming_that_thing(signing_engine) -> None:
    # "the club" is the joining's object, not the event the second clause tells: the joining's own date answers
    first = first_answer(signing_engine, "when did mark jones join the club")
    assert "2001" in first.text and "2003" not in first.text


def test_a_clause_whose_verb_is_the_question_last_word_still_gives_its_date(signing_engine) -> None:
    first = first_answer(signing_engine, "when was the club relegated")
    assert "2003" in first.text and "2001" not in first.text


def test_the_last_word_names_the_clause_event_only_where_written_as_a_verb() -> None:
    from index.answer.when import written_as_verb

    sentence = "In 2015, Ravel Motors opened a plant, and in 2019 it was shut down, leaving 300 workers in Derby idle."
    assert not written_as_verb(sentence, sentence.index("Derby"))
    assert not written_as_verb(sentence, sentence.index("plant"))
    assert written_as_verb(sentence, sentence.index("shut"))
    assert written_as_verb(sentence, sentence.index("opened"))
