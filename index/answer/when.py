"""When questions: the date attached to the event the question names."""

from __future__ import annotations

from index.answer.common import candidate_sentences, concepts_for, item, merge_same, norm, not_covered
from index.answer.question import content_terms
from index.answer.relevance import MIN_COVERAGE
from index.extract.dates import best_date, find_dates
from index.models import Answer, AnswerItem, Intent, ParsedQuestion
from index.store.snapshot import Snapshot

_END_WORDS = {"end", "ended", "finish", "finished", "stop", "stopped", "quit", "over", "conclude", "concluded"}


def answer_when(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    words = pq.terms or content_terms(pq.subject or pq.text)
    wants_end = any(w.lower() in _END_WORDS for w in words)
    words = [w for w in words if w.lower() not in {"year", "date", "day", "month", "time"}]
    concepts = concepts_for(snap, words)
    if not concepts:
        return not_covered(pq.text, Intent.when, "When did what happen? Ask about an event, e.g. “When was the NRC created?”")
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        if s.cover < MIN_COVERAGE:
            continue
        published = snap.meta(s.source_id).published
        mentions = find_dates(s.text, published)
        chosen = best_date(mentions) or (mentions[0] if mentions else None)
        if chosen is None:
            continue
        iso = (chosen.iso_end if wants_end and chosen.iso_end else chosen.iso)
        specificity = len(iso or "") / 10
        score = s.cover * 2 + specificity + min(s.passage_score, 20) / 40
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, chosen.text, score, date=iso))
    if not items:
        return not_covered(pq.text, Intent.when, "The sources don't give a date for that.")
    items.sort(key=lambda it: -it.score)
    items = merge_same(items, key=lambda it: f"{it.date}|{norm(it.quote)}")
    # Dates from sentences that cover the question clearly worse than the best one
    # are other events that merely share a word with it.
    best = items[0].score
    items = [it for it in items if it.score >= best * 0.75]
    return Answer(question=pq.text, intent=Intent.when, answers=tuple(items[:5]))

