"""The wave-11 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 10, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_l.jsonl`` (split ``held12``), quotations ``quote_gold_holdout13.jsonl`` and
claims ``check_gold11.jsonl`` (split ``judge11``), annotated by reading before any engine runs on them
and run by nobody in wave 10.

The rule is :func:`benchmarks.fresh3.choose` at offset 3/8 of the first stride (the offsets go round again in
wave 3's order; the pool excludes every earlier round, so the same offset picks new articles) with 8 per category,
excluding every earlier quotation gold (holdout12 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh10_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=11, eighths=3, per_category=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
