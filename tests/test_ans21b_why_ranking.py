"""Wave 21 (ans21b): why-questions ranked by the kind of evidence a sentence gives, among the sentences of the
question's event.

Invented stories, written before any output was read. Each test names the behaviour a user would notice: the
answer to "why" is the sentence that gives the reason, not the one that restates the question, and not the reason
someone else gave for their own act.
"""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer

# A sentence opening with a connective that points back ("As a result, …") tells the effect; its reason is the
# sentence before it.
FERRY = (
    "Kelby ferry halted\n\n"
    "Storms last month left the channel into Kelby harbour silted up and too shallow for large boats. "
    "As a result, the Kelby ferry service has been halted until May, the operator said.\n\n"
    "Passengers can take a bus to Tarn instead.\n"
)

ferry_engine = engine_fixture({"ferry.txt": FERRY})


def test_as_a_result_points_back_to_the_reason(ferry_engine) -> None:
    first = first_answer(ferry_engine, "why has the Kelby ferry service been halted?")
    assert "silted up" in first.quote, first.quote


# Two people's acts in one story: the reason one gives for their own act is no answer about the other's.
BOARD = (
    "Two quit Kelby harbour board\n\n"
    "Two members of the Kelby harbour board resigned this week.\n\n"
    "Ann Vell resigned from the harbour board on Monday. Bo Dray resigned from the board on Tuesday because "
    "the fishermen had been ignored for years.\n\n"
    "Vell has not said why she left.\n"
)

board_engine = engine_fixture({"board.txt": BOARD})


def test_another_persons_reason_is_not_the_answer(board_engine) -> None:
    answer = board_engine.ask("why did Ann Vell resign from the harbour board?")
    assert not any("fishermen" in a.quote for a in answer.answers[:1]), [a.quote for a in answer.answers]


def test_the_named_persons_reason_is_still_found(board_engine) -> None:
    first = first_answer(board_engine, "why did Bo Dray resign from the harbour board?")
    assert "fishermen" in first.quote, first.quote


def test_a_pronoun_after_the_event_keeps_the_reason(board_engine) -> None:
    items = answers_to(board_engine, "why did Dray resign?")
    assert "fishermen" in items[0].quote, items[0].quote


# A reason attaches to the clause it follows: "won the relay … but missed last year's race because of a knee injury"
# gives why she missed last year's race, not why she is hesitating over this year's.
RELAY = (
    "Vell in doubt for Tarn relay\n\n"
    "Ann Vell won the Tarn relay in 2001 and 2002 but missed last year's race because of a knee injury. "
    "The 29-year-old is worried the relay, which starts on 3 May, could upset her training for the Kelby marathon.\n\n"
    "Vell will decide next week.\n"
)

relay_engine = engine_fixture({"relay.txt": RELAY})


def test_a_reason_for_another_clause_ranks_below_the_reason_for_the_event(relay_engine) -> None:
    first = first_answer(relay_engine, "why is Ann Vell hesitating over the Tarn relay?")
    assert "could upset her training" in first.quote, first.quote


def test_a_reason_attached_to_the_asked_clause_still_answers(relay_engine) -> None:
    first = first_answer(relay_engine, "why did Ann Vell miss last year's race?")
    assert "knee injury" in first.quote, first.quote


# A sentence's pronoun points back to what its paragraph told before it: when nothing before it in the paragraph (nor
# the headline) tells the asked event, the paragraph's other words do not make its reason the answer.
BAND = (
    "The Tidelines at thirty\n\n"
    "Critic Jo Marr said the band's drive set it apart. \"They are, perhaps, alone as the only group that has got "
    "better with age,\" she said. The Tidelines were formed when Cy Lund put up a notice asking for players, and his "
    "brother Eli Lund joined on drums.\n\n"
    "Eli Lund soon left the Tidelines and the band carried on as a trio.\n"
)

tidelines_engine = engine_fixture({"band.txt": BAND})


def test_a_pronoun_pointing_to_another_matter_gives_no_reason(tidelines_engine) -> None:
    answer = tidelines_engine.ask("why did Eli Lund leave the Tidelines?")
    assert not any("better with age" in a.quote for a in answer.answers), [a.quote for a in answer.answers]
