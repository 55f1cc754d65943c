"""The wave-44 articles: fresh ones with no quotation at all, for the next round's questions and claims.

Written during wave 44, so that the next round starts with sets nobody tuning has read: questions
``answer_gold_zs.jsonl`` (split ``held45``) and claims ``check_gold44.jsonl`` (split ``judge44``, ids ``zx-``),
annotated by reading before any engine runs on them and run by nobody in wave 44.

Wave 43 took the corpus's last unread articles with a quotation: at any bar that still holds one (2 marks) the
rule draws nothing. What remains unread (about 300 articles, every category) holds no quotation, so there is no
next quotation set; but people ask such articles how many, when, who wrote, why and what someone said, and paste
claims of what someone "said" that the article reports without quoting. The round therefore lowers the bar to 0
marks and is judged on questions and claims only. The rule is :func:`benchmarks.fresh3.choose` at offset 7/8 of
the first stride (the offsets go round in wave 3's order: after wave 43's 3 comes 7, as wave 28 followed wave 27)
with 8 per category, excluding every earlier quotation gold (holdout45 included), ``qa_articles.txt``,
``fresh3_articles.txt`` to ``fresh43_articles.txt``, ``tested_articles.txt`` and wave 26's tuning articles
(``tune26_articles.txt``).
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=44, eighths=7, per_category=8, min_marks=0)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
