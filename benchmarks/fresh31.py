"""The wave-31 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 31, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zf.jsonl`` (split ``held32``), quotations ``quote_gold_holdout33.jsonl`` and claims
``check_gold31.jsonl`` (split ``judge31``, ids ``zk-``), annotated by reading before any engine runs on them
and run by nobody in wave 31.

The rule is :func:`benchmarks.fresh3.choose` at offset 2/8 of the first stride (the offsets go round in
wave 3's order: after wave 30's 5 comes 2, as wave 15 followed wave 14) with 8 per category, excluding every
earlier quotation gold (holdout32 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh30_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles (``tune26_articles.txt``).

By wave 31 tech holds a single unread article with wave 27's 4 marks (two quotations), and business,
politics and sport would have made up its shortfall; rather than judge on four kinds of news out of five, wave 31
lowers the bar to 2 marks (one quotation), at which every category gives its own 8 again.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=31, eighths=2, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
