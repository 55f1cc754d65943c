"""A question word covers the regular derivations a text writes instead (Cuban/Cuba's, brewers/breweries)."""

from __future__ import annotations

from index.answer.relevance import build_concepts, coverage, derived_forms
from index.store.analysis import terms as analyse

TEXT = "Beer is heavily taxed in Cuba, driving breweries to search for alternatives."


def _known(text: str):
    held = set(analyse(text))
    return lambda t: t in held


def test_demonym_and_place_read_both_ways() -> None:
    known = _known("Cuba's sugar Cuban exiles Iraqi oil Iraq Japan")
    assert derived_forms("cuban", known) == [tuple(analyse("Cuba"))]
    assert derived_forms("cuba", known) == [tuple(analyse("Cuban"))]
    assert derived_forms("iraqi", known) == [tuple(analyse("Iraq"))]
    assert derived_forms("japanese", _known("Japan")) == [tuple(analyse("Japan"))]


def test_workers_and_works() -> None:
    assert derived_forms("brewers", _known("breweries")) == [tuple(analyse("breweries"))]
    assert derived_forms("brewery", _known("brewer")) == [tuple(analyse("brewer"))]


def test_no_derivation_the_index_lacks_or_off_a_short_word() -> None:
    assert derived_forms("cuban", _known("sugar")) == []
    assert derived_forms("take", _known("taken")) == []
    assert derived_forms("chinese", _known("chin")) == []


def test_sentence_with_the_derived_form_covers_the_question() -> None:
    known = _known(TEXT)
    concepts = build_concepts(["cuban", "brewers"], {}, {}, lambda t: 1.0, known=known)
    assert coverage(concepts, set(analyse(TEXT))) == 1.0
    assert coverage(concepts, set(analyse("Sugar prices fell in Jamaica."))) == 0.0
