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

from pathlib import Path

from benchmarks.holdouts import Eligible, listing
from benchmarks.quote_eval import BBC, CATEGORIES, category_of, load_gold

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fresh3_articles.txt"
EARLIER = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl",
           "quote_gold_holdout3.jsonl", "quote_gold_holdout4.jsonl")
PER_CATEGORY = 6


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the wave-3 articles."""
    return choose(corpus, EARLIER, ("qa_articles.txt",), eighths=3)


def choose(corpus: Path, earlier: tuple[str, ...], listings: tuple[str, ...], eighths: int,
           per_category: int = PER_CATEGORY) -> list[str]:
    """``per_category`` articles per category that no earlier gold file or article list holds, by the documented rule.

    With k = len(kept) // per_category, ``kept[eighths * k // 8 :: k][:per_category]``: each round starts at
    another offset into the first stride (wave 3: 3/8, wave 4: 7/8, wave 5: 1/8, wave 6: 5/8, wave 7: 2/8, wave 8: 6/8).
    """
    excluded = {g.path for name in earlier for g in load_gold(HERE / name) if category_of(g.path) != "seeds"}
    for name in listings:
        excluded |= set(listing(HERE / name))
    pool = Eligible(corpus, excluded)
    chosen: list[str] = []
    for cat in CATEGORIES:
        kept = pool.kept(cat)
        k = max(1, len(kept) // per_category)
        chosen += kept[eighths * k // 8 :: k][:per_category]
    return chosen


def articles() -> list[str]:
    """The frozen list (what the evaluators index as the ``bbc3`` collection)."""
    return listing(ARTICLES)


if __name__ == "__main__":
    print("\n".join(select()))
