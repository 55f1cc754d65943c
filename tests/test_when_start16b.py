"""When did X join / get elected: the sentence that writes the question's own verb of beginning dates it, even far
from the name or under a subject pointing back to the story's player."""

from __future__ import annotations

from index.answer.relevance import Concept
from index.answer.when import own_start_verb, subject_began
from tests.conftest import engine_fixture, first_answer

ELECTED = (
    "Envoy named for Lisbon post\n\n"
    "Former minister and MP Daniel Okorafor is to become the country's envoy to Portugal.\n\n"
    "He was the first minister of his party when appointed to the transport brief in 2009, promoted from the "
    "treasury. Mr Okorafor served on the Harbour City Council for a decade before being elected to Parliament in "
    "1994, declaring that the docks deserved a voice.\n"
)
JOINED = (
    "Ferrante homesick at Rovers\n\n"
    "Rovers winger Luca Ferrante says he is unsettled in the north and misses his family.\n\n"
    "The winger joined the club from Parma for £9m at the start of 2011, but he has often spoken of missing home. "
    "He has scored eleven goals this season.\n"
)

start_engine = engine_fixture({"envoy.txt": ELECTED, "ferrante.txt": JOINED})


def test_the_question_s_own_verb_beats_a_wider_word_for_beginning(start_engine) -> None:
    first = first_answer(start_engine, "when was daniel okorafor first elected as an mp")
    assert "1994" in first.text, first


def test_a_subject_pointing_back_joined(start_engine) -> None:
    first = first_answer(start_engine, "when did ferrante join rovers")
    assert "2011" in first.text, first



def test_subject_began_reads_the_verb_after_a_back_pointing_subject() -> None:
    join = Concept(word="join", alternatives=(("join",),), weight=1.0)
    assert subject_began("The winger joined the club in 2011.", [join])
    assert subject_began("He has joined the club in 2011.", [join])
    assert not subject_began("Rovers said the winger had been unhappy since he joined.", [join])


def test_own_start_verb_needs_the_question_s_own_word() -> None:
    elected = Concept(word="elected", alternatives=(("elect",),), weight=1.0)
    assert own_start_verb("He was elected to Parliament in 1994.", [elected])
    assert not own_start_verb("He was appointed to the brief in 2009.", [elected])
    become = Concept(word="become", alternatives=(("becom",),), weight=1.0)
    assert not own_start_verb("She became leader in 2001.", [become])


LEVY = (
    "Island curbs foreign cash\n\n"
    "The government of Marova has moved to curb the use of foreign currency on the island.\n\n"
    "All exchanges between the euro and the local crown will from 3 October be subject to an 8% levy. "
    "Officials said the Marovan levy would raise money for roads.\n"
)

levy_engine = engine_fixture({"levy.txt": LEVY})


def test_a_date_something_runs_from_answers_when_it_starts(levy_engine) -> None:
    first = first_answer(levy_engine, "when does the marovan levy on euros start")
    assert "3 October" in first.text, first


HEARING = (
    "Sprinters face doping panel\n\n"
    "Moreau, the 2008 Olympic 200m silver medallist, and hurdler Duval were suspended by the federation for missing "
    "three drugs tests. The panel will hear their appeal.\n"
)

hearing_engine = engine_fixture({"hearing.txt": HEARING})


def test_a_date_describing_a_name_never_dates_the_event(hearing_engine) -> None:
    answer = hearing_engine.ask("when were moreau and duval suspended")
    assert all("2008" not in a.text for a in answer.answers), answer.answers
