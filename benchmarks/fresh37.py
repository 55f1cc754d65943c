"""The wave-37 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 37, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zl.jsonl`` (split ``held38``), quotations ``quote_gold_holdout39.jsonl`` and claims
``check_gold37.jsonl`` (split ``judge37``, ids ``zq-``), annotated by reading before any engine runs on them
and run by nobody in wave 37.

The rule is :func:`benchmarks.fresh3.choose` at offset 1/8 of the first stride (the offsets go round in
wave 3's order: after wave 36's 7 comes 1, as wave 21 followed wave 20) with 8 per category at wave 31's bar of
2 marks (one quotation), excluding every earlier quotation gold (holdout38 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh36_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``). Tech holds no unread article with one quotation (wave 35 took its last five): it
gives none, and the shortfall of eight is taken round-robin from the other four categories
(``fresh3.topped_up``).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=37, eighths=1, per_category=8, min_marks=2)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
