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


OFFICIAL = """Harbour talks stall

Trade minister Ruth Amari met harbour owners on Monday to discuss the new fees.

After the meeting with Ms Amari, one official from the harbour board was gloomy about the talks.

"Nobody in that room believed the fees would ever come down," she said.
"""


def test_a_she_said_after_an_unnamed_official_is_not_confirmed_for_the_woman_named_before(tmp_path) -> None:
    """d02dd3a's only_one_named confirmed Ruth Amari for the official's words when the index left them unnamed:
    'one official' is another person a "she said" may point back to, though no capitalised word names her."""
    from dataclasses import replace

    from index.answer.check import _speech_units, attribute, claimed_speakers
    from index.models import Verdict
    from tests.conftest import engine_on, index_over

    with engine_on(index_over(tmp_path, {"official.txt": OFFICIAL})) as engine:
        snap = engine.snapshot()
        text = snap.document("official")[0]
        unit = next(u for u in _speech_units(snap, text, snap.quotations_in("official"))
                    if text[u.start:u.end].lstrip("\"“").startswith("Nobody"))
        unit = replace(unit, speaker=None, speaker_id=None, confidence=None)
        verdict, _ = attribute(snap, unit, "Ruth Amari", claimed_speakers(snap, "Ruth Amari"))
    assert verdict is not Verdict.verbatim
