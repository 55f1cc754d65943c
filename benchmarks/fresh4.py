"""The wave-4 articles: one fresh collection for this round's held-out sets of issues 9, 10 and 11.

Why
---
Wave 3's held-out sets over :mod:`benchmarks.fresh3` were judged twice (before and
after) and reported; they are tuning data now, like every set before them. A new
round can only be judged honestly on articles nobody tuning has read. These 30
articles (6 per category) are annotated by reading, before any engine runs on them,
three times over: questions (``answer_gold_e.jsonl``, split ``held5``), quotations
and speakers (``quote_gold_holdout6.jsonl``) and claims to check
(``check_gold4.jsonl``, split ``judge4``).

How they were chosen (deterministic, looks only at the raw files)
----------------------------------------------------------------
For each category, the corpus files ``bbc_<category>_NNN.txt`` sorted by name;
drop any article of an earlier quotation gold file, of ``qa_articles.txt`` or of
``fresh3_articles.txt``, and any whose stripped text is identical to one of
theirs; keep those with at least 10 double-quote characters; with
k = len(kept) // 6 take ``kept[7 * k // 8 :: k][:6]``.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh3 import choose
from benchmarks.holdouts import listing
from benchmarks.quote_eval import BBC

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fresh4_articles.txt"
EARLIER = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl",
           "quote_gold_holdout3.jsonl", "quote_gold_holdout4.jsonl", "quote_gold_holdout5.jsonl")
LISTS = ("qa_articles.txt", "fresh3_articles.txt")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the wave-4 articles."""
    return choose(corpus, EARLIER, LISTS, eighths=7)


def articles() -> list[str]:
    """The frozen list (what the evaluators index as the ``bbc4`` collection)."""
    return listing(ARTICLES)


if __name__ == "__main__":
    print("\n".join(select()))
