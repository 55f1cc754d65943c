"""The wave-3 articles: one fresh collection for the held-out sets of issues 9, 10 and 11.

Why
---
Every earlier set has been judged, or tuned on, at least once, and the answer and
check sets were all written over the same 40 articles (``qa_articles.txt``), whose
wording the rules of round 2 may have come to fit. A new round can only be judged
honestly on articles nobody tuning has read. These 30 articles (6 per category) are
annotated by reading, before any engine runs on them, three times over:
questions (``answer_gold_d.jsonl``), quotations and speakers
(``quote_gold_holdout5.jsonl``) and claims to check (``check_gold3.jsonl``).

How they were chosen (deterministic, looks only at the raw files)
----------------------------------------------------------------
For each category, the corpus files ``bbc_<category>_NNN.txt`` sorted by name;
drop any article of an earlier quotation gold file (holdout4's interview pieces
included), of ``qa_articles.txt``, and any whose stripped text is identical to one
of theirs; keep those with at least 10 double-quote characters; with
k = len(kept) // 6 take ``kept[3 * k // 8 :: k][:6]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from benchmarks.holdouts import Eligible, listing
from benchmarks.quote_eval import BBC, CATEGORIES, HOLDOUT_MIN_MARKS, category_of, load_gold

HERE = Path(__file__).resolve().parent
PER_CATEGORY = 6


def choose(corpus: Path, earlier: tuple[str, ...], listings: tuple[str, ...], eighths: int,
           per_category: int = PER_CATEGORY, min_marks: int = HOLDOUT_MIN_MARKS) -> list[str]:
    """``per_category`` articles per category that no earlier gold file or article list holds, by the documented rule.

    With k = len(kept) // per_category, ``kept[eighths * k // 8 :: k][:per_category]``: each round starts at
    another offset into the first stride (wave 3: 3/8, wave 4: 7/8, wave 5: 1/8, wave 6: 5/8, wave 7: 2/8, wave 8: 6/8,
    wave 9: 4/8, wave 10: 0/8). From wave 11 the offsets go round again in the same order (wave 11: 3/8, wave 12:
    7/8, wave 13: 1/8, wave 14: 5/8, wave 15: 2/8, wave 16: 6/8, wave 17: 4/8): the pool no longer holds any earlier round's articles, so the same offset picks new ones.

    By wave 12 the quotation-rich business and entertainment articles are nearly used up. A category whose pool
    holds fewer than ``per_category`` gives all it has, and the shortfall is taken round-robin (in
    ``CATEGORIES`` order) from the categories with articles to spare, each from the middle of its stride
    (``kept[(eighths * k // 8 + k // 2) % k :: k]``), so a round still holds ``5 * per_category`` articles. No
    round before wave 12 fell short, so their choices are unchanged.

    By wave 13 business and entertainment hold no article with ``HOLDOUT_MIN_MARKS`` (10) double-quote marks at
    all, and a round of politics, sport and tech alone would judge the engine on three kinds of news out of five.
    A round may therefore set a lower bar (``min_marks``): wave 13 takes articles with at least 8 marks (four
    quotations), so every category gives its own 8 again. Earlier rounds keep the bar of 10. By wave 17
    entertainment holds no article with 8 marks, and wave 17 lowers the bar to 6 (three quotations) for the same
    reason. By wave 27 business, entertainment and tech hold no unread article with 6 marks; rather than judge on
    politics and sport alone, wave 27 lowers the bar to 4 (two quotations), and from wave 27 a round also avoids
    the tuning articles of ``tune26_articles.txt`` (two-quotation articles read since wave 26). By wave 31 tech holds
    one unread article with 4 marks, and wave 31 lowers the bar to 2 (one quotation). By wave 35 tech holds five
unread articles with even one quotation; there is no lower bar that still holds a quotation, so tech gives its
five and the shortfall rule above fills the round. By wave 36 tech holds none, and the rule takes its eight from
the other four categories, two each.
    """
    excluded = {g.path for name in earlier for g in load_gold(HERE / name) if category_of(g.path) != "seeds"}
    for name in listings:
        excluded |= set(listing(HERE / name))
    pool = Eligible(corpus, excluded)
    chosen: list[str] = []
    spare: dict[str, list[str]] = {}
    for cat in CATEGORIES:
        kept = pool.kept(cat, min_marks)
        k = max(1, len(kept) // per_category)
        taken = kept[eighths * k // 8 :: k][:per_category]
        chosen += taken
        spare[cat] = [a for a in kept[(eighths * k // 8 + k // 2) % k :: k] if a not in taken]
    return topped_up(chosen, spare, per_category)


def topped_up(chosen: list[str], spare: dict[str, list[str]], per_category: int) -> list[str]:
    """``chosen`` with the shortfall of ``per_category`` articles per category taken round-robin (in ``CATEGORIES``
    order) from each category's spare articles, as far as they go."""
    short = per_category * len(CATEGORIES) - len(chosen)
    while short > 0 and any(spare.values()):
        for cat in CATEGORIES:
            if short > 0 and spare[cat]:
                chosen.append(spare[cat].pop(0))
                short -= 1
    return chosen


# holdout45 (written in wave 43 over the corpus's last unread articles with a quotation) is the last quotation
# gold there can be: from wave 45 on, a round excludes every quotation set up to it and no later one exists
LAST_QUOTE_SET = 45


@dataclass(frozen=True)
class FreshRound:
    """One wave's fresh collection, by the rule of :func:`choose`: what it excludes follows from the wave alone.

    Wave w's articles avoid every quotation gold up to ``quote_gold_holdout{w+1}.jsonl`` (the one written over
    the wave before), ``qa_articles.txt`` and the fresh lists of waves 3 to w-1; from wave 5 on, the articles a
    test names (``tested_articles.txt``) too; from wave 27 on, wave 26's tuning articles (``tune26_articles.txt``).
    Each ``freshN`` module documents its own round and keeps the names
    the evaluators and tests use (``HERE``, ``ARTICLES``, ``EARLIER``, ``LISTS``, ``select``, ``articles``).
    """

    wave: int
    eighths: int
    per_category: int = PER_CATEGORY
    min_marks: int = HOLDOUT_MIN_MARKS

    @property
    def frozen(self) -> Path:
        return HERE / f"fresh{self.wave}_articles.txt"

    @property
    def earlier(self) -> tuple[str, ...]:
        last = min(self.wave + 1, LAST_QUOTE_SET)
        return ("quote_gold.jsonl", "quote_gold_holdout.jsonl",
                *(f"quote_gold_holdout{n}.jsonl" for n in range(2, last + 1)))

    @property
    def lists(self) -> tuple[str, ...]:
        tested = ("tested_articles.txt",) if self.wave >= 5 else ()
        tuning = ("tune26_articles.txt",) if self.wave >= 27 else ()
        return ("qa_articles.txt", *(f"fresh{n}_articles.txt" for n in range(3, self.wave)), *tested, *tuning)

    def select(self, corpus: Path = BBC) -> list[str]:
        """Reproduce the documented choice of this wave's articles."""
        return choose(corpus, self.earlier, self.lists, self.eighths, self.per_category, self.min_marks)

    def articles(self) -> list[str]:
        """The frozen list (what the evaluators index as this wave's ``bbcN`` collection)."""
        return listing(self.frozen)


ROUND = FreshRound(wave=3, eighths=3)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles


if __name__ == "__main__":
    print("\n".join(select()))
