"""Search: the plain answer to a question of no other kind, and the ranked passages of ``dossier search``.

Ranking is BM25 from the passage index, then a coverage check: with several
question concepts, a passage covering too little of their weight merely shares
a common word with the query and is dropped.
"""

from __future__ import annotations

import re

from index.answer.common import concepts_for
from index.answer.passages import answer_passages
from index.answer.question import content_terms
from index.answer.relevance import HEADING_WEIGHT, MIN_COVERAGE, coverage, is_bare_heading, query_terms
from index.models import Answer, Intent, ParsedQuestion, Passage, SearchHit, Span
from index.store.analysis import term_spans
from index.store.snapshot import Snapshot


def answer_search(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    return answer_passages(snap, pq, Intent.search)


def search_hits(snap: Snapshot, text: str, limit: int) -> list[SearchHit]:
    """Up to ``limit`` passages for ``text``, best first, with the query's words highlighted."""
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


def _merge_spans(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join highlights separated only by spaces or hyphens, so "NATO-Russia" is one bold run."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and (s <= merged[-1][1] or re.fullmatch(r"[\s\-–—]*", text[merged[-1][1]:s])):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
