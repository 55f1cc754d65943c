"""Questions of every intent over a few real BBC articles the project does not hold.

The seeds taught the engine its habits; these articles check it on news prose it
was not written against (call-centre survey, marathon preview, EU patent law,
super-casinos, a Guantanamo lawsuit, Time Warner results). Skipped when
``../shared/corpora/bbc-news`` is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.engine import Engine
from index.store.build import build_index
from tests.conftest import bbc_sample, engine_on, first_answer

ARTICLES = ["bbc_business_020.txt", "bbc_sport_040.txt", "bbc_tech_030.txt", "bbc_politics_010.txt",
            "bbc_politics_100.txt", "bbc_business_001.txt"]


@pytest.fixture(scope="module")
def bbc_engine(bbc_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bbc-answers")
    build_index(bbc_sample(ARTICLES, root / "sources"), root / "index")
    with engine_on(root / "index") as engine:
        yield engine


def _verbatim(engine: Engine, answer) -> None:
    for a in answer.answers:
        text, _ = engine.snapshot().document(a.source.id)
        assert text[a.start:a.end] == a.quote


QUOTES = [
    ("What did Cara Diemont say?", "Cara Diemont", "always available"),
    ("What did Diemont say about call centre agents?", "Cara Diemont", "responsible for credit cards"),
    ("What did Richards say about Paula?", "Hugh Richards", "Paula has got all those great runs"),
    ("What did Louise Christian say?", "Louise Christian", "misfeasance of officials"),
    ("What did the home secretary say?", "Charles Clarke", "specific investigation"),
]


@pytest.mark.parametrize(("question", "speaker", "needle"), QUOTES)
def test_quote_questions_on_news(bbc_engine: Engine, question: str, speaker: str, needle: str) -> None:
    answer = bbc_engine.ask(question)
    assert answer.intent.value == "quote"
    assert answer.answers, answer.message
    assert {a.speaker for a in answer.answers} == {speaker}
    assert any(needle in a.text for a in answer.answers), [a.text for a in answer.answers]
    _verbatim(bbc_engine, answer)


def test_person_not_in_these_articles_gets_a_clear_message(bbc_engine: Engine) -> None:
    answer = bbc_engine.ask("What did Tony Blair say?")
    assert answer.answers == () and "Tony Blair" in answer.message


def test_when_with_an_absolute_date(bbc_engine: Engine) -> None:
    answer = bbc_engine.ask("When was Mubanga arrested?")
    assert answer.answers[0].text == "March 2002" and answer.answers[0].date == "2002-03"
    _verbatim(bbc_engine, answer)


def test_when_with_a_weekday_and_no_publication_date_is_shown_as_written(bbc_engine: Engine) -> None:
    answer = bbc_engine.ask("When is the New York City Marathon?")
    top = answer.answers[0]
    assert top.text == "Sunday" and top.date is None  # BBC files carry no date: nothing is invented


def test_how_many_and_where(bbc_engine: Engine) -> None:
    seconds = bbc_engine.ask("How many seconds do callers wait before hanging up?")
    assert seconds.intent.value == "how_many" and seconds.answers[0].text.startswith("65")
    where = bbc_engine.ask("Where could a super-casino in Glasgow be located?")
    assert where.intent.value == "where" and where.answers[0].text == "Ibrox"
    _verbatim(bbc_engine, where)


def test_acronym_learned_from_a_parenthesised_definition(bbc_engine: Engine) -> None:
    first = first_answer(bbc_engine, "What did JURI say about the directive?")
    assert "Legal Affairs Committee (JURI)" in first.quote


def test_who_is_answers_from_the_text(bbc_engine: Engine) -> None:
    answer = bbc_engine.ask("Who is Hugh Richards?")
    assert answer.intent.value == "who"
    assert answer.answers and "psychologist" in answer.answers[0].quote


@pytest.mark.parametrize("question", [
    "What did Cara Diemont say about football?",
    "When did the Lisbon summit take place?",
    "How many goals did Arsenal score?",
])
def test_nothing_unrelated_is_padded_in(bbc_engine: Engine, question: str) -> None:
    answer = bbc_engine.ask(question)
    assert answer.answers == (), [a.quote for a in answer.answers]
    assert answer.message
