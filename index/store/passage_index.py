"""The boundary between Dossier and its passage index.

Passages are the only records searched by words. Everything the build and the
ranking need from the index that holds them is this protocol: add passages,
delete a source's, search by analysed terms (BM25, best first), and the
statistics the ranking weighs question words by (document frequency and IDF).
:mod:`index.store.whoosh_passages` implements it on disk with Whoosh (and is the
only module that imports ``whoosh``); :mod:`index.store.memory_passages` implements
it in memory, which the unit tests of ranking and answering use to keep the
boundary honest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from index.models import Passage


@dataclass(frozen=True)
class Record:
    """A passage found by words (with its BM25 score), or a description looked up by person.

    ``context`` is the description phrase for descriptions; passages leave it empty.
    """

    source_id: str
    paragraph: int
    start: int
    end: int
    text: str
    score: float = 0.0
    context: str = ""


@runtime_checkable
class PassageIndex(Protocol):
    def add(self, passages: Iterable[Passage]) -> None:
        """Index passages (visible to searches after ``commit``)."""

    def delete_source(self, source_id: str) -> None:
        """Drop every passage of one source."""

    def commit(self) -> None:
        """Make the additions and deletions permanent."""

    def cancel(self) -> None:
        """Abandon uncommitted changes."""

    def search(self, terms: Iterable[str], limit: int = 20) -> list[Record]:
        """Passages containing any of the analysed ``terms``, best BM25 first (at most ``limit``).

        A damaged index raises ``IndexCorrupt``; nothing else a query does may fail.
        """

    def doc_frequency(self, term: str) -> int:
        """How many passages contain ``term``."""

    def idf(self, term: str) -> float:
        """How rare ``term`` is: ``log(N / (df + 1)) + 1`` over the N passages."""

    def spelling(self, term: str, written: str | None = None) -> str | None:
        """The index term a misspelt analysed ``term`` most likely means ("serach" -> "search"), or
        ``None`` (also for every term the index holds: those are never "corrected"). ``written`` is the
        word as typed, whose length sets how many slips are forgiven (see :func:`closest_term`)."""

    def close(self) -> None:
        """Release files and searchers."""

    def file_checks(self, previous: Mapping[str, tuple[int, int]] | None = None) -> dict[str, tuple[int, int]]:
        """Size and CRC-32 of each file the committed index is made of, for the manifest
        (``previous`` holds checks already known); an index without files has none."""


def closest_term(term: str, vocabulary: list[str], doc_frequency: Callable[[str], int],
                 written: str | None = None) -> str | None:
    """The spelling rule every passage index applies to its own vocabulary.

    Only for terms the index does not hold. Candidates are one edit away (an edit:
    a letter added, dropped, changed, or two swapped; two edits for words of seven
    letters or more as typed: the stemmer cuts "comittment" to "comitt", yet the
    person typed ten letters and slipped twice); the fewest edits win, then a
    candidate sharing the first letter, then the one sharing most letters in order
    (a doubled or dropped letter: "comitt" is "commit", not "comput"), then the most
    frequent. A misspelt ending
    defeats the stemmer ("globalisaton" is not cut to "globalis"), so failing that,
    the longest known stem the term starts with, at most four letters shorter; and
    for a long word whose letters are scrambled past two edits ("beaurocracy"), the
    one term of the same first letter that shares most of its letters, far ahead of
    any other (:func:`_scrambled`). A stem the analyser cut below four letters ("gras" -> "gra") is
    corrected from the word as typed (:func:`_short_stem`).
    """
    if not term or doc_frequency(term) > 0:
        return None
    term = _short_stem(term, written)
    if len(term) < 4 or not term.isalpha():
        return None
    length = max(len(term), len(written or ""))
    maxdist = 2 if length >= 7 else 1
    found = extract(term, vocabulary, scorer=OSA.distance, score_cutoff=maxdist, limit=50)
    if found:
        ranked = sorted(found, key=lambda f: (f[1], f[0][0] != term[0], -fuzz.ratio(term, f[0]),
                                              -doc_frequency(f[0]), f[0]))
        return ranked[0][0]
    for cut in range(1, 5):
        if len(term) - cut >= 6 and doc_frequency(term[:-cut]) > 0:
            return term[:-cut]
    return _scrambled(term, vocabulary) if length >= SCRAMBLED_LENGTH else None


def _short_stem(term: str, written: str | None) -> str:
    """The word as typed, lower-cased, when the stemmer left fewer than four letters of a longer word: "gras"
    (for "grass") is cut to "gra", too short to correct, though the person typed four letters and slipped once."""
    typed = (written or "").lower()
    if len(term) < 4 and len(typed) >= 4 and typed.isalpha() and typed.startswith(term):
        return typed
    return term


SCRAMBLED_LENGTH = 9  # words this long carry enough letters for a similarity to say which word was meant
SCRAMBLED_SIMILARITY = 80.0  # rapidfuzz's ratio (shared letters in order, 0-100) the best term must reach
SCRAMBLED_MARGIN = 15.0  # and by which it must beat every other term: a near tie is a guess


def _scrambled(term: str, vocabulary: list[str]) -> str | None:
    """The term a long, badly scrambled word means ("beaurocraci" -> "bureaucraci"), or ``None``.

    Edit distance counts "eau"/"ure" as three or four slips, yet most letters are there in order. Only
    terms starting with the same letter compete (people rarely get the first letter wrong), and the
    best must be both similar and clearly ahead: a correction nothing confirms answers nothing anyway.
    """
    same_start = [v for v in vocabulary if v[:1] == term[:1]]
    found = extract(term, same_start, scorer=fuzz.ratio, limit=2)
    if not found or found[0][1] < SCRAMBLED_SIMILARITY:
        return None
    if len(found) > 1 and found[0][1] - found[1][1] < SCRAMBLED_MARGIN:
        return None
    return found[0][0]
