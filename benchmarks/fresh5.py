"""The wave-5 articles: 30 fresh ones (6 per category) for this round's held-out sets.

Wave 4's sets over :mod:`benchmarks.fresh4` are tuning data now (judged before and after,
reported). These articles were annotated by reading before any engine ran on them: questions
``answer_gold_f.jsonl`` (split ``held6``), quotations ``quote_gold_holdout7.jsonl`` and claims
``check_gold5.jsonl`` (split ``judge5``).

The rule is :func:`benchmarks.fresh3.choose` at offset 1/8 of the first stride, excluding every
earlier quotation gold, ``qa_articles.txt``, ``fresh3_articles.txt``, ``fresh4_articles.txt`` and
``tested_articles.txt`` (the BBC articles that tests and benchmarks name: they may have shaped rules).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=5, eighths=1)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
