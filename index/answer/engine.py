"""The engine: the one object the CLI and the bot talk to.

It owns the lifecycle of the index (open lazily, notice a rebuild, reopen)
and turns raw user text into ``Answer``s. Input is sanitised here once —
control bytes dropped, length capped — so no layer above has to care what
people type. All methods are synchronous and thread-safe.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from pathlib import Path

from index.answer.answering import (
    answer_passages,
    answer_quote,
    answer_when,
    answer_who,
    concepts_for,
    not_covered,
)
from index.answer.question import content_terms, parse_question
from index.answer.relevance import HEADING_WEIGHT, MIN_COVERAGE, coverage, is_bare_heading, query_terms
from index.errors import IndexMissing
from index.models import (
    Answer,
    Citation,
    Intent,
    Passage,
    SearchHit,
    SourceSummary,
    Span,
    Speaker,
)
from index.settings import IndexSettings
from index.store import layout
from index.store.analysis import term_spans
from index.store.snapshot import Snapshot

log = logging.getLogger(__name__)


MAX_QUESTION_CHARS = 1000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def sanitize(text: str | None) -> str:
    """Printable, NFC-normalised, single-line, at most ``MAX_QUESTION_CHARS`` characters."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _CONTROL.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cs", "Co", "Cn"})
    text = " ".join(text.split())
    return text[:MAX_QUESTION_CHARS].strip()


class Engine:
    def __init__(self, index_dir: Path | str | None = None) -> None:
        self.index_dir = Path(index_dir) if index_dir is not None else IndexSettings().dossier_index
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    # -- lifecycle ------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The serving generation, reopened if a rebuild has swapped it since last time."""
        gen = layout.read_current(self.index_dir)
        current = self._snapshot
        if current is not None and current.gen == gen:
            return current
        with self._lock:
            if self._snapshot is None or self._snapshot.gen != gen:
                self._snapshot = Snapshot(gen)  # the old one is left to finish in-flight questions
            return self._snapshot

    def close(self) -> None:
        if self._snapshot is not None:
            self._snapshot.close()
            self._snapshot = None

    # -- questions ------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        text = sanitize(question)
        if not text or not re.search(r"\w", text):
            return not_covered(text, Intent.search, "Please ask a question in words, e.g. “When was the NRC created?”")
        snap = self.snapshot()
        pq = parse_question(text)
        if pq.intent is Intent.quote:
            return answer_quote(snap, pq, pq.speaker, pq.topic)
        if pq.intent is Intent.when:
            return answer_when(snap, pq)
        if pq.intent is Intent.who:
            answer = answer_who(snap, pq)
            if answer.answers:
                return answer
            fallback = answer_passages(snap, pq, Intent.search)
            return fallback.model_copy(update={"intent": Intent.who}) if fallback.answers else answer
        if pq.intent in (Intent.where, Intent.how_many):
            answer = answer_passages(snap, pq, pq.intent)
            return answer
        return answer_passages(snap, pq, Intent.search)

    def quote(self, speaker: str, topic: str | None = None) -> Answer:
        speaker_s, topic_s = sanitize(speaker), sanitize(topic) or None
        question = f"What did {speaker_s} say" + (f" about {topic_s}?" if topic_s else "?")
        pq = parse_question(question)
        return answer_quote(self.snapshot(), pq, speaker_s, topic_s)

    def when(self, event: str) -> Answer:
        text = sanitize(event)
        if not text or not re.search(r"\w", text):
            return not_covered(text, Intent.when, "Which event? e.g. “the NRC created”.")
        pq = parse_question(text if text.lower().startswith("when") else f"When {text}?")
        pq = pq.model_copy(update={"text": text, "intent": Intent.when})
        return answer_when(self.snapshot(), pq)

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        text = sanitize(query)
        limit = max(1, min(int(limit), 100))
        snap = self.snapshot()
        concepts = concepts_for(snap, content_terms(text))
        wanted = query_terms(concepts)
        hits: list[SearchHit] = []
        for rec in snap.passages(wanted, limit=limit * 3):
            analysed = term_spans(rec.text)
            if len(concepts) > 1 and coverage(concepts, {t for t, _, _ in analysed}) < MIN_COVERAGE / 2:
                continue
            spans = [(s, e) for term, s, e in analysed if term in wanted]
            hits.append(SearchHit(
                passage=Passage(source_id=rec.source_id, paragraph=rec.paragraph, start=rec.start, end=rec.end,
                                text=rec.text),
                source=snap.citation(rec.source_id, rec.paragraph), score=round(rec.score, 4),
                highlights=tuple(Span(start=s, end=e) for s, e in _merge_spans(spans, rec.text)),
            ))
        # A bare heading repeats the query's words and says nothing about them: it ranks as if
        # it scored HEADING_WEIGHT of its BM25 score, behind the passages that do say something.
        hits.sort(key=lambda h: -h.score * (HEADING_WEIGHT if is_bare_heading(h.passage.text) else 1.0))
        return hits[:limit]

    # -- browsing -------------------------------------------------------------

    def sources(self) -> list[SourceSummary]:
        snap = self.snapshot()
        rows = []
        for sid in sorted(snap.sources):
            entry = snap.sources[sid]
            rows.append(SourceSummary(meta=snap.meta(sid), passages=entry.passages,
                                      quotations=entry.quotations, paragraphs=entry.paragraphs))
        return rows

    def speakers(self) -> list[Speaker]:
        return self.snapshot().registry.speakers()

    def match_speakers(self, text: str, limit: int = 25) -> list[Speaker]:
        return self.snapshot().registry.match(sanitize(text), limit=limit, quoted_only=True)

    def context(self, source_id: str, paragraph: int) -> tuple[Citation, str]:
        """The whole paragraph a citation points to, verbatim, for "Show source"."""
        snap = self.snapshot()
        doc = snap.document(source_id)
        if doc is None:
            raise IndexMissing(f"{self.index_dir} (source {source_id!r} is no longer indexed)")
        _text, paragraphs = doc
        for p in paragraphs:
            if p.number == paragraph:
                return snap.citation(source_id, paragraph), p.text
        raise IndexMissing(f"{self.index_dir} (paragraph {paragraph} of {source_id!r} is no longer indexed)")


def _merge_spans(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join highlights separated only by spaces or hyphens, so "NATO-Russia" is one bold run."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and (s <= merged[-1][1] or re.fullmatch(r"[\s\-–—]*", text[merged[-1][1]:s])):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
