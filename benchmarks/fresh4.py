"""The wave-4 articles: one fresh collection for this round's held-out sets of issues 9, 10 and 11.

Why
---
Wave 3's held-out sets over :mod:`benchmarks.fresh3` were judged twice (before and
after) and reported; they are tuning data now, like every set before them. A new
round can only be judged honestly on articles nobody tuning has read. These 30
articles (6 per category) are annotated by reading, before any engine runs on them,
three times over: questions (``answer_gold_e.jsonl``, split ``held5``), quotations
and speakers (``quote_gold_holdout6.jsonl``) and claims to check
(``check_gold4.jsonl``, split ``judge4``).

How they were chosen (deterministic, looks only at the raw files)
----------------------------------------------------------------
For each category, the corpus files ``bbc_<category>_NNN.txt`` sorted by name;
drop any article of an earlier quotation gold file, of ``qa_articles.txt`` or of
``fresh3_articles.txt``, and any whose stripped text is identical to one of
theirs; keep those with at least 10 double-quote characters; with
k = len(kept) // 6 take ``kept[7 * k // 8 :: k][:6]``.
"""

from __future__ import annotations

from benchmarks.fresh3 import HERE, FreshRound

ROUND = FreshRound(wave=4, eighths=7)
ARTICLES, EARLIER, LISTS = ROUND.frozen, ROUND.earlier, ROUND.lists
select, articles = ROUND.select, ROUND.articles
__all__ = ["ARTICLES", "EARLIER", "HERE", "LISTS", "ROUND", "articles", "select"]

if __name__ == "__main__":
    print("\n".join(select()))
