"""The wave-34 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 34, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zi.jsonl`` (split ``held35``), quotations ``quote_gold_holdout36.jsonl`` and claims
``check_gold34.jsonl`` (split ``judge34``, ids ``zn-``), annotated by reading before any engine runs on them
and run by nobody in wave 34.

The rule is :func:`benchmarks.fresh3.choose` at offset 0/8 of the first stride (the offsets go round in
wave 3's order: after wave 33's 4 comes 0, as wave 18 followed wave 17) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout35 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh33_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=34, eighths=0, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
