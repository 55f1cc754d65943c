"""One opened index generation and the low-level lookups on it.

A ``Snapshot`` is immutable once opened: a rebuild publishes a new generation
and the engine opens a new snapshot, while questions already running finish on
the old one. A passage index need not be safe to share between threads (Whoosh's
searchers are not), nor is the records connection, so every lookup takes the
snapshot's lock; lookups are short, and the GIL would serialise them anyway.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from index.errors import IndexCorrupt
from index.extract.acronyms import load_synonyms
from index.extract.registry import SpeakerRegistry
from index.extract.sentences import split_sentences
from index.ingest.paragraphs import split_paragraphs
from index.models import Citation, Paragraph, Quotation, SourceMeta
from index.store import generation
from index.store.analysis import term_spans
from index.store.analysis import terms as analyse
from index.store.layout import ACRONYMS, RECORDS, SPEAKERS
from index.store.manifest import Manifest, Served
from index.store.passage_index import PassageIndex, Record
from index.store.records import RecordReader

log = logging.getLogger(__name__)

__all__ = ["PassageAnalysis", "Record", "Snapshot"]


@dataclass(frozen=True)
class PassageAnalysis:
    """``terms``: (analysed term, start, end) in reading order; ``sentences``: (start, end) of each
    sentence; offsets relative to the passage text."""

    terms: tuple[tuple[str, int, int], ...]
    sentences: tuple[tuple[int, int], ...]

    def terms_between(self, start: int, end: int) -> set[str]:
        return {t for t, s, _e in self.terms if start <= s < end}


def _unreadable(gen: Path, exc: Exception) -> IndexCorrupt:
    """A file of ``gen`` could not be read: the details go to the operator's log, the user gets a plain reason."""
    log.warning("cannot open index generation %s: %r", gen, exc)
    return IndexCorrupt(gen.parent, "a file could not be read")


class Snapshot:
    def __init__(self, gen: Path, *, passages: PassageIndex | None = None) -> None:
        """Open generation ``gen``; ``passages`` replaces its passage index (the unit tests pass an in-memory one)."""
        self.gen = gen
        self._lock = threading.RLock()
        try:
            # of each source only what answers show (see Manifest.read_served); ``manifest.sources`` is empty
            self.manifest, sources = Manifest.read_served(gen)
        except IndexCorrupt:
            raise
        except Exception as exc:
            raise _unreadable(gen, exc) from None
        # Every file is checksummed in a thread while the speaker registry's JSON is parsed (at
        # BBC x 10, 270 MB and 13 MB: most of a serving process's start). The passage index and
        # the records are opened only once the check has passed, as before, and nothing read is
        # used before it has.
        damage = generation.verify_later(gen, self.manifest)
        try:
            self.registry = SpeakerRegistry.from_json((gen / SPEAKERS).read_text(encoding="utf-8"))
            self.acronyms: dict[str, str] = json.loads((gen / ACRONYMS).read_text(encoding="utf-8"))
        except Exception as exc:
            problem = damage()  # a damaged file explains the failure best
            if problem:
                raise IndexCorrupt(gen.parent, problem) from None
            raise _unreadable(gen, exc) from None
        problem = damage()
        if problem:
            raise IndexCorrupt(gen.parent, problem)
        try:
            self.passage_index = passages if passages is not None else generation.open_passage_index(gen)
            self.records = RecordReader(gen / RECORDS)
        except IndexCorrupt:
            raise
        except Exception as exc:
            raise _unreadable(gen, exc) from None
        self.synonyms = load_synonyms()
        self.sources: dict[str, Served] = sources
        self._doc_cache: dict[str, tuple[str, tuple[Paragraph, ...]]] = {}
        self._terms_cache: dict[str, frozenset[str]] = {}
        self._passage_cache: dict[tuple[str, int, int], PassageAnalysis] = {}
        self._authors: dict[str, list[str]] | None = None

    def close(self) -> None:
        with self._lock:
            try:
                self.records.close()
            except Exception:
                pass
            self.passage_index.close()

    # -- metadata ---------------------------------------------------------

    def meta(self, source_id: str) -> SourceMeta:
        entry = self.sources.get(source_id)
        return entry.meta if entry is not None else SourceMeta(id=source_id)

    def citation(self, source_id: str, paragraph: int) -> Citation:
        m = self.meta(source_id)
        return Citation(id=m.id, title=m.title, publisher=m.publisher, author=m.author, published=m.published,
                        url=m.url, paragraph=paragraph)

    def authored(self, speaker_id: str) -> list[str]:
        """The sources whose author (``sources.toml`` or byline) is this speaker: their body is the
        author's own written words. Read from the manifest once per snapshot, not per question."""
        if self._authors is None:
            table: dict[str, list[str]] = {}
            for sid in sorted(self.sources):
                author = self.sources[sid].meta.author
                person = self.registry.resolve(author, sid) if author else None
                if person is not None and person.kind == "person":
                    table.setdefault(person.id, []).append(sid)
            self._authors = table
        return list(self._authors.get(speaker_id, ()))

    def document(self, source_id: str) -> tuple[str, tuple[Paragraph, ...]] | None:
        """The cleaned text of a source and its paragraphs (small LRU-less cache)."""
        cached = self._doc_cache.get(source_id)
        if cached:
            return cached
        with self._lock:
            fields = self.records.source(source_id)
        if not fields:
            return None
        body = fields["body"]
        result = (body, split_paragraphs(body))
        if len(self._doc_cache) > 256:
            self._doc_cache.clear()
        self._doc_cache[source_id] = result
        return result

    def analysis(self, rec: Record) -> PassageAnalysis:
        """A passage's analysed terms with their offsets and its sentence spans, computed once per
        snapshot (questions keep meeting the same passages; the analyzer is most of a question's cost)."""
        key = (rec.source_id, rec.start, rec.end)
        cached = self._passage_cache.get(key)
        if cached is None:
            cached = PassageAnalysis(terms=tuple(term_spans(rec.text)),
                                     sentences=tuple((sp.start, sp.end) for sp in split_sentences(rec.text)))
            if len(self._passage_cache) > 8192:
                self._passage_cache.clear()
            self._passage_cache[key] = cached
        return cached

    def document_terms(self, source_id: str) -> frozenset[str]:
        """Every analysed term of a source (cached with the document): "does this source say X?"."""
        cached = self._terms_cache.get(source_id)
        if cached is None:
            doc = self.document(source_id)
            cached = frozenset(analyse(doc[0])) if doc else frozenset()
            if len(self._terms_cache) > 256:
                self._terms_cache.clear()
            self._terms_cache[source_id] = cached
        return cached

    # -- searching --------------------------------------------------------

    def passages(self, terms: Iterable[str], limit: int = 20) -> list[Record]:
        """Passages containing any of the index ``terms``, best BM25 first.

        Callers speak in analysed terms; the passage index builds its own queries.
        """
        with self._lock:
            return self.passage_index.search(terms, limit=limit)

    def idf(self, term: str) -> float:
        with self._lock:
            return self.passage_index.idf(term)

    def doc_frequency(self, term: str) -> int:
        with self._lock:
            return self.passage_index.doc_frequency(term)

    def spelling(self, term: str, written: str | None = None) -> str | None:
        """The index's own spelling of a misspelt analysed term (``written``: the word as typed), or
        ``None`` (see ``PassageIndex.spelling``)."""
        with self._lock:
            return self.passage_index.spelling(term, written)

    def spellings(self, term: str, written: str | None = None) -> list[str]:
        """Every index term as close to a misspelt analysed term as the index's own spelling, that first
        (see ``PassageIndex.spellings``): when several are, the caller lets the text decide."""
        with self._lock:
            return self.passage_index.spellings(term, written)

    def neighbours(self, written: str) -> dict[str, int]:
        """The index terms (with document frequency) of the words one slip from the word as typed."""
        with self._lock:
            return self.passage_index.neighbours(written)

    def quotations_of(self, speaker_id: str) -> list[Quotation]:
        with self._lock:
            rows = self.records.quotes_of(speaker_id)
        return self._quotations(rows)

    def quotations_described(self, word: str) -> list[Quotation]:
        """Quotations of unnamed speakers whose description contains ``word`` (case-insensitive)."""
        if not word:
            return []
        with self._lock:
            rows = self.records.quotes_described(word)
        return self._quotations(rows)

    @staticmethod
    def _quotations(rows: list[dict]) -> list[Quotation]:
        return [
            Quotation(source_id=r["source_id"], paragraph=r["paragraph"], start=r["start"], end=r["end"],
                      text=r["text"], sentence_start=r["context_start"], sentence_end=r["context_end"],
                      speaker=r["speaker"], speaker_id=r["speaker_id"] or None,
                      speaker_description=r["speaker_description"], rule=r["rule"], confidence=r["confidence"])
            for r in rows
        ]

    def quotations_in(self, source_id: str) -> list[Quotation]:
        """Every quotation of one source, in text order (a quote check compares claims with them)."""
        with self._lock:
            rows = self.records.quotes_in(source_id)
        return self._quotations(rows)

    def descriptions_of(self, speaker_id: str) -> list[Record]:
        """The phrases that say who a person is ("Ivan Sokolov, the Russian envoy to NATO")."""
        with self._lock:
            rows = self.records.descs_of(speaker_id)
        return [self._record(r, 0.0) for r in rows]

    @staticmethod
    def _record(f: dict, score: float) -> Record:
        return Record(source_id=f["source_id"], paragraph=int(f["paragraph"]), start=int(f["start"]),
                      end=int(f["end"]), text=f.get("text") or "", score=float(score), context=f.get("context") or "")
