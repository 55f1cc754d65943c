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
