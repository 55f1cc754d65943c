"""The wave-6 articles: 30 fresh ones (6 per category) for the next round's held-out sets.

Written at the end of wave 5, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_g.jsonl`` (split ``held7``), quotations ``quote_gold_holdout8.jsonl`` and
claims ``check_gold6.jsonl`` (split ``judge6``), annotated by reading before any engine ran on them
and not run by anyone in wave 5.

The rule is :func:`benchmarks.fresh3.choose` at offset 5/8 of the first stride, excluding every
earlier quotation gold (holdout7 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh5_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh3 import choose
from benchmarks.holdouts import listing
from benchmarks.quote_eval import BBC

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fresh6_articles.txt"
EARLIER = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl",
           "quote_gold_holdout3.jsonl", "quote_gold_holdout4.jsonl", "quote_gold_holdout5.jsonl",
           "quote_gold_holdout6.jsonl", "quote_gold_holdout7.jsonl")
LISTS = ("qa_articles.txt", "fresh3_articles.txt", "fresh4_articles.txt", "fresh5_articles.txt",
         "tested_articles.txt")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the wave-6 articles."""
    return choose(corpus, EARLIER, LISTS, eighths=5)


def articles() -> list[str]:
    """The frozen list (what the evaluators index as the ``bbc6`` collection)."""
    return listing(ARTICLES)


if __name__ == "__main__":
    print("\n".join(select()))
