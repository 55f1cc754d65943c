"""The wave-16 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 15, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_q.jsonl`` (split ``held17``), quotations ``quote_gold_holdout18.jsonl`` and
claims ``check_gold16.jsonl`` (split ``judge16``), annotated by reading before any engine runs on them
and run by nobody in wave 15.

The rule is :func:`benchmarks.fresh3.choose` at offset 6/8 of the first stride (the offsets go round again in
wave 3's order) with 8 per category and a bar of 8 double-quote marks (as in wave 13: business and entertainment
have no article with 10 left), excluding every earlier quotation gold (holdout17 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh15_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=16, eighths=6, per_category=8, min_marks=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
