"""Wave 21 (ans21b): why-questions ranked by the kind of evidence a sentence gives, among the sentences of the
question's event.

Invented stories, written before any output was read. Each test names the behaviour a user would notice: the
answer to "why" is the reason given for the asked event, not a reason the same sentence gives for another of its
clauses, and not a reason whose pronoun points to another matter than the one asked.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

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
