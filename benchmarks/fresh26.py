"""The wave-26 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 26, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_za.jsonl`` (split ``held27``), quotations ``quote_gold_holdout28.jsonl`` and claims
``check_gold26.jsonl`` (split ``judge26``, ids ``zf-``), annotated by reading before any engine runs on them
and run by nobody in wave 26.

The rule is :func:`benchmarks.fresh3.choose` at offset 0/8 of the first stride (the offsets go round in
wave 3's order: after wave 25's 4 comes 0, as wave 18 followed wave 17) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations), excluding every earlier quotation gold (holdout27 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh25_articles.txt`` and ``tested_articles.txt``.

No unread entertainment or tech article holds three quotations any more (wave 25 took tech's last 8): the rule's
round-robin top-up (wave 12) takes the whole shortfall from business, politics and sport (11, 15 and 14).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=26, eighths=0, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
