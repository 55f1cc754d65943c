"""The wave-35 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 35, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zj.jsonl`` (split ``held36``), quotations ``quote_gold_holdout37.jsonl`` and claims
``check_gold35.jsonl`` (split ``judge35``, ids ``zo-``), annotated by reading before any engine runs on them
and run by nobody in wave 35.

The rule is :func:`benchmarks.fresh3.choose` at offset 3/8 of the first stride (the offsets go round in
wave 3's order: after wave 34's 0 comes 3, as wave 19 followed wave 18) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout36 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh34_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech holds only five unread articles with one quotation now: it gives all five, and
the shortfall of three is taken round-robin from business, entertainment and politics (``fresh3.topped_up``), so
the round is 9 business, 9 entertainment, 9 politics, 8 sport and 5 tech.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=35, eighths=3, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
