"""The wave-12 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 11, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_m.jsonl`` (split ``held13``), quotations ``quote_gold_holdout14.jsonl`` and
claims ``check_gold12.jsonl`` (split ``judge12``), annotated by reading before any engine runs on them
and run by nobody in wave 11.

The rule is :func:`benchmarks.fresh3.choose` at offset 7/8 of the first stride (the offsets go round again in
wave 3's order; the pool excludes every earlier round, so the same offset picks new articles) with 8 per category,
excluding every earlier quotation gold (holdout13 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh11_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=12, eighths=7, per_category=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
