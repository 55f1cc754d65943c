"""A question that spells out what the article abbreviates ("ultra wideband" for the text's UWB) is answered."""

from __future__ import annotations

from index.answer.relevance import abbreviation_fits, defined_abbreviation
from tests.conftest import engine_fixture

ARTICLE = """Regulator weighs short-range radio

The watchdog is asking how to regulate a radio technology called Ultra Wideband (UWB). UWB can carry video across a room.

"We want strict limits on how far UWB devices can transmit," said a spokesman for the regulator, Ofwave.

Separately, the harbour authority said ferries would run late on Sunday because of storms.
"""

OTHER = """Masts row grows

"Mobile masts near schools need new planning rules," said a spokesman for Ofwave on Tuesday.
"""


def test_abbreviation_fits_word_by_word() -> None:
    assert abbreviation_fits("UWB", ["ultra", "wideband"])
    assert abbreviation_fits("START", ["strategic", "arms", "reduction", "treaty"])
    assert not abbreviation_fits("UWF", ["ultra", "wideband"])
    assert not abbreviation_fits("WU", ["ultra", "wideband"])


def test_defined_abbreviation_needs_brackets_after_the_phrase() -> None:
    assert defined_abbreviation(["ultra", "wideband"], "a technology called Ultra Wideband (UWB).") == "UWB"
    assert defined_abbreviation(["ultra", "wideband"], "Ultra Wideband (the new radio) and UWB") is None
    assert defined_abbreviation(["ultra", "wideband"], "ultra fast wideband (UFW)") is None


radio_engine = engine_fixture({"radio.txt": ARTICLE, "masts.txt": OTHER})


def test_question_spelling_out_an_abbreviation_finds_the_sentence_using_it(radio_engine) -> None:
    answer = radio_engine.ask("What did an Ofwave spokesman say about ultra wideband")
    assert any("strict limits" in (a.quote or a.text) for a in answer.answers)
    assert not any("ferries" in (a.quote or a.text) or "masts" in (a.quote or a.text) for a in answer.answers)


def test_sentence_writing_only_the_abbreviation_covers_the_spelt_out_words(radio_engine) -> None:
    from index.answer.common import concepts_for
    from index.answer.relevance import coverage
    from index.store.analysis import terms as analyse

    concepts = concepts_for(radio_engine.snapshot(), ["ultra", "wideband"])
    assert coverage(concepts, set(analyse("We want strict limits on how far UWB devices can transmit"))) == 1.0
    assert coverage(concepts, set(analyse("Mobile masts near schools need new planning rules"))) == 0.0
