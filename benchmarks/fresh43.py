"""The wave-43 articles: fresh ones (business and sport, the only categories with any left) for the next round's held-out sets.

Written during wave 43, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zr.jsonl`` (split ``held44``), quotations ``quote_gold_holdout45.jsonl`` and claims
``check_gold43.jsonl`` (split ``judge43``, ids ``zw-``), annotated by reading before any engine runs on them
and run by nobody in wave 43.

The rule is :func:`benchmarks.fresh3.choose` at offset 3/8 of the first stride (the offsets go round in
wave 3's order: after wave 42's 0 comes 3, as wave 27 followed wave 26) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout44 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh42_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech, entertainment and politics hold no unread article with one quotation: the
shortfall is taken round-robin from the categories that still have some (``fresh3.topped_up``).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=43, eighths=3, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
