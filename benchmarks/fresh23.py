"""The wave-23 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 23, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_x.jsonl`` (split ``held24``), quotations ``quote_gold_holdout25.jsonl`` and claims
``check_gold23.jsonl`` (split ``judge23``, ids ``zc-``), annotated by reading before any engine runs on them
and run by nobody in wave 23.

The rule is :func:`benchmarks.fresh3.choose` at offset 2/8 of the first stride (the offsets go round in
wave 3's order: after wave 22's 5 comes 2, as wave 15 followed wave 14) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations), excluding every earlier quotation gold (holdout24 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh22_articles.txt`` and ``tested_articles.txt``.

No unread entertainment article holds three quotations any more: the rule's round-robin top-up (wave 12) takes the
shortfall from the other four categories, 10 each.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=23, eighths=2, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
