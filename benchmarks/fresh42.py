"""The wave-42 articles: 35 fresh ones (business and sport, the only categories with any left) for the next round's held-out sets.

Written during wave 42, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zq.jsonl`` (split ``held43``), quotations ``quote_gold_holdout44.jsonl`` and claims
``check_gold42.jsonl`` (split ``judge42``, ids ``zv-``), annotated by reading before any engine runs on them
and run by nobody in wave 42.

The rule is :func:`benchmarks.fresh3.choose` at offset 0/8 of the first stride (the offsets go round in
wave 3's order: after wave 41's 4 comes 0, as wave 26 followed wave 25) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout43 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh41_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech and entertainment hold no unread article with one quotation (waves 35 and 37 took
their last) and politics none either (wave 41 took its last two): the shortfall is taken round-robin from the
categories that still have some (``fresh3.topped_up``): the round is 35 articles, 17 business and 18 sport.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=42, eighths=0, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
