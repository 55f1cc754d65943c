"""The wave-36 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 36, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zk.jsonl`` (split ``held37``), quotations ``quote_gold_holdout38.jsonl`` and claims
``check_gold36.jsonl`` (split ``judge36``, ids ``zp-``), annotated by reading before any engine runs on them
and run by nobody in wave 36.

The rule is :func:`benchmarks.fresh3.choose` at offset 7/8 of the first stride (the offsets go round in
wave 3's order: after wave 35's 3 comes 7, as wave 20 followed wave 19) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout37 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh35_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech holds no unread article with one quotation now (wave 35 took its last five): it
gives none, and the shortfall of eight is taken round-robin from business, entertainment, politics and sport
(``fresh3.topped_up``), so the round is 10 business, 10 entertainment, 10 politics and 10 sport.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=36, eighths=7, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
