"""The wave-8 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 7, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_i.jsonl`` (split ``held9``), quotations ``quote_gold_holdout10.jsonl`` and
claims ``check_gold8.jsonl`` (split ``judge8``), annotated by reading before any engine runs on them
and run by nobody in wave 7.

The rule is :func:`benchmarks.fresh3.choose` at offset 6/8 of the first stride with 8 per category,
excluding every earlier quotation gold (holdout9 included), ``qa_articles.txt``, ``fresh3_articles.txt``
to ``fresh7_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh3 import choose
from benchmarks.holdouts import listing
from benchmarks.quote_eval import BBC

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fresh8_articles.txt"
EARLIER = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl",
           "quote_gold_holdout3.jsonl", "quote_gold_holdout4.jsonl", "quote_gold_holdout5.jsonl",
           "quote_gold_holdout6.jsonl", "quote_gold_holdout7.jsonl", "quote_gold_holdout8.jsonl",
           "quote_gold_holdout9.jsonl")
LISTS = ("qa_articles.txt", "fresh3_articles.txt", "fresh4_articles.txt", "fresh5_articles.txt",
         "fresh6_articles.txt", "fresh7_articles.txt", "tested_articles.txt")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the wave-8 articles."""
    return choose(corpus, EARLIER, LISTS, eighths=6, per_category=8)


def articles() -> list[str]:
    """The frozen list (what the evaluators index as the ``bbc8`` collection)."""
    return listing(ARTICLES)


if __name__ == "__main__":
    print("\n".join(select()))
