"""Questions a user would ask about the seed collection, and what they must get back.

Each case names text that must appear in the answers (in ``text`` or ``quote``),
and for quote questions who must (and must not) be credited. Every answer is
also checked to be verbatim and cited.
"""

from __future__ import annotations

import json

import pytest

from index.answer.engine import Engine
from tests.conftest import SHARED


def blob(answer) -> str:
    return " || ".join(f"{a.text} | {a.quote}" for a in answer.answers)


def assert_verbatim(engine: Engine, answer) -> None:
    for a in answer.answers:
        text = engine.snapshot().document(a.source.id)[0]
        assert a.quote in text
        if a.start is not None:
            assert text[a.start:a.end] == a.quote
        assert a.source.paragraph >= 1


# ---------------------------------------------------------------- dev.jsonl


def _dev_questions() -> list[dict]:
    path = SHARED / "qa" / "dev.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("case", _dev_questions(), ids=lambda c: c["q"])
def test_dev_questions(engine: Engine, case: dict) -> None:
    answer = engine.ask(case["q"])
    assert answer.answers, answer.message
    for needle in case["must_include"]:
        assert needle in blob(answer), needle
    assert_verbatim(engine, answer)


# ---------------------------------------------------------------- quote


QUOTE_CASES = [
    # question, speaker every answer must carry, text that must be among the answers
    ("What did Medvedev say?", "Dmitry Medvedev", "The NATO Russia summit is a very important step"),
    ("What did Medvedev say?", "Dmitry Medvedev", "The planned NATO exercises in Georgia"),
    ("What did Medvedv say?", "Dmitry Medvedev", "becoming more productive and substantial"),
    ("What did the Russian president say about Georgia?", "Dmitry Medvedev", "overt provocation"),
    ("What did Obama say about Russia?", "Barack Obama", "We see Russia as a partner, not an adversary"),
    ("What did Obama say about the START treaty?", "Barack Obama", "overwhelming support from our allies"),
    ("What did Rasmussen say about attacking Russia?", "Anders Fogh Rasmussen", "NATO will never attack Russia"),
    ("What did the NATO chief say about Afghanistan?", "Anders Fogh Rasmussen", "centerpiece of cooperation in 2010"),
    ("Quote Rasmussen on treaties", "Anders Fogh Rasmussen", "I don't see a need for new treaties"),
    ("What did Rogozin say?", "Dmitry Rogozin", "Great powers don't join coalitions"),
    ("What did Russia's envoy to NATO say about the council?", "Dmitry Rogozin", "scholastic discussions"),
    ("What did Lavrov say about missile defence?", "Sergei Lavrov", "We are willing to take part in such a joint system"),
    ("What did Lukyanov say?", "Fyodor Lukyanov", "serious, concrete discussions are taking place"),
    ("What did Pukhov say about the Taliban?", "Ruslan Pukhov", "the Taliban and Al-Qaeda would probably be less able"),
    ("What did NATO say about the NRC?", "NATO", "forum for political dialogue at all times"),
    ("Rasmussen's words on the ghosts of the past", "Anders Fogh Rasmussen", "ghosts of the past"),
]


@pytest.mark.parametrize(("question", "speaker", "needle"), QUOTE_CASES)
def test_quote_questions(engine: Engine, question: str, speaker: str, needle: str) -> None:
    answer = engine.ask(question)
    assert answer.intent.value == "quote"
    assert answer.answers, answer.message
    assert {a.speaker for a in answer.answers} == {speaker}, "never other people's words"
    assert any(needle in a.text for a in answer.answers)
    assert_verbatim(engine, answer)
    for a in answer.answers:
        assert a.text in a.quote  # the quotation sits inside the sentence shown


def test_quote_answer_shows_the_sentence_around_the_quotation(engine: Engine) -> None:
    answer = engine.ask("What did Obama say about Russia?")
    top = next(a for a in answer.answers if "partner, not an adversary" in a.text)
    assert "Obama said while attending the NATO summit in Lisbon" in top.quote
    assert top.source.id == "cnn-russia-nato-deepen-ties"


def test_topic_ranks_relevant_quotation_first(engine: Engine) -> None:
    answer = engine.ask("What did Rasmussen say about the Cold War?")
    assert "to keep everybody in" in answer.answers[0].text or "to keep the Russians out" in answer.answers[0].text


def test_person_mentioned_but_never_quoted(engine: Engine) -> None:
    answer = engine.ask("What did Putin say?")
    assert answer.answers == ()
    assert "no quotations from Vladimir Putin" in answer.message


def test_unknown_person(engine: Engine) -> None:
    answer = engine.ask("What did Angela Merkel say?")
    assert answer.answers == ()
    assert answer.message


def test_speaker_quoted_but_not_on_that_topic(engine: Engine) -> None:
    answer = engine.ask("What did Lukyanov say about football?")
    assert answer.answers == ()
    assert "Lukyanov" in answer.message


def test_quote_method_for_the_bot(engine: Engine) -> None:
    answer = engine.quote("rasmusen", "Cold War")
    assert answer.answers and answer.answers[0].speaker == "Anders Fogh Rasmussen"


# ---------------------------------------------------------------- when


WHEN_CASES = [
    ("When was the NRC created?", "28 May 2002", "2002-05-28"),
    ("When was the NATO-Russia Council created?", "28 May 2002", "2002-05-28"),
    ("When did Russia join the Partnership for Peace?", "June 22, 1994", "1994-06-22"),
    ("When was the Founding Act signed?", "27 May 1997", "1997-05-27"),
    ("When did NATO expel two Russian diplomats?", "May 2009", "2009-05"),
    ("When did Sikorski suggest including Russia in NATO?", "April 2009", "2009-04"),
    ("When did the first cargo containers reach ISAF via Russian territory?", "spring 2010", "2010"),
    ("When did the Soviet war in Afghanistan end?", "1979-89", "1989"),
    ("When is the Lisbon summit?", "November 19-20", "2010-11-19"),
    ("In what year did the Bucharest summit assess the council?", "April 2008", "2008-04"),
]


@pytest.mark.parametrize(("question", "written", "iso"), WHEN_CASES)
def test_when_questions(engine: Engine, question: str, written: str, iso: str) -> None:
    answer = engine.ask(question)
    assert answer.intent.value == "when"
    assert answer.answers, answer.message
    assert any(written in a.text and a.date == iso for a in answer.answers), [(a.text, a.date) for a in answer.answers]
    assert_verbatim(engine, answer)


def test_relative_date_resolved_against_publication(engine: Engine) -> None:
    answer = engine.ask("When did Russia pledge to boost cooperation with NATO in Afghanistan?")
    hit = next(a for a in answer.answers if a.source.id == "russia-to-study-nato-missile-defense")
    assert hit.text == "Wednesday" and hit.date == "2010-11-03"


def test_when_method_for_the_bot(engine: Engine) -> None:
    answer = engine.when("the NRC created")
    assert answer.answers[0].date == "2002-05-28"


# ---------------------------------------------------------------- who / where / how many


WHO_CASES = [
    ("Who is Radoslaw Sikorski?", "Polish Foreign Minister"),
    ("Who is Dmitry Rogozin?", "envoy to NATO"),
    ("Who is Fyodor Lukyanov?", "editor in chief"),
    ("Who is Ruslan Pukhov?", "defense analyst"),
    ("Who is Sergei Lavrov?", "Foreign Minister"),
    ("Who is Anders Fogh Rasmussen?", "ecretary"),
    ("Who is Jon Kyl?", "Arizona"),
]


@pytest.mark.parametrize(("question", "needle"), WHO_CASES)
def test_who_questions(engine: Engine, question: str, needle: str) -> None:
    answer = engine.ask(question)
    assert answer.intent.value == "who"
    assert answer.answers, answer.message
    assert needle in blob(answer)
    assert_verbatim(engine, answer)


OTHER_CASES = [
    ("How many nations are in the alliance?", "how_many", "28-nation"),
    ("How many warheads would the START treaty allow?", "how_many", "1,550"),
    ("How many graduates has the counter-narcotics project produced?", "how_many", "1,300"),
    ("How many helicopters will Moscow sell to the US Navy?", "how_many", "21"),
    ("Where was the NATO summit held?", "where", "Lisbon"),
    ("Where did Rasmussen meet Medvedev?", "where", "Kremlin"),
    ("missile defense cooperation with Russia", "search", "missile defense"),
    ("Stand-Off Explosives Detection", "search", "Stand-Off Explosives Detection"),
    ("piracy in the Gulf of Aden", "search", "Gulf of Aden"),
]


@pytest.mark.parametrize(("question", "intent", "needle"), OTHER_CASES)
def test_where_how_many_and_search(engine: Engine, question: str, intent: str, needle: str) -> None:
    answer = engine.ask(question)
    assert answer.intent.value == intent
    assert answer.answers, answer.message
    assert needle in blob(answer)
    assert_verbatim(engine, answer)


def test_how_many_puts_the_number_in_text(engine: Engine) -> None:
    answer = engine.ask("How many nations are in the alliance?")
    assert "28" in answer.answers[0].text


# ---------------------------------------------------------------- nothing relevant


@pytest.mark.parametrize("question", [
    "What is the capital of France?",
    "When was the iPhone released?",
    "Who is Taylor Swift?",
    "How many goals did Messi score?",
    "Where is the Eiffel Tower?",
    "chocolate cake recipe",
])
def test_uncovered_questions_get_no_padding(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answers == (), blob(answer)
    assert answer.message


def test_same_quotation_in_two_sources_is_merged_and_cites_both(tmp_path) -> None:
    from index.store.build import build_index

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    para = ('"We will build the bridge across the river before the winter floods arrive," '
            'Mayor Jane Holloway said on Tuesday.')
    (seeds / "herald.txt").write_text(f"Bridge plan approved\n\nThe council met at the town hall.\n\n{para}\n")
    (seeds / "gazette.txt").write_text(f"Mayor backs bridge\n\nResidents gathered outside.\n\n{para}\n")
    build_index(seeds, tmp_path / "ix")
    answer = Engine(tmp_path / "ix").ask("What did Holloway say about the bridge?")
    assert len(answer.answers) == 1
    a = answer.answers[0]
    assert a.speaker == "Jane Holloway"
    assert {a.source.id, *(c.id for c in a.also)} == {"herald", "gazette"}


ROLE_CASES = [
    ("Who is the NATO chief?", "Anders Fogh Rasmussen"),
    ("Who is the Russian president?", "Dmitry Medvedev"),
    ("Who is the Russian envoy to NATO?", "Dmitry Rogozin"),
]


@pytest.mark.parametrize(("question", "name"), ROLE_CASES)
def test_who_is_a_role_answers_with_the_name(engine: Engine, question: str, name: str) -> None:
    answer = engine.ask(question)
    assert answer.answers, answer.message
    assert answer.answers[0].text == name
    assert name.split()[-1] in answer.answers[0].quote
    assert_verbatim(engine, answer)


def test_where_answer_text_is_the_place_not_a_person(engine: Engine) -> None:
    answer = engine.ask("Where was the NATO summit held?")
    assert answer.answers[0].text == "Lisbon"
    assert all("Rogozin" not in a.text for a in answer.answers)


def test_two_quotations_in_one_sentence_are_one_answer(engine: Engine) -> None:
    answer = engine.ask("What did Rasmussen say about the Cold War?")
    quotes = [a.quote for a in answer.answers]
    assert len(quotes) == len(set(quotes))
    assert "to keep the Russians out" in answer.answers[0].text and "to keep everybody in" in answer.answers[0].text


def test_rasmussen_visits_from_both_sources(engine: Engine) -> None:
    answer = engine.ask("When did Rasmussen visit Moscow?")
    sources = {a.source.id for a in answer.answers}
    assert {"russia-to-study-nato-missile-defense", "rferl-nato-chief-afghan-help"} <= sources
    dated = next(a for a in answer.answers if a.source.id == "russia-to-study-nato-missile-defense")
    assert dated.text == "Wednesday" and dated.date == "2010-11-03"
    undated = next(a for a in answer.answers if a.source.id == "rferl-nato-chief-afghan-help")
    assert undated.date is None  # RFE/RL's page gives no date: shown as written, nothing invented
    assert_verbatim(engine, answer)
