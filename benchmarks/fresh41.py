"""The wave-41 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 41, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zp.jsonl`` (split ``held42``), quotations ``quote_gold_holdout43.jsonl`` and claims
``check_gold41.jsonl`` (split ``judge41``, ids ``zu-``), annotated by reading before any engine runs on them
and run by nobody in wave 41.

The rule is :func:`benchmarks.fresh3.choose` at offset 4/8 of the first stride (the offsets go round in
wave 3's order: after wave 40's 6 comes 4, as wave 25 followed wave 24) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout42 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh40_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech and entertainment hold no unread article with one quotation (waves 35 and 37 took
their last), and politics holds only two more (wave 40 took thirteen): the round is 36 articles, the shortfall
taken round-robin from the categories that still have some (``fresh3.topped_up``): 16 business, 2 politics,
18 sport.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=41, eighths=4, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
