"""Related passages when nothing answers a question: the nearest verbatim sentences, offered as reading.

"The sources don't cover that" leaves a person nowhere; the sentences that share the question's
distinctive words show what the sources do say near it. They are never an answer (the callers keep
``answers`` empty and label them), and they are offered only when they share real content: a
sentence must carry at least ``RELATED_COVERAGE`` of the question's IDF-weighted concepts, so a word
that nearly every passage holds ("NATO" in a NATO collection) is not enough, the words that only
frame a question ("say", "think", "statement") do not count, and a question whose words the sources
lack gets nothing rather than random text.
"""

from __future__ import annotations

from index.answer.common import concepts_for
from index.answer.question import QUESTION_SCAFFOLD, content_terms
from index.answer.relevance import coverage, is_bare_heading, query_terms
from index.models import RealSpan
from index.store.snapshot import Snapshot

RELATED = 3  # sentences offered, each from its own paragraph
RELATED_COVERAGE = 0.5  # share of the question's concept weight a sentence must carry
CANDIDATES = 6  # passages read to find them (best BM25 first)
RAREST = 3  # concepts searched with: a sentence carrying half the weight holds some of the heaviest anyway


def related_passages(snap: Snapshot, text: str) -> tuple[RealSpan, ...]:
    """Up to ``RELATED`` sentences near ``text``, each an exact span of its source's cleaned text."""
    concepts = concepts_for(snap, [w for w in content_terms(text) if w not in QUESTION_SCAFFOLD])
    # Searching with common words only makes the BM25 query slow (every passage holds them).
    wanted = query_terms(sorted(concepts, key=lambda c: -c.weight)[:RAREST])
    if not wanted:
        return ()
    found: list[tuple[float, int, RealSpan]] = []
    seen: set[tuple[str, int]] = set()
    said: set[str] = set()  # the same sentence in two sources (a syndicated story) is offered once
    for rank, rec in enumerate(snap.passages(wanted, limit=CANDIDATES)):
        if len(found) >= RELATED:  # best BM25 first: enough found, the rest would rarely be nearer
            break
        if (rec.source_id, rec.paragraph) in seen:
            continue
        analysis = snap.analysis(rec)  # cached per snapshot: terms and sentence spans of the passage
        best: tuple[float, int, int] | None = None
        for start, end in analysis.sentences:
            share = coverage(concepts, analysis.terms_between(start, end))
            if share >= RELATED_COVERAGE and (best is None or share > best[0]) \
                    and not is_bare_heading(rec.text[start:end]):
                best = (share, start, end)
        doc = snap.document(rec.source_id) if best is not None else None
        if best is None or doc is None:
            continue
        share, start, end = best
        start, end = rec.start + start, rec.start + end
        quote = doc[0][start:end]  # cut from the cleaned text itself: verbatim by construction
        if quote != rec.text[best[1]:best[2]] or " ".join(quote.split()) in said:
            continue
        seen.add((rec.source_id, rec.paragraph))
        said.add(" ".join(quote.split()))
        found.append((share, rank, RealSpan(quote=quote, source=snap.citation(rec.source_id, rec.paragraph),
                                            start=start, end=end)))
    found.sort(key=lambda f: (-f[0], f[1]))
    return tuple(span for _share, _rank, span in found[:RELATED])
