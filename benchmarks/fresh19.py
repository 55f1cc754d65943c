"""The wave-19 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 18, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_t.jsonl`` (split ``held20``), quotations ``quote_gold_holdout21.jsonl`` and
claims ``check_gold19.jsonl`` (split ``judge19``), annotated by reading before any engine runs on them
and run by nobody in wave 18.

The rule is :func:`benchmarks.fresh3.choose` at offset 3/8 of the first stride (the offsets go round again in
wave 3's order: after wave 18's 0 comes 3, as wave 11 followed wave 10) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations), excluding every earlier quotation gold (holdout20 included),
``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh18_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=19, eighths=3, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
