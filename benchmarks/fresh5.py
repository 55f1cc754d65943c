"""The wave-5 articles: 30 fresh ones (6 per category) for this round's held-out sets.

Wave 4's sets over :mod:`benchmarks.fresh4` are tuning data now (judged before and after,
reported). These articles were annotated by reading before any engine ran on them: questions
``answer_gold_f.jsonl`` (split ``held6``), quotations ``quote_gold_holdout7.jsonl`` and claims
``check_gold5.jsonl`` (split ``judge5``).

The rule is :func:`benchmarks.fresh3.choose` at offset 1/8 of the first stride, excluding every
earlier quotation gold, ``qa_articles.txt``, ``fresh3_articles.txt``, ``fresh4_articles.txt`` and
``tested_articles.txt`` (the BBC articles that tests and benchmarks name: they may have shaped rules).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh3 import choose
from benchmarks.holdouts import listing
from benchmarks.quote_eval import BBC

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fresh5_articles.txt"
EARLIER = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl",
           "quote_gold_holdout3.jsonl", "quote_gold_holdout4.jsonl", "quote_gold_holdout5.jsonl",
           "quote_gold_holdout6.jsonl")
LISTS = ("qa_articles.txt", "fresh3_articles.txt", "fresh4_articles.txt", "tested_articles.txt")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the wave-5 articles."""
    return choose(corpus, EARLIER, LISTS, eighths=1)


def articles() -> list[str]:
    """The frozen list (what the evaluators index as the ``bbc5`` collection)."""
    return listing(ARTICLES)


if __name__ == "__main__":
    print("\n".join(select()))
