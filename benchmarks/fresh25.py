"""The wave-25 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 25, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_z.jsonl`` (split ``held26``), quotations ``quote_gold_holdout27.jsonl`` and claims
``check_gold25.jsonl`` (split ``judge25``, ids ``ze-``), annotated by reading before any engine runs on them
and run by nobody in wave 25.

The rule is :func:`benchmarks.fresh3.choose` at offset 4/8 of the first stride (the offsets go round in
wave 3's order: after wave 24's 6 comes 4, as wave 17 followed wave 16) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations), excluding every earlier quotation gold (holdout26 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh24_articles.txt`` and ``tested_articles.txt``.

No unread entertainment article holds three quotations any more and tech has just its 8 left: the rule's round-robin
top-up (wave 12) takes the shortfall from business, politics and sport (11, 11 and 10).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=25, eighths=4, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
