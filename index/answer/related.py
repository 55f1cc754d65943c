"""Related passages when nothing answers a question: the nearest verbatim sentences, offered as reading.

"The sources don't cover that" leaves a person nowhere; the sentences that share the question's
distinctive words show what the sources do say near it. They are never an answer (the callers keep
``answers`` empty and label them), and they are offered only when they share real content: a
sentence must carry at least ``RELATED_COVERAGE`` of the question's IDF-weighted concepts, so a word
that nearly every passage holds ("NATO" in a NATO collection) is not enough, and a question whose
words the sources lack gets nothing rather than random text.
"""

from __future__ import annotations

from index.answer.common import concepts_for
from index.answer.question import content_terms
from index.answer.relevance import coverage, is_bare_heading, query_terms
from index.extract.sentences import split_sentences
from index.models import RealSpan
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

RELATED = 3  # sentences offered, each from its own paragraph
RELATED_COVERAGE = 0.5  # share of the question's concept weight a sentence must carry
CANDIDATES = 20  # passages read to find them (best BM25 first)


def related_passages(snap: Snapshot, text: str) -> tuple[RealSpan, ...]:
    """Up to ``RELATED`` sentences near ``text``, each an exact span of its source's cleaned text."""
    concepts = concepts_for(snap, content_terms(text))
    wanted = query_terms(concepts)
    if not wanted:
        return ()
    found: list[tuple[float, float, RealSpan]] = []
    seen: set[tuple[str, int]] = set()
    for rank, rec in enumerate(snap.passages(wanted, limit=CANDIDATES)):
        if (rec.source_id, rec.paragraph) in seen or is_bare_heading(rec.text):
            continue
        doc = snap.document(rec.source_id)
        if doc is None:
            continue
        source_text = doc[0]
        best: tuple[float, int, int] | None = None
        for span in split_sentences(source_text, rec.start, rec.end):
            sentence = source_text[span.start:span.end]
            if is_bare_heading(sentence):
                continue
            share = coverage(concepts, set(analyse(sentence)))
            if share >= RELATED_COVERAGE and (best is None or share > best[0]):
                best = (share, span.start, span.end)
        if best is None:
            continue
        seen.add((rec.source_id, rec.paragraph))
        share, start, end = best
        found.append((share, -rank, RealSpan(quote=source_text[start:end],
                                             source=snap.citation(rec.source_id, rec.paragraph),
                                             start=start, end=end)))
    found.sort(key=lambda f: (-f[0], -f[1]))
    return tuple(span for _share, _rank, span in found[:RELATED])
