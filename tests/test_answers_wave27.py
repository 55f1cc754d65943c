"""When-questions as people ask them (issue 9, dates), wave 27.

"When does the new minimum wage come in" met a story that writes "The minimum wage will rise in October": the asker's
"new" was a word the text never repeats, so no sentence covered the question and Dossier said the sources give no
date. And a union "called for a £6 minimum wage by next year": a date someone demands is their wish, not when the
thing happens, yet it answered first. Invented stories, real indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import engine_on, first_answer, index_over

WAGE = """Kelby pay floor to rise

The Kelby pay floor will rise in October, benefiting more than 10,000 workers, the council has announced.

The Kelby Workers Union welcomed the increase, but has called for a £9 pay floor by next year. Employers called for a "pause year" to assess the impact of the rise in the pay floor in October.
"""

BILL = """Curfew bill

The mayor wants the curfew bill to become law by 14 March, before the summer season starts.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave27"), {"wage.txt": WAGE, "bill.txt": BILL})


@pytest.mark.parametrize("question", ["when does the new kelby pay floor come in", "when will the kelby pay floor rise"])
def test_a_word_placing_the_thing_in_time_is_the_askers_and_a_demanded_date_is_no_answer(
        index: Path, question: str) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, question)
    assert first.text == "October"
    assert first.quote.startswith("The Kelby pay floor will rise in October")


def test_a_question_about_what_someone_wants_still_takes_the_date_they_want(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when does the mayor want the curfew bill to become law")
    assert "14 March" in first.text


BOOKS = """Teacher's novel shortlisted

The Salt Orchard, written by former primary school teacher Isobel Marchetti, has been shortlisted for the Kelby Prize.

Lanterns Over Dunmore was written in 1974 by local fisherman Archie Coull and is still sung at every match.

Local historian Maureen Callister, whose book The Lost Manors of Fallowby was published in 2015, led the campaign.

The anglers' letter to Sedden Water was signed by the association's secretary, Malcolm Thewlis.
"""

BUS = """Payments firm hacked

Kelvo, a payments company, said the personal details of its customers may have been stolen. "I am truly sorry. You trusted us with your information and we let you down," chief executive Oskar Devlam said.
"""


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("books27"), {"books.txt": BOOKS, "bus.txt": BUS})


@pytest.mark.parametrize(("question", "writer"), [
    ("who wrote the salt orchard", "Isobel Marchetti"),
    ("who wrote lanterns over dunmore", "Archie Coull"),
    ("who wrote the lost manors of fallowby", "Maureen Callister"),
    ("who wrote the anglers letter to sedden water", "Malcolm Thewlis"),
])
def test_a_writer_described_before_the_name_or_signing_a_letter_is_the_author(books: Path, question: str,
                                                                               writer: str) -> None:
    # before: "written by former primary school teacher X", "written in 1974 by local fisherman X", "X, whose book
    # …" and "signed by the association's secretary, X" named nobody ("the sources don't say who wrote that")
    with engine_on(books) as engine:
        first = first_answer(engine, question)
    assert first.text == writer


def test_a_correct_word_the_sources_lack_is_never_bent_into_another(books: Path) -> None:
    # "compensation" is cut to "compens", two slips from "compani" (company): before, the apology answered a
    # question about compensation as if it were about the company
    with engine_on(books) as engine:
        answer = engine.ask("what did kelvo's chief executive say about compensation")
    assert not answer.answers or all("truly sorry" not in a.quote for a in answer.answers)


PLANT = """Bakery to shut

Kelby Bakeries is to close its Dunmore plant with the loss of 300 jobs, chief executive Lionel Hartt said.

Asked about redundancy terms, he said staff would be offered "enhanced packages well above the legal minimum".

The Allied Bakers' Union said it would fight the cuts. Its regional organiser, Bethan Quayle, told a rally: "This company made £40m last year. Don't let anyone tell you this is about survival."
"""


def test_a_role_nobody_holds_is_never_answered_with_a_he_who_reports_the_topic(tmp_path: Path) -> None:
    # "the union's organiser" is Bethan Quayle, quoted only on profits: before, "Asked about redundancy terms, he said
    # …" (the chief executive) answered, under no name, as if it were the organiser's
    with engine_on(index_over(tmp_path, {"plant.txt": PLANT})) as engine:
        answer = engine.ask("what did the union's organiser say about redundancy terms")
    assert all("enhanced packages" not in a.quote for a in answer.answers)


CENTRE = """New cancer centre opens at Kelby Hospital

A new cancer treatment centre has opened at Kelby Hospital, with room for 40,000 appointments a year.

The centre has two radiotherapy machines and 32 chemotherapy chairs.

It was opened on Friday by the trust's chairwoman, Dame Elspeth Moir, and former patient Robert Kane.
"""


def test_who_did_it_is_the_sentence_naming_the_doer_not_the_headline_saying_it_was_done(tmp_path: Path) -> None:
    # before: the headline and the lead, which hold every word of the question, answered "who opened the centre"
    with engine_on(index_over(tmp_path, {"centre.txt": CENTRE})) as engine:
        first = first_answer(engine, "who opened the new cancer centre at kelby hospital")
    assert "Dame Elspeth Moir" in first.quote


def test_the_speaker_phrase_keeps_an_apposition_and_stops_at_its_comma() -> None:
    # review: the apposition's end was added to the name's, so the phrase ran on to the end of the sentence
    from index.answer.quote import speaker_phrase
    from index.models import Quotation

    q = Quotation(source_id="x", paragraph=1, start=0, end=1, text="He looks forward.", sentence_start=0,
                  sentence_end=1, speaker="Walter Phillips")
    sentence = '"He looks forward," said Walter Phillips, Cosby\'s lawyer, on Friday in a long statement to the press.'
    assert speaker_phrase(sentence, q) == "Walter Phillips, Cosby's lawyer"
