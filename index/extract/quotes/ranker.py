"""A second reader of who speaks: every person the neighbourhood names, ranked, independent of the rules' choice.

Why: the rules read one cue and commit to it, and the speaker model (:mod:`.model`) only weighs how sure that one
reading is. On news nobody has read, the wrong names are confident readings of a cue or a run (wave 11: no
threshold reaches them without withholding many more right names). A second reader that looks at the same
neighbourhood another way — every person the quotation's paragraph and the two before it name, each scored by
where and how they are named — gives a name only a check: when its first choice is not the rules' name, one of
the two readers is wrong, and the quotation keeps its words with no speaker.

Each feature is a small function of one :class:`Candidate` (:data:`FEATURES`); the weights are data
(``index/extract/data/ranker_model.json``, fitted by ``python -m benchmarks.train_ranker``) and applying them is
one dot product per candidate.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from index.extract.quotes.evidence import _SPEAKS, _WORDS, Page
from index.extract.quotes.model import Logistic
from index.extract.quotes.patterns import VERB

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "ranker_model.json"
BACK = 2  # paragraphs before the quotation's own whose names are candidates
# a verb of speech after a mention's first word: the verb always follows a space or a comma, so _SPEAKS's leading \b
# holds wherever the verb can start
_SPEECH_AFTER = re.compile(rf"[\s,]*(?:(?:has|had|have|was|is|will|would|also|then|later|\w+ly)\s+){{0,2}}"
                           rf"{_SPEAKS.pattern}")
_SPEECH_BEFORE = re.compile(rf"\b(?:{VERB})[\s,]*(?:(?:the|a|an|[a-z]+|[A-Z][\w'’\-]*)\s+){{0,4}}$")

@dataclass(frozen=True)
class Candidate:
    """One person named near a quotation, as the second reader sees them."""

    key: str
    open_at: int  # the quotation's marks
    close_at: int
    mentions: tuple[int, ...]  # where the window names them (outside quotations), in order
    others: tuple[tuple[int, str], ...]  # (offset, key) of every person the window names
    page: Page
    words: str  # the quotation's words

    def nearest_before(self) -> int | None:
        i = bisect.bisect_left(self.mentions, self.open_at)
        return self.mentions[i - 1] if i else None

    def nearest_after(self) -> int | None:
        """The first mention after the quotation, in its sentence's paragraph."""
        j = bisect.bisect_right(self.mentions, self.close_at)
        if j < len(self.mentions) and self.page.para(self.mentions[j]) == self.page.para(self.open_at):
            return self.mentions[j]
        return None


def _log_words(page: Page, lo: int, hi: int) -> float:
    return min(math.log1p(len(_WORDS.findall(page.masked, lo, hi))) / math.log(200), 1.0)


# ---------------------------------------------------------------------------- the features, one function each


def words_before(c: Candidate) -> float:
    """Words from their last mention before the quotation to the marks (log scale; 1: not named before)."""
    at = c.nearest_before()
    return 1.0 if at is None else _log_words(c.page, at, c.open_at)


def words_after(c: Candidate) -> float:
    """Words from the closing mark to their first mention after it in the paragraph (1: not named after)."""
    at = c.nearest_after()
    return 1.0 if at is None else _log_words(c.page, c.close_at, at)


def same_sentence(c: Candidate) -> float:
    """They are named in the quotation's own sentence, outside the marks."""
    s = c.page.sentence(c.open_at), c.page.sentence(c.close_at)
    return float(any(c.page.sentence(m) in s for m in c.mentions))


def in_paragraph(c: Candidate) -> float:
    """They are named in the quotation's own paragraph."""
    p = c.page.para(c.open_at)
    return float(any(c.page.para(m) == p for m in c.mentions))


def speech_subject(c: Candidate) -> float:
    """A mention of theirs stands right before a verb of speech ('Smith said', 'Smith, 45, told …')."""
    text = c.page.masked
    for m in c.mentions:
        end = m + len(text[m:].split(None, 1)[0]) if text[m:].strip() else m
        if _SPEECH_AFTER.match(text, end, min(end + 60, len(text))):
            return 1.0
    return 0.0


def speech_object(c: Candidate) -> float:
    """A mention of theirs follows a verb of speech closely ('said Smith', 'said the club's chief, Smith')."""
    text = c.page.masked
    return float(any(_SPEECH_BEFORE.search(text, max(m - 60, 0), m) for m in c.mentions))


_CUE = re.compile(rf"{_SPEAKS.pattern}|:")


def cue_beside(c: Candidate) -> float:
    """They are named within a few words of the marks with a verb of speech (or a colon) between or beside:
    '"…," Smith said', 'said Smith', 'Smith said: "…"' — the cue a reader takes first."""
    text = c.page.masked
    after = c.nearest_after()
    if after is not None and len(_WORDS.findall(text, c.close_at, after)) <= 4:
        word_end = after + len(text[after:].split(None, 1)[0])
        if _CUE.search(text, c.close_at, min(word_end + 40, len(text))):
            return 1.0
    before = c.nearest_before()
    if before is not None and len(_WORDS.findall(text, before, c.open_at)) <= 8 \
            and c.page.sentence(before) == c.page.sentence(c.open_at) and _CUE.search(text, before, c.open_at):
        return 1.0
    return 0.0


def rivals_between(c: Candidate) -> float:
    """How many other persons are named between their nearest mention before and the marks (capped at 3)."""
    at = c.nearest_before()
    lo = c.open_at if at is None else at
    return min(len({k for o, k in c.others if lo < o < c.open_at and k != c.key}), 3) / 3


def last_named(c: Candidate) -> float:
    """They are the last person named before the quotation."""
    before = [k for o, k in c.others if o < c.open_at]
    return float(bool(before) and before[-1] == c.key)


def first_in_paragraph(c: Candidate) -> float:
    """They are the first person the quotation's paragraph names (the paragraph is about them)."""
    p = c.page.para(c.open_at)
    lo = c.page.para_starts[p]
    here = [k for o, k in c.others if o >= lo]
    return float(bool(here) and here[0] == c.key)


def named_inside(c: Candidate) -> float:
    """The quotation's own words name them (people seldom name themselves)."""
    return float(c.key in c.page.persons_in(c.words)) if len(c.words) < 2000 else 0.0


def often_named(c: Candidate) -> float:
    """How often the whole document names them (log scale): a protagonist or a passing name."""
    n = len(c.page._offsets_by_key.get(c.key, ()))
    return min(math.log1p(n) / math.log(20), 1.0)


def mentions_in_window(c: Candidate) -> float:
    """How often the neighbourhood names them (capped at 4)."""
    return min(len(c.mentions), 4) / 4


def only_one(c: Candidate) -> float:
    """They are the only person the neighbourhood names."""
    return float(len({k for _, k in c.others}) == 1)


Feature = Callable[[Candidate], float]
FEATURES: tuple[Feature, ...] = (
    words_before, words_after, same_sentence, in_paragraph, cue_beside, speech_subject, speech_object, rivals_between,
    last_named, first_in_paragraph, named_inside, often_named, mentions_in_window, only_one,
)


def features(c: Candidate) -> dict[str, float]:
    """Every feature of one candidate, by name (zeros left out)."""
    out: dict[str, float] = {}
    for f in FEATURES:
        v = f(c)
        if v:
            out[f.__name__] = v
    return out


def candidates(page: Page, open_at: int, close_at: int, words: str) -> list[Candidate]:
    """Every person named outside quotation marks in the quotation's paragraph and the :data:`BACK` before it."""
    p = page.para(open_at)
    lo = page.para_starts[max(p - BACK, 0)] if page.para_starts else 0
    hi = page.para_starts[p + 1] if p + 1 < len(page.para_starts) else len(page.masked)
    others = tuple(page.mentions_between(lo, hi))
    by_key: dict[str, list[int]] = {}
    for at, key in others:
        by_key.setdefault(key, []).append(at)
    return [Candidate(key, open_at, close_at, tuple(ms), others, page, words) for key, ms in by_key.items()]


# The check: an inferred speaker (a run, a pronoun, the narration) the speaker model gives less than BELOW loses its
# name when the ranker scores another candidate more than MARGIN above them. Chosen on data neither model was
# fitted on (``python -m benchmarks.train_ranker``: PolNeAR's halves, each scored by a ranker fitted on the other,
# and holdout9..holdout12 forward-chained): there it withheld 15 right names and 19 wrong ones; a cue beside the
# marks, a surer model, or any disagreement at all cost many more right names than wrong (no margin, any confidence:
# 149 right for 3 wrong on the BBC sets).
BELOW = 0.9
MARGIN = 0.3
CAP = 0.5  # the confidence a disagreement leaves (a doubt's: below every threshold)


def disagrees(page: Page, open_at: int, close_at: int, words: str, key: str) -> bool:
    """Whether the second reader puts someone else more than :data:`MARGIN` above the rules' speaker ``key`` (only when
    the rules' speaker is one of its candidates: it has no opinion on someone the neighbourhood does not name)."""
    model = ranker()
    scores = {c.key: model.probability(features(c)) for c in candidates(page, open_at, close_at, words)}
    mine = scores.get(key)
    return mine is not None and max(scores.values()) - mine > MARGIN


# one logistic score per candidate, so the candidates of one quotation compare on one scale
Ranker = Logistic


@cache
def ranker() -> Ranker:
    """The fitted ranker, read once."""
    return Logistic.read(WEIGHTS)
