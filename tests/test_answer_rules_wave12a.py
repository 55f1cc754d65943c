"""Wave 12 (issue 9, helper ans12a): a question's word matches the text's irregular form of it."""

from __future__ import annotations

from index.answer.relevance import build_concepts, coverage, irregular_stems
from index.store.analysis import terms as analyse


def _held(*words: str):
    held = {t for w in words for t in analyse(w)}
    return lambda t: t in held


def test_an_irregular_form_the_index_holds_covers_the_word_asked() -> None:
    known = _held("shares", "fell", "profits")
    [fall] = [c for c in build_concepts(["fall"], {}, {}, lambda t: 1.0, known=known)]
    assert fall.matched_by(set(analyse("Ericsson shares fell on Tuesday")))
    assert coverage([fall], set(analyse("the shares rose"))) == 0.0


def test_forms_the_rules_misread_or_derive_by_a_suffix_are_not_read() -> None:
    everything = lambda t: True  # noqa: E731
    assert irregular_stems("miss", ("miss",), everything) == []  # not "mer", "ming"
    assert ("writer",) not in irregular_stems("write", ("write",), everything)
    assert ("wrote",) in irregular_stems("write", ("write",), everything)
    assert irregular_stems("fall", ("fall",), _held("fall")) == []  # only forms the index holds
