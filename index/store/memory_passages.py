"""A passage index held in memory: the second implementation of :class:`PassageIndex`.

Small and exact, for the unit tests of ranking and answering: they run against
it to prove that nothing above the store depends on Whoosh. It analyses text
with the same analyzer as the Whoosh index (:mod:`index.store.analysis`) and ranks
with the same BM25 (k1 = 1.2, b = 0.75) and IDF formulas, without Whoosh's
lossy field-length encoding, so scores are close to, not equal to, Whoosh's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from index.models import Passage
from index.store.analysis import terms as analyse
from index.store.passage_index import Record, closest_terms, typed_neighbours

K1 = 1.2
B = 0.75


class MemoryPassageIndex:
    def __init__(self) -> None:
        self._passages: list[tuple[Passage, Counter[str], int]] = []
        self._pending: list[Passage] = []
        self._deleted: set[str] = set()

    def add(self, passages: Iterable[Passage]) -> None:
        self._pending.extend(passages)

    def delete_source(self, source_id: str) -> None:
        self._deleted.add(source_id)

    def commit(self) -> None:
        kept = [entry for entry in self._passages if entry[0].source_id not in self._deleted]
        for p in self._pending:
            words = analyse(p.text)
            kept.append((p, Counter(words), len(words)))
        self._passages, self._pending, self._deleted = kept, [], set()

    def cancel(self) -> None:
        self._pending, self._deleted = [], set()

    def doc_frequency(self, term: str) -> int:
        return sum(1 for _p, counts, _n in self._passages if term in counts)

    def idf(self, term: str) -> float:
        return math.log(len(self._passages) / (self.doc_frequency(term) + 1)) + 1

    def search(self, terms: Iterable[str], limit: int = 20) -> list[Record]:
        unique = list(dict.fromkeys(t for t in terms if t))
        if not unique or not self._passages:
            return []
        avg = sum(n for _p, _c, n in self._passages) / len(self._passages) or 1
        idf = {t: self.idf(t) for t in unique}
        scored = []
        for order, (p, counts, n) in enumerate(self._passages):
            score = sum(idf[t] * counts[t] * (K1 + 1) / (counts[t] + K1 * (1 - B + B * n / avg))
                        for t in unique if t in counts)
            if score > 0:
                scored.append((-score, order, p))
        scored.sort()
        return [Record(source_id=p.source_id, paragraph=p.paragraph, start=p.start, end=p.end, text=p.text,
                       score=-neg) for neg, _order, p in scored[:limit]]

    def spelling(self, term: str, written: str | None = None) -> str | None:
        found = self.spellings(term, written)
        return found[0] if found else None

    def spellings(self, term: str, written: str | None = None) -> list[str]:
        vocabulary = sorted({t for _p, counts, _n in self._passages for t in counts if len(t) >= 3 and t.isalpha()})
        return closest_terms(term, vocabulary, self.doc_frequency, written, analyse)

    def neighbours(self, written: str) -> dict[str, int]:
        return typed_neighbours(written.lower(), analyse, self.doc_frequency)

    def close(self) -> None:
        pass

    def file_checks(self, previous: Mapping[str, tuple[int, int]] | None = None) -> dict[str, tuple[int, int]]:
        return {}
