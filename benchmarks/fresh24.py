"""The wave-24 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 24, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_y.jsonl`` (split ``held25``), quotations ``quote_gold_holdout26.jsonl`` and claims
``check_gold24.jsonl`` (split ``judge24``, ids ``zd-``), annotated by reading before any engine runs on them
and run by nobody in wave 24.

The rule is :func:`benchmarks.fresh3.choose` at offset 6/8 of the first stride (the offsets go round in
wave 3's order: after wave 23's 2 comes 6, as wave 16 followed wave 15) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations), excluding every earlier quotation gold (holdout25 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh23_articles.txt`` and ``tested_articles.txt``.

No unread entertainment article holds three quotations any more: the rule's round-robin top-up (wave 12) takes the
shortfall from the other four categories, 10 each.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=24, eighths=6, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
