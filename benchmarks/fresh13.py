"""The wave-13 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 12, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_n.jsonl`` (split ``held14``), quotations ``quote_gold_holdout15.jsonl`` and
claims ``check_gold13.jsonl`` (split ``judge13``), annotated by reading before any engine runs on them
and run by nobody in wave 12.

The rule is :func:`benchmarks.fresh3.choose` at offset 1/8 of the first stride (the offsets go round again in
wave 3's order; the pool excludes every earlier round, so the same offset picks new articles) with 8 per category and
a bar of 8 double-quote marks (business and entertainment have no article with 10 left),
excluding every earlier quotation gold (holdout14 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh12_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=13, eighths=1, per_category=8, min_marks=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
