"""Why questions: the sentence that carries the reason.

Of the sentences that cover the question, one that states a reason ("because",
"due to", "in order to", "so that", "fearing", "attributed … to") ranks first;
a covering sentence without one may be followed by the sentence that gives the
reason ("The legal campaign worked." / "It worked because …"), which is then
the answer.
"""

from __future__ import annotations

import re

from index.answer.common import (
    Sentence,
    candidate_sentences,
    concepts_for,
    item,
    not_covered,
    ranked_items,
)
from index.answer.question import content_terms
from index.answer.relevance import MIN_COVERAGE, Concept
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, ParsedQuestion
from index.store.snapshot import Snapshot

_STRONG = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|in\s+order\s+(?:to|that)|so\s+that|so\s+as\s+to|fearing|for\s+fear|"
    r"as\s+a\s+result|the\s+reasons?|reasons?\s+(?:for|why|is|was)|attribut\w*\b.{0,60}?\bto|"
    r"blam\w*\b.{0,60}?\bon|in\s+a\s+bid\s+to|in\s+an\s+(?:effort|attempt)\s+to|to\s+avoid|to\s+prevent|"
    r"aimed\s+at|partly\s+(?:due|because)|caused\s+by)\b",
    re.IGNORECASE,
)
# "X led to Y" / "X prompted Y" gives a reason only when Y is what was asked about: weaker than "because".
_EFFECT = re.compile(r"\b(?:led\s+to|prompted)\b", re.IGNORECASE)
_WEAK = re.compile(r"\b(?:after|following|amid|to\s+(?:improve|help|boost|make|allow|ensure|keep))\b",
                   re.IGNORECASE)
_NOT_ASKED = frozenset({"reason", "reasons", "why"})
# A stated reason outweighs a full match of the question's words: the sentence that repeats the
# question ("X was dropped from the squad") is not its answer ("X was dropped because …").
REASON_WEIGHT = 1.5


def reason_strength(sentence: str) -> float:
    """1 for a sentence stating a reason outright, 0.7 for a cause of something ("led to"), 0.4 for
    a hint of one ("after …"), else 0."""
    if _STRONG.search(sentence):
        return 1.0
    if _EFFECT.search(sentence):
        return 0.7
    return 0.4 if _WEAK.search(sentence) else 0.0


def answer_why(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    words = [w for w in (pq.terms or content_terms(pq.subject or pq.text)) if w not in _NOT_ASKED]
    concepts = concepts_for(snap, words)
    if not concepts:
        return not_covered(pq.text, Intent.why, "Why what? Ask about something the sources report, e.g. “Why did the talks fail?”")
    items = ranked_items(snap, words, concepts, lambda cs: _reasons(snap, cs))
    if not items:
        return not_covered(pq.text, Intent.why)
    return Answer(question=pq.text, intent=Intent.why, answers=tuple(items))


def _reasons(snap: Snapshot, concepts: list[Concept]) -> list[AnswerItem]:
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        if s.cover < MIN_COVERAGE:
            continue
        base = s.cover * 2 + min(s.passage_score, 20) / 40
        strength = reason_strength(s.text)
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, base + REASON_WEIGHT * strength))
        if strength < 1.0 and (after := _next_sentence(snap, s)) is not None:
            start, end, text = after
            if reason_strength(text) >= 1.0:
                items.append(item(snap, s.source_id, s.paragraph, start, end, text, text, base + REASON_WEIGHT * 0.9))
    return items


def _next_sentence(snap: Snapshot, s: Sentence) -> tuple[int, int, str] | None:
    """The sentence after ``s`` in its paragraph (document offsets and text), if any."""
    doc = snap.document(s.source_id)
    if doc is None:
        return None
    text, paragraphs = doc
    for p in paragraphs:
        if p.number == s.paragraph:
            for span in split_sentences(p.text):
                if p.start + span.start >= s.end:
                    return p.start + span.start, p.start + span.end, p.text[span.start:span.end]
    return None
