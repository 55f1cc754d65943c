"""The wave-33 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 33, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zh.jsonl`` (split ``held34``), quotations ``quote_gold_holdout35.jsonl`` and claims
``check_gold33.jsonl`` (split ``judge33``, ids ``zm-``), annotated by reading before any engine runs on them
and run by nobody in wave 33.

The rule is :func:`benchmarks.fresh3.choose` at offset 4/8 of the first stride (the offsets go round in
wave 3's order: after wave 32's 6 comes 4, as wave 17 followed wave 16) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout34 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh32_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=33, eighths=4, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
