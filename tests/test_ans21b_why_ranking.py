"""Wave 21 (ans21b): why-questions ranked by the kind of evidence a sentence gives, among the sentences of the
question's event.

Invented stories (names and words made up; the first has the shape of a failure read on the tuning side, a reason
"They are …" read under a paragraph that never tells the asked event). Each test names the behaviour a user would
notice: the answer to "why" is a reason given for the asked event, not a reason whose pronoun points to another
matter than the one asked.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

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


# The same kind of sentence after the paragraph that tells the event ("… will close its Kelby mill. ¶ It blamed …")
# still gives the reason: news often gives each sentence a paragraph of its own.
MILL = (
    "Kelby mill to close\n\n"
    "Tarn Paper will close its Kelby mill in March with the loss of 80 jobs.\n\n"
    "It blamed a steep fall in demand for newsprint.\n\n"
    "The mill opened in 1950.\n"
)

mill_engine = engine_fixture({"mill.txt": MILL})


def test_a_pronoun_after_the_paragraph_telling_the_event_keeps_its_reason(mill_engine) -> None:
    first = first_answer(mill_engine, "why will Tarn Paper close the Kelby mill?")
    assert "fall in demand" in first.quote, first.quote
