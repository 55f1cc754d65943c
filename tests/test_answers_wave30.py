"""Counts and dates as people ask for them, read from held29's mistakes (wave 30's validation set) (issue 9).

"how many texts were sent in december" was answered with the whole year's total, since the month's figure ("Some
3.1 billion were fired off in November alone") leaves its noun to the sentence before; "when does the trial start"
gave "2006" for "early in 2006". Each is checked alone and end to end on a real index, on invented stories.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.how_many import asked_periods, other_period
from tests.conftest import engine_on, first_answer, index_over

TEXTS = ("Text messages hit record\n\n"
         "Mobile owners in Kelbania continue to break records, with figures showing that 31 billion texts were sent "
         "in total in 2005.\n\n"
         "Some 3.1 billion were fired off in November alone, the highest monthly total ever, said the Mobile Text "
         "Group. In October 2.9 billion were sent.\n\n"
         "The group expects 40 billion messages next year.\n")

TICKETS = ("Phone tickets for Kelby buses\n\n"
           "Early next year travellers in the town of Kelby will be able to pay for bus tickets with their phones.\n\n"
           "Passengers will need a special handset, said Ardent, the firm running the scheme. The trial will start "
           "early in 2006 and people will also be able to see timetables on their phones.\n")

FILMS = ("Film production falls\n\n"
         "Twenty-seven British films were made in the UK last year following a drop in funding, compared with 45 in "
         "2003, according to the trade weekly.\n")


@pytest.mark.parametrize(("sentence", "question", "other"), [
    ("31 billion texts were sent in total in 2005.", "how many texts were sent in november", True),
    ("In October 2.9 billion were sent.", "how many texts were sent in november", True),
    ("Some 3.1 billion were fired off in November alone.", "how many texts were sent in november", False),
    ("The December tsunami killed 150,000 people.", "how many people died in the 2004 tsunami", False),
    ("Some 45 films were made in 2003.", "how many films were made in 2004", True),
    ("27 films were made last year, compared with 45 in 2003.", "how many films were made in 2004", False),
    ("4,000 jobs will go.", "how many jobs will go in march", False),
])
def test_a_count_of_another_period_is_not_the_asked_one(sentence: str, question: str, other: bool) -> None:
    assert other_period(sentence, asked_periods(question)) is other


def test_may_in_a_question_is_the_verb_not_the_month() -> None:
    assert asked_periods("how many jobs may be lost in 2006") == {"2006"}


def test_the_months_count_answers_the_month_and_the_years_the_year(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"texts.txt": TEXTS})) as engine:
        month = first_answer(engine, "how many texts were sent in kelbania in november")
        assert month.text == "3.1 billion"
        assert "31 billion texts" in first_answer(engine, "how many texts were sent in 2005").text
        # nothing counts October's texts with their noun or after a sentence that does: no answer beats the year's
        assert all("31 billion" not in a.text for a in engine.ask("how many texts were sent in october").answers)


def test_a_date_keeps_early_in_before_it(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"tickets.txt": TICKETS})) as engine:
        assert first_answer(engine, "when does the kelby phone ticket trial start").text == "early in 2006"


def test_a_count_written_for_last_year_beside_another_year_still_answers(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"films.txt": FILMS})) as engine:
        assert "Twenty-seven" in first_answer(engine, "how many british films were made in the uk in 2004").text


BACTERIA = ("Bacteria eat plastic\n\n"
            "The study, written by Dr Naomi Ferreira and Prof Kwame Adjei of the University of Eastbrook, was published "
            "on Monday.\n\n"
            "\"We went looking for microbes that survive the cold, not for plastic-eaters,\" Dr Ferreira said.\n\n"
            "Prof Adjei said the discovery would not solve the problem on its own. \"Twelve per cent in three months is "
            "interesting, but it is nowhere near fast enough,\" he told the BBC.\n")

FARM = ("Farm row\n\n"
        "Tom Hale, who owns the farm, said: \"We will not sell a single acre.\"\n\n"
        "His wife, Ann Hale, took a different view. \"We cannot go on like this,\" she said.\n")


@pytest.mark.parametrize(("question", "speaker"), [
    ("what did prof adjei tell the bbc", "Kwame Adjei"),
    ("what did professor adjei say", "Kwame Adjei"),
    ("what did dr ferrera say about the microbes", "Naomi Ferreira"),
])
def test_a_style_typed_before_a_surname_finds_the_one_person_of_that_name(tmp_path: Path, question: str,
                                                                           speaker: str) -> None:
    with engine_on(index_over(tmp_path, {"bacteria.txt": BACTERIA})) as engine:
        assert first_answer(engine, question).speaker == speaker


def test_a_style_before_a_surname_two_people_share_names_neither(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"farm.txt": FARM})) as engine:
        assert not engine.ask("what did dr hale say").answers


def test_mr_before_a_surname_never_finds_a_woman_of_that_name(tmp_path: Path) -> None:
    story = ("School row\n\nMrs Ann Hale, the chair of governors, said: \"The school must stay open.\"\n\n"
             "Her husband, Mr Hale, is also a governor.\n")
    with engine_on(index_over(tmp_path, {"school.txt": story})) as engine:
        assert all(a.speaker != "Ann Hale" for a in engine.ask("what did mr hale say").answers)


def test_a_count_dated_only_by_when_its_figures_came_out_still_answers() -> None:
    sentence = ("The tsunami killed more than 230,000 people, according to figures released by the United Nations in "
                "January 2005.")
    assert not other_period(sentence, asked_periods("how many people did the december 2004 tsunami kill"))
