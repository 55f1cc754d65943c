"""The one table from intent to answerer: adding an intent is a module plus one line here.

Every answerer takes the snapshot and a ``ParsedQuestion`` (built by the parser
for free text, or directly by ``Engine.quote``/``Engine.when``) and returns an
``Answer``; none of them parses English.
"""

from __future__ import annotations

from collections.abc import Callable

from index.answer.author import answer_author
from index.answer.how_many import answer_how_many
from index.answer.quote import answer_quote
from index.answer.search import answer_search
from index.answer.when import answer_when
from index.answer.where import answer_where
from index.answer.who import answer_who_or_search
from index.answer.why import answer_why
from index.models import Answer, Intent, ParsedQuestion
from index.store.snapshot import Snapshot

Answerer = Callable[[Snapshot, ParsedQuestion], Answer]

ANSWERERS: dict[Intent, Answerer] = {
    Intent.quote: answer_quote,
    Intent.when: answer_when,
    Intent.who: answer_who_or_search,
    Intent.where: answer_where,
    Intent.how_many: answer_how_many,
    Intent.why: answer_why,
    Intent.author: answer_author,
    Intent.search: answer_search,
}


def answer(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    """The answer to ``pq`` from the answerer registered for its intent (search when none is)."""
    return ANSWERERS.get(pq.intent, answer_search)(snap, pq)
