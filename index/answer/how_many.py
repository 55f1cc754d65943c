"""How-many questions: the number in a covering sentence that counts what was asked."""

from __future__ import annotations

import re

from index.answer.common import Sentence
from index.answer.passages import answer_passages
from index.answer.relevance import Concept
from index.models import Answer, Intent, ParsedQuestion
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions?|billions?)\b(?:\s+(?:[a-z-]+))?",
    re.IGNORECASE,
)

_NOT_COUNTED = frozenset({"many", "much", "number"})


def answer_how_many(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    def pick(s: Sentence, concepts: list[Concept]) -> tuple[str, float] | None:
        return _best_number(s.text, concepts)

    return answer_passages(snap, pq, Intent.how_many, pick, drop=_NOT_COUNTED)


def _best_number(sentence: str, concepts: list[Concept]) -> tuple[str, float] | None:
    """The number nearest to a question word ("28-nation" for "how many nations")."""
    wanted = {t for c in concepts for t in c.all_terms()}
    best: tuple[str, float] | None = None
    for m in _NUMBER.finditer(sentence):
        phrase = m.group(0).strip()
        if re.fullmatch(r"\d{4}", phrase.split()[0]) and 1900 <= int(phrase.split()[0]) <= 2100:
            continue  # a year, not a count
        window = sentence[max(0, m.start() - 40): m.end() + 40]
        near = set(analyse(phrase)) & wanted
        around = set(analyse(window)) & wanted
        score = 1.0 * bool(near) + 0.3 * bool(around)
        if best is None or score > best[1]:
            best = (phrase if near else m.group(0).split()[0], score)
    return best

