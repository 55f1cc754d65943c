"""One opened index generation and the low-level lookups on it.

A ``Snapshot`` is immutable once opened: a rebuild publishes a new generation
and the engine opens a new snapshot, while questions already running finish on
the old one. Whoosh searchers are not safe to share between threads, so every
lookup takes the snapshot's lock; searches are short, and the GIL would
serialise them anyway.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.query import Or, Term
from whoosh.scoring import BM25F

from index.errors import IndexCorrupt
from index.extract.acronyms import load_synonyms
from index.extract.registry import SpeakerRegistry
from index.ingest.paragraphs import split_paragraphs
from index.models import Citation, Paragraph, Quotation, SourceMeta
from index.store.layout import ACRONYMS, FORMAT_VERSION, MANIFEST, RECORDS, SPEAKERS, WHOOSH_DIR, verify_files
from index.store.records import RecordReader

log = logging.getLogger(__name__)


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


class Snapshot:
    def __init__(self, gen: Path) -> None:
        self.gen = gen
        self._lock = threading.RLock()
        try:
            self.manifest = json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
            if self.manifest.get("format") != FORMAT_VERSION:
                raise IndexCorrupt(gen.parent, "it was built by another version of Dossier")
            problem = verify_files(gen, self.manifest)
            if problem:
                raise IndexCorrupt(gen.parent, problem)
            self.registry = SpeakerRegistry.from_json((gen / SPEAKERS).read_text(encoding="utf-8"))
            self.acronyms: dict[str, str] = json.loads((gen / ACRONYMS).read_text(encoding="utf-8"))
            # Plain reads instead of mmap: the same speed here, and a serving process
            # does not hold the whole index as resident pages (BBC: 116 -> 79 MB RSS).
            self.ix = FileStorage(str(gen / WHOOSH_DIR), supports_mmap=False).open_index()
            self.searcher = self.ix.searcher(weighting=BM25F())
            self.records = RecordReader(gen / RECORDS)
        except IndexCorrupt:
            raise
        except Exception as exc:
            log.warning("cannot open index generation %s: %r", gen, exc)
            raise IndexCorrupt(gen.parent, "a file could not be read") from None
        self.synonyms = load_synonyms()
        self.sources: dict[str, dict] = self.manifest.get("sources", {})
        self._meta_cache: dict[str, SourceMeta] = {}
        self._doc_cache: dict[str, tuple[str, tuple[Paragraph, ...]]] = {}

    def close(self) -> None:
        with self._lock:
            try:
                self.records.close()
            except Exception:
                pass
            try:
                self.searcher.close()
            except Exception:
                pass

    # -- metadata ---------------------------------------------------------

    def meta(self, source_id: str) -> SourceMeta:
        cached = self._meta_cache.get(source_id)
        if cached is None:
            raw = self.sources.get(source_id, {}).get("meta") or {"id": source_id}
            cached = SourceMeta.model_validate(raw)
            self._meta_cache[source_id] = cached
        return cached

    def citation(self, source_id: str, paragraph: int) -> Citation:
        m = self.meta(source_id)
        return Citation(id=m.id, title=m.title, publisher=m.publisher, author=m.author, published=m.published,
                        url=m.url, paragraph=paragraph)

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

    # -- searching --------------------------------------------------------

    def passages(self, terms: Iterable[str], limit: int = 20) -> list[Record]:
        """Passages containing any of the index ``terms``, best BM25 first.

        Only this class builds Whoosh queries: callers speak in analysed terms.
        """
        unique = list(dict.fromkeys(t for t in terms if t))
        if not unique:
            return []
        query = Or([Term("text", t) for t in unique])
        with self._lock:
            results = self.searcher.search(query, limit=limit)
            return [self._record(hit.fields(), hit.score or 0.0) for hit in results]

    def idf(self, term: str) -> float:
        with self._lock:
            return self.searcher.idf("text", term)

    def doc_frequency(self, term: str) -> int:
        with self._lock:
            return self.searcher.doc_frequency("text", term)

    def quotations_of(self, speaker_id: str) -> list[Quotation]:
        with self._lock:
            rows = self.records.quotes_of(speaker_id)
        return [
            Quotation(source_id=r["source_id"], paragraph=r["paragraph"], start=r["start"], end=r["end"],
                      text=r["text"], sentence_start=r["context_start"], sentence_end=r["context_end"],
                      speaker=r["speaker"], speaker_id=r["speaker_id"] or None,
                      speaker_description=r["speaker_description"])
            for r in rows
        ]

    def descriptions_of(self, speaker_id: str) -> list[Record]:
        """The phrases that say who a person is ("Dmitry Rogozin, the Russian envoy to NATO")."""
        with self._lock:
            rows = self.records.descs_of(speaker_id)
        return [self._record(r, 0.0) for r in rows]

    @staticmethod
    def _record(f: dict, score: float) -> Record:
        return Record(source_id=f["source_id"], paragraph=int(f["paragraph"]), start=int(f["start"]),
                      end=int(f["end"]), text=f.get("text") or "", score=float(score), context=f.get("context") or "")
