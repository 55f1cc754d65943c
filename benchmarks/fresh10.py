"""The wave-10 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 9, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_k.jsonl`` (split ``held11``), quotations ``quote_gold_holdout12.jsonl`` and
claims ``check_gold10.jsonl`` (split ``judge10``), annotated by reading before any engine runs on them
and run by nobody in wave 9.

The rule is :func:`benchmarks.fresh3.choose` at offset 0/8 of the first stride (the last offset no earlier
round used) with 8 per category, excluding every earlier quotation gold (holdout11 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh9_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=10, eighths=0, per_category=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
