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

    def spelling(self, term: str) -> str | None:
        """The index term a misspelt analysed ``term`` most likely means ("serach" -> "search"), or
        ``None`` (also for every term the index holds: those are never "corrected")."""

    def close(self) -> None:
        """Release files and searchers."""

    def file_checks(self, previous: Mapping[str, tuple[int, int]] | None = None) -> dict[str, tuple[int, int]]:
        """Size and CRC-32 of each file the committed index is made of, for the manifest
        (``previous`` holds checks already known); an index without files has none."""


def closest_term(term: str, vocabulary: list[str], doc_frequency: Callable[[str], int]) -> str | None:
    """The spelling rule every passage index applies to its own vocabulary.

    Only for terms the index does not hold. Candidates are one edit away (an edit:
    a letter added, dropped, changed, or two swapped; two edits for terms of seven
    letters or more); the fewest edits win, then a candidate sharing the first
    letter, then the most frequent. A misspelt ending defeats the stemmer
    ("globalisaton" is not cut to "globalis"), so failing that, the longest
    known stem the term starts with, at most four letters shorter.
    """
    if len(term) < 4 or not term.isalpha() or doc_frequency(term) > 0:
        return None
    maxdist = 2 if len(term) >= 7 else 1
    found = extract(term, vocabulary, scorer=OSA.distance, score_cutoff=maxdist, limit=50)
    if found:
        ranked = sorted(found, key=lambda f: (f[1], f[0][0] != term[0], -doc_frequency(f[0]), f[0]))
        return ranked[0][0]
    for cut in range(1, 5):
        if len(term) - cut >= 6 and doc_frequency(term[:-cut]) > 0:
            return term[:-cut]
    return None
