"""Why-questions whose reasons English gives without "because" (issue 9, reasons), wave 28.

"Ms Hughes was forced to resign in April over abuses in the visa system", "The decision springs from the collapse
in ticket sales", "it was not benefiting since most of the traffic was in containers": three ways news states a
cause that the table of cause markers did not hold, so the sentence that answers "why" was not told from one that
merely mentions the event. Each row is checked alone, and the resignation end to end on a real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.why import cause_marker, reason_strength
from tests.conftest import engine_on, first_answer, index_over


@pytest.mark.parametrize("sentence", [
    "Ms Dale was forced to resign in April over failings in the permit office, which she said she knew nothing of.",
    "The coach was sacked over the leaked team sheet.",
    "The club's decision to sell the ground springs from years of mounting debt.",
    "The ferry firm is not gaining since most of the new freight is in containers bound for the ports.",
])
def test_a_cause_written_without_because_is_read_as_one(sentence: str) -> None:
    assert cause_marker(sentence) >= 0.7


@pytest.mark.parametrize("sentence", [
    "She resigned over the weekend, the party said.",
    "He stood down over 20 years ago.",
    "Sales have doubled since January.",
    "He has scored ten goals since he took over as captain.",
    # "due to" before a verb schedules: never a cause
    "The satellite had been due to lift off from the spaceport on Thursday.",
    "He is due to be sentenced next month.",
    "He resigned over Christmas, the party said.",
])
def test_a_time_is_no_cause(sentence: str) -> None:
    assert reason_strength(sentence) == 0.0


@pytest.mark.parametrize("sentence", ["Flights were cancelled due to air traffic control problems.",
                                      "The delays were due to travel disruption."])
def test_due_to_before_a_noun_that_is_also_a_verb_still_states_a_cause(sentence: str) -> None:
    assert reason_strength(sentence) == 1.0


PERMITS = """Permits minister's successor named

Harriet Cole has been named the new permits minister, replacing Nora Dale.

Ms Dale was forced to resign in April over failings in the permit office, which she said she knew nothing of. Ms Cole, a former lawyer, took up the post on Monday.

Ms Cole said the office would be reviewed from top to bottom.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave28"), {"permits.txt": PERMITS})


def test_why_someone_resigned_is_answered_with_what_they_resigned_over(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "why did nora dale resign")
    assert "over failings in the permit office" in first.quote


REPAIR = """Museum reopens

The maritime museum reopened on Saturday after a two-year refit. Of the £12m cost, £7.5m came from the Harbour Futures Fund and the rest from the town council.
"""


def test_how_much_money_is_a_sum_of_money_whole_never_a_number_cut_at_its_decimal_point(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"museum.txt": REPAIR})) as engine:
        first = first_answer(engine, "how much money came from the harbour futures fund")
    assert first.text == "£7.5m"


DRILL = """Harlow oil find

Harlow Energy shares jumped 8% after the firm said its new well in Kelby had produced strong results.

Chief executive Bill Gammon added: "The more we drill in Kelby the better we feel about it."

The head of exploration, Dr Mike Watson, said: "This area needs more drilling but it looks very strong."
"""


@pytest.mark.parametrize("question", ["what did harlow's chief exec say about kelby",
                                      "what did the harlow ceo say about kelby",
                                      "what did the CEO of harlow say about kelby"])
def test_the_short_forms_people_type_for_a_firms_offices_name_its_holder(tmp_path: Path, question: str) -> None:
    with engine_on(index_over(tmp_path, {"drill.txt": DRILL})) as engine:
        first = first_answer(engine, question)
    assert first.speaker == "Bill Gammon"
    assert first.text.startswith("The more we drill")


RESHUFFLE = """Reshuffle criticised

The first minister moved three ministers on Tuesday.

Ieuan Wyn Jones, leader of the Plaid group in the assembly, said: "This reshuffle was just changing the deckchairs on a sinking ship."
"""


@pytest.mark.parametrize("question", ["what did ieuan wynn jones say about the reshuffle",
                                      "what did iuean wyn jones say about the reshuffle"])
def test_a_three_word_name_typed_with_a_slip_is_a_person_not_a_group(tmp_path: Path, question: str) -> None:
    """Typed in lower case and ending in "-s", "ieuan wynn jones" read as a group ("analysts"), whom nobody is
    called: a one-letter slip in a word of a quoted person's name is still that name."""
    with engine_on(index_over(tmp_path, {"reshuffle.txt": RESHUFFLE})) as engine:
        first = first_answer(engine, question)
        assert first.speaker == "Ieuan Wyn Jones"
        assert engine.ask("what did analysts say about the reshuffle").answers == ()


GAME = """Game maker bans cheats

Valve has banned 20,000 players of its game Blast Run 2 for using pirated copies. "Valve is taking effective steps against people using illegitimate copies of Blast Run 2," one analyst said.
"""


def test_a_number_that_ends_a_name_counts_nothing(tmp_path: Path) -> None:
    """"how many copies has valve sold": "copies of Blast Run 2" gives no count of copies, and "Blast Run 2 for using
    pirated copies" neither; the sources never say, so there is no answer."""
    with engine_on(index_over(tmp_path, {"game.txt": GAME})) as engine:
        assert engine.ask("how many copies of blast run 2 has valve sold").answers == ()
        assert first_answer(engine, "how many players has valve banned").text == "20,000 players"


CHARGES = """Aid plans

European Union finance ministers meet on Thursday to discuss proposals, including a tax on jet fuel, to boost development aid.

The new parking charges will come into force in April, the council said.
"""


def test_when_a_rule_comes_in_is_a_date_it_applies_from_never_a_meeting_that_discusses_it(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"aid.txt": CHARGES})) as engine:
        assert engine.ask("when will the eu jet fuel tax come in").answers == ()
        assert first_answer(engine, "when do the new parking charges come into force").text == "April"
