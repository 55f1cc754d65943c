"""Review of check18 (wave 19): breaks found by provoking its rules with invented messages.

a69c181 read the words before a topic preposition and a colon, without quotation marks, as the speaker: a
headline-style label ("Pressure on Okafor: …", "Chaos at the terminal: …") gave a claimed speaker "Pressure" or
"Chaos", and words another man said came back someone_else, "not Pressure". Without marks such a label is a topic
as often as a speaker, and nothing in the message tells "Cluley" from "Pressure"."""

from __future__ import annotations

import pytest

from index.answer.claims import find_claims


@pytest.mark.parametrize("message, noun", [
    ("Pressure on Okafor: the minister must resign before the summer", "Pressure"),
    ("Chaos at the terminal: thousands of passengers were stranded for hours", "Chaos"),
    ("Storm in Kelby: ferries were cancelled as the harbour closed for two days", "Storm"),
])
def test_a_topic_label_before_an_unmarked_colon_is_no_speaker(message: str, noun: str) -> None:
    assert all(c.speaker != noun for c in find_claims(message))
