"""The wave-17 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 16, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_r.jsonl`` (split ``held18``), quotations ``quote_gold_holdout19.jsonl`` and
claims ``check_gold17.jsonl`` (split ``judge17``), annotated by reading before any engine runs on them
and run by nobody in wave 16.

The rule is :func:`benchmarks.fresh3.choose` at offset 4/8 of the first stride (the offsets go round again in
wave 3's order) with 8 per category and a bar of 6 double-quote marks: by wave 17 entertainment has no article with 8
marks left, and a bar of 8 would take all 40 from the other four categories (a bar of 6, three quotations, lets
every category give its own 8 again, as the lower bar of wave 13 did), excluding every earlier quotation gold (holdout18 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh16_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=17, eighths=4, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
