"""The wave-30 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 30, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_ze.jsonl`` (split ``held31``), quotations ``quote_gold_holdout32.jsonl`` and claims
``check_gold30.jsonl`` (split ``judge30``, ids ``zj-``), annotated by reading before any engine runs on them
and run by nobody in wave 30.

The rule is :func:`benchmarks.fresh3.choose` at offset 5/8 of the first stride (the offsets go round in
wave 3's order: after wave 29's 1 comes 5, as wave 14 followed wave 13) with 8 per category, excluding every
earlier quotation gold (holdout31 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh29_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles (``tune26_articles.txt``).

The bar stays at wave 27's 4 marks (two quotations): at it every category still gives its own 8.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=30, eighths=5, per_category=8, min_marks=4)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
