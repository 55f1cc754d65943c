"""The wave-9 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 8, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_j.jsonl`` (split ``held10``), quotations ``quote_gold_holdout11.jsonl`` and
claims ``check_gold9.jsonl`` (split ``judge9``), annotated by reading before any engine runs on them
and run by nobody in wave 8: 329 quotations (275 speech), 100 questions (14 expecting none) and
100 inputs holding 109 claims.

The rule is :func:`benchmarks.fresh3.choose` at offset 4/8 of the first stride with 8 per category,
excluding every earlier quotation gold (holdout10 included), ``qa_articles.txt``, ``fresh3_articles.txt``
to ``fresh8_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=9, eighths=4, per_category=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
