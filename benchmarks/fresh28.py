"""The wave-28 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 28, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zc.jsonl`` (split ``held29``), quotations ``quote_gold_holdout30.jsonl`` and claims
``check_gold28.jsonl`` (split ``judge28``, ids ``zh-``), annotated by reading before any engine runs on them
and run by nobody in wave 28.

The rule is :func:`benchmarks.fresh3.choose` at offset 7/8 of the first stride (the offsets go round in
wave 3's order: after wave 27's 3 comes 7, as wave 12 followed wave 11) with 8 per category, excluding every
earlier quotation gold (holdout29 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh27_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles (``tune26_articles.txt``).

The bar stays at wave 27's 4 marks (two quotations): at it every category still gives its own 8.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=28, eighths=7, per_category=8, min_marks=4)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
