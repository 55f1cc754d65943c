"""The wave-40 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 40, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zo.jsonl`` (split ``held41``), quotations ``quote_gold_holdout42.jsonl`` and claims
``check_gold40.jsonl`` (split ``judge40``, ids ``zt-``), annotated by reading before any engine runs on them
and run by nobody in wave 40.

The rule is :func:`benchmarks.fresh3.choose` at offset 6/8 of the first stride (the offsets go round in
wave 3's order: after wave 39's 2 comes 6, as wave 24 followed wave 23) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout41 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh39_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech holds no unread article with one quotation (wave 35 took its last five), and
neither does entertainment (wave 37 took its last ten): both give none, and the shortfall of sixteen is
taken round-robin from the other three categories (``fresh3.topped_up``): 14 business, 13 politics, 13 sport.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=40, eighths=6, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
