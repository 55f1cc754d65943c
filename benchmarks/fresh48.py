"""The wave-48 articles: fresh ones with no quotation at all, for the next round's questions and claims.

Written during wave 48, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zw.jsonl`` (split ``held49``) and claims ``check_gold48.jsonl`` (split ``judge48``, ids ``zzb-``),
annotated by reading before any engine runs on them and run by nobody in wave 48.

As in waves 44 to 47, no unread article holds a quotation any more (holdout45 was the last quotation set), so the
round keeps the bar at 0 marks and is judged on questions and claims only. The rule is :func:`benchmarks.fresh3.choose`
at offset 6/8 of the first stride (the offsets go round in wave 3's order: after wave 47's 2 comes 6, as wave 32
followed wave 31) with 8 per category (politics has no unread article left: business, entertainment, sport and tech
give 10, as :func:`benchmarks.fresh3.topped_up` tops a round up), excluding every quotation gold (up to
holdout45), ``qa_articles.txt``, ``fresh3_articles.txt`` to ``fresh47_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=48, eighths=6, per_category=8, min_marks=0)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
