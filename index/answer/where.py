"""Where questions: the place a covering sentence names after "in"/"at" (then "to"/"from"/"near")."""

from __future__ import annotations

import re

from index.answer.common import Sentence
from index.answer.passages import answer_passages
from index.answer.relevance import Concept
from index.models import Answer, Intent, ParsedQuestion
from index.store.snapshot import Snapshot

_PLACE = re.compile(r"\b(?:in|at|to|from|near)\s+((?:[A-Z][\w’'-]+)(?:(?:,\s*|\s+(?:of\s+)?)[A-Z][\w’'-]+)*)")


def answer_where(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    def pick(s: Sentence, _concepts: list[Concept]) -> tuple[str, float] | None:
        place = _best_place(s.text, snap, asked=pq.text)
        return None if place is None else (place, 0.5)

    return answer_passages(snap, pq, Intent.where, pick)


_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday the a an".split()
)


def _best_place(sentence: str, snap: Snapshot | None = None, asked: str = "") -> str | None:
    """The place a sentence names after "in"/"at" (then "to"/"from"/"near"), never a person or a month,
    nor a place the question itself names ("Where in Glasgow…" is not answered by "Glasgow")."""
    asked_words = {w.lower() for w in re.findall(r"\w+", asked)}
    best: tuple[int, str] | None = None
    for m in _PLACE.finditer(sentence):
        words = m.group(1).replace(",", " ").split()
        kept: list[str] = []
        for w in words:
            if w.isupper() and len(w) > 1 or w.lower() in _NOT_PLACES:
                break
            kept.append(w)
        if not kept:
            continue
        place = " ".join(kept)
        if all(w.lower() in asked_words for w in re.findall(r"\w+", place)):
            continue
        if snap is not None and (person := snap.registry.resolve(place)) and person.kind == "person":
            continue
        rank = 0 if m.group(0).split()[0].lower() in ("in", "at") else 1
        if best is None or rank < best[0]:
            best = (rank, place)
    return best[1] if best else None

