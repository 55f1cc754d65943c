"""The wave-27 articles: 40 fresh ones (8 per category) for the next round's held-out sets.

Written during wave 27, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zb.jsonl`` (split ``held28``), quotations ``quote_gold_holdout29.jsonl`` and claims
``check_gold27.jsonl`` (split ``judge27``, ids ``zg-``), annotated by reading before any engine runs on them
and run by nobody in wave 27.

The rule is :func:`benchmarks.fresh3.choose` at offset 3/8 of the first stride (the offsets go round in
wave 3's order: after wave 26's 0 comes 3, as wave 11 followed wave 10) with 8 per category, excluding every
earlier quotation gold (holdout28 included), ``qa_articles.txt``, ``fresh3_articles.txt`` to
``fresh26_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles (``tune26_articles.txt``).

No unread business, entertainment or tech article holds three quotations any more (6 double-quote marks): a round
of politics and sport alone would judge the engine on two kinds of news out of five. Wave 27 therefore lowers the
bar to 4 marks (two quotations), and every category gives its own 8 again.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=27, eighths=3, per_category=8, min_marks=4)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
