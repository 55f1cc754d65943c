"""The wave-18 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 17, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_s.jsonl`` (split ``held19``), quotations ``quote_gold_holdout20.jsonl`` and
claims ``check_gold18.jsonl`` (split ``judge18``), annotated by reading before any engine runs on them
and run by nobody in wave 17.

The rule is :func:`benchmarks.fresh3.choose` at offset 0/8 of the first stride (the offsets go round again in
wave 3's order: after wave 17's 4 comes 0, as wave 10 followed wave 9) with 8 per category and wave 17's bar of 6
double-quote marks (three quotations; entertainment has no article with 8 marks left), excluding every earlier
quotation gold (holdout19 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh17_articles.txt`` and
``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=18, eighths=0, per_category=8, min_marks=6)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
