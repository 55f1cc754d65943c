"""The wave-20 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 20 (wave 19 merged and wrote none), so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_u.jsonl`` (split ``held21``), quotations ``quote_gold_holdout22.jsonl`` and
claims ``check_gold20.jsonl`` (split ``judge20``), annotated by reading before any engine runs on them
and run by nobody in wave 20.

The rule is :func:`benchmarks.fresh3.choose` at offset 7/8 of the first stride (the offsets go round in
wave 3's order: after wave 19's 3 comes 7, as wave 12 followed wave 11) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations), excluding every earlier quotation gold (holdout21 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh19_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=20, eighths=7, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
