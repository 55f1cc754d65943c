"""Answers that are the best-covering sentences of the best passages (search, and the base of where / how many).

An intent that wants a short answer out of each sentence (a place, a number)
passes ``pick``; a sentence it can pick nothing from is not an answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from index.answer.common import (
    Sentence,
    candidate_sentences,
    collapse_acronyms,
    concepts_for,
    item,
    not_covered,
    ranked_items,
)
from index.answer.question import content_terms
from index.answer.relevance import MIN_COVERAGE, Concept
from index.models import Answer, AnswerItem, Intent, ParsedQuestion
from index.store.analysis import term_spans
from index.store.snapshot import Snapshot

# (sentence, question concepts) -> (short answer text, score bonus), or None when the sentence has none.
Pick = Callable[[Sentence, list[Concept]], "tuple[str, float] | None"]


def answer_passages(snap: Snapshot, pq: ParsedQuestion, intent: Intent, pick: Pick | None = None,
                    drop: Iterable[str] = (), min_cover: float = MIN_COVERAGE, boost: Iterable[str] = (),
                    widen: Mapping[str, Iterable[str]] | None = None, story: bool = False,
                    story_cover: float | None = None,
                    last: Callable[[list[Concept]], list[AnswerItem]] | None = None) -> Answer:
    """``min_cover``: how much of the question a sentence must cover itself (its passage always covers
    enough); a ``pick`` strict enough to vouch for the sentence may lower it. ``boost``: the words that
    carry the question (the counted noun), weighted three times. ``widen``: further words that cover a
    question word (any noun for people covers the "people" of "how many people"). ``story``: when no passage covers
    the question by itself, passages are read under their story's headline and lead (``ranked_items``);
    ``story_cover``: how much a sentence must cover itself then (``min_cover`` when not given). ``last``: the
    intent's own search over the concepts when even the story gives nothing (a count read in its whole story)."""
    dropped = set(drop)
    words = pq.terms or content_terms(pq.text)
    if dropped:
        words = [w for w in words if w.lower() not in dropped]
    # "british sign language" asked, "BSL users" written: words spelling out an abbreviation the collection
    # defines are one concept, matched by either form
    words = list(collapse_acronyms(words, snap.acronyms))
    concepts = concepts_for(snap, words)
    boosted = {w.lower() for w in boost}
    if boosted:
        concepts = [replace(c, weight=c.weight * 3) if c.word.lower() in boosted else c for c in concepts]
    if widen:
        concepts = [c.widened(widen[c.word.lower()]) if c.word.lower() in widen else c for c in concepts]
    if not concepts:
        return not_covered(pq.text, intent, "Please ask a question with a few words about what you're looking for.",
                           gate="no_words")

    def in_story(cs: list[Concept]) -> list[AnswerItem]:
        found = _answers(snap, cs, pick, min_cover if story_cover is None else story_cover, True) if story else []
        return found or (last(cs) if last is not None else [])

    items = ranked_items(snap, words, concepts, lambda cs: _answers(snap, cs, pick, min_cover),
                         in_story=in_story if story or last is not None else None)
    if not items:
        return not_covered(pq.text, intent, gate="below_cover")
    return Answer(question=pq.text, intent=intent, answers=tuple(items))


def _answers(snap: Snapshot, concepts: list[Concept], pick: Pick | None, min_cover: float,
             story: bool = False) -> list[AnswerItem]:
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts, story=story):
        if s.cover < min_cover:
            continue
        text = s.text
        bonus = 0.0
        if pick is not None:
            picked = pick(s, concepts)
            if picked is None:
                continue
            text, bonus = picked
        score = s.cover * 2 + bonus + min(s.passage_score, 20) / 40 + PROXIMITY * compactness(s.text, concepts)
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, text, score))
    return items


# Of sentences that cover a question alike, the one that says it in one phrase ("Merriam-Webster defines a blog
# as …") tells it; one that spreads its words over clauses ("… said "blog" was the word … asked to be defined")
# tells of something else: how close the question's words stand weighs a little, never more than cover.
PROXIMITY = 0.1


def compactness(sentence: str, concepts: list[Concept]) -> float:
    """The share of the shortest run of the sentence's index terms holding every question word it holds that is
    those words (1.0 when they stand together; 0 when it holds fewer than two)."""
    wanted = {t for c in concepts for t in c.all_terms()}
    terms = [t for t, _a, _b in term_spans(sentence)]
    hits = [k for k, t in enumerate(terms) if t in wanted]
    kinds = {terms[k] for k in hits}
    if len(kinds) < 2:
        return 0.0
    best = len(terms)
    for i, start in enumerate(hits):  # the shortest window from each hit that holds every kind
        seen: set[str] = set()
        for end in hits[i:]:
            seen.add(terms[end])
            if len(seen) == len(kinds):
                best = min(best, end - start + 1)
                break
    return len(kinds) / best
