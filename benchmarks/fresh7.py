"""The wave-7 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 6, so that the next round starts with sets nobody tuning has read:
questions ``answer_gold_h.jsonl`` (split ``held8``), quotations ``quote_gold_holdout9.jsonl`` and
claims ``check_gold7.jsonl`` (split ``judge7``), annotated by reading before any engine ran on them
and not run by anyone in wave 6. Forty articles rather than thirty, because issue 10 asks for a
quotation gold over at least 40 articles nobody used before.

The rule is :func:`benchmarks.fresh3.choose` at offset 2/8 of the first stride with 8 per category,
excluding every earlier quotation gold (holdout8 included), ``qa_articles.txt``, ``fresh3_articles.txt``
to ``fresh6_articles.txt`` and ``tested_articles.txt``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=7, eighths=2, per_category=8)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
