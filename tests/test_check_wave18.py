"""Wave 18 of the quote checker (issue 11): confirming the claimed speaker of words the index left unnamed.

When the extractor stores no speaker for a quotation, the checker reads the quotation's own frame and the document's
mentions. Two readings join it here: an occasion after the speaker in a frame ('said an official at a briefing on
Tuesday') is no part of who speaks, and a "he said" whose paragraph (and the one before) names the claimed person and
nobody else is theirs. Neither ever turns an unnamed quotation into someone else's. Every name here is invented.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.answer.check import _speech_units, attribute, claimed_speakers, without_occasion
from index.models import Verdict
from tests.conftest import engine_on, index_over

FEES = """Kelby port fees to rise

The Kelby harbour board will raise port fees next year, its chairman Ruth Amari confirmed on Monday.

Shipping firms have warned that the rise will hit exports.

"Shipping lines will simply have to adjust," said a harbour board official in a briefing on Tuesday.
"""

LEVY = """Ministers split over Kelby levy

Finance minister Ben Okafor has rejected plans for a regional fuel levy.

Talks on the levy ran late into the night in Kelby. The other ministers offered to share the cost.

But that was not enough for Mr Okafor.

"If the others want a levy, they must pay for it themselves," he said.
"""

CROWDED = """Ministers split over Dunmore levy

Finance minister Ben Okafor has rejected plans for a regional water levy.

Talks on the levy ran late into the night in Dunmore. The other ministers offered to share the cost.

But that was not enough for Mr Okafor, nor for his deputy Mr Lind.

"If the others want a water levy, they must pay for it themselves," he said.
"""

SHE = """Ministers split over Arden levy

Finance minister Ben Okafor has rejected plans for a regional road levy.

Talks on the levy ran late into the night in Arden. The other ministers offered to share the cost.

But that was not enough for Mr Okafor.

"If the others want a road levy, they must pay for it themselves," she said.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave18"),
                      {"fees.txt": FEES, "levy.txt": LEVY, "crowded.txt": CROWDED, "she.txt": SHE})


@pytest.mark.parametrize("part, left", [
    ("an official at a briefing on Tuesday", "an official"),
    ("a spokesman in an interview", "a spokesman"),
    ("a spokesman at Rival Corp", "a spokesman at Rival Corp"),  # a named body may say whose spokesman
    ("the head of the board", "the head of the board"),  # "of" is no occasion
])
def test_an_occasion_after_the_speaker_is_no_part_of_who_speaks(part: str, left: str) -> None:
    assert without_occasion(part) == left


def unnamed_verdict(index: Path, source: str, words: str, claimed: str) -> Verdict:
    """The verdict on ``claimed`` for the quotation of ``source`` opening with ``words``, read as a quotation the
    extractor left without a speaker (as it leaves many a "he said" and "said an official"): the real index, the
    real quotation, only the stored speaker taken away."""
    with engine_on(index) as engine:
        snap = engine.snapshot()
        text = snap.document(source)[0]
        units = _speech_units(snap, text, snap.quotations_in(source))
        unit = next(u for u in units if text[u.start:u.end].lstrip("\"“").startswith(words))
        unit = replace(unit, speaker=None, speaker_id=None, confidence=None)
        verdict, _ = attribute(snap, unit, claimed, claimed_speakers(snap, claimed))
        return verdict


@pytest.mark.parametrize("source, words, claimed, verdict", [
    ("fees", "Shipping lines", "a harbour board official", Verdict.verbatim),  # the occasion is no part of the role
    ("levy", "If the others", "Okafor", Verdict.verbatim),  # the only person named before "he said"
    ("crowded", "If the others", "Okafor", Verdict.speaker_unconfirmed),  # another man named beside him
    ("she", "If the others", "Okafor", Verdict.speaker_unconfirmed),  # "Mr Okafor", but "she said"
])
def test_an_unnamed_quotation_is_confirmed_by_its_frame_and_the_mentions_before_it(
        index: Path, source: str, words: str, claimed: str, verdict: Verdict) -> None:
    assert unnamed_verdict(index, source, words, claimed) is verdict


UNION = """Ministers split over Corran levy

Finance minister Ben Okafor has rejected plans for a regional rail levy.

Talks on the levy ran late into the night. But that was not enough for Mr Okafor. A spokesman for the rail union hit back.

"If the ministers want a rail levy, they must pay for it themselves," he said.
"""

BROTHER = """Ministers split over Lorn levy

Finance minister Ben Okafor has rejected plans for a regional bus levy.

Talks on the levy ran late into the night. But that was not enough for Mr Okafor. His brother, a bus driver, disagreed.

"If the ministers want a bus levy, they must pay for it themselves," he said.
"""


@pytest.mark.parametrize("name, text, words", [
    ("union", UNION, "If the ministers"),  # an unnamed spokesman is the subject between the name and "he said"
    ("brother", BROTHER, "If the ministers"),  # a sentence-initial "His brother" is another man who may speak
])
def test_an_unnamed_man_between_the_name_and_he_said_leaves_it_unconfirmed(
        tmp_path: Path, name: str, text: str, words: str) -> None:
    """Integration review (wave 19): only_one_named skips sentence-initial capitals, so an unnamed person opening a
    sentence must still stop the claimed name from taking the "he said"."""
    idx = index_over(tmp_path, {f"{name}.txt": text})
    assert unnamed_verdict(idx, name, words, "Okafor") is Verdict.speaker_unconfirmed
