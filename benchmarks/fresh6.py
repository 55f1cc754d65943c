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

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=6, eighths=5)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
