"""The wave-5 articles: one fresh collection for this round's held-out sets of issues 9, 10 and 11.

Why
---
Wave 4's held-out sets over :mod:`benchmarks.fresh4` were judged twice (before and
after) and reported; they are tuning data now, like every set before them. A new
round can only be judged honestly on articles nobody tuning has read. These 30
articles (6 per category) are annotated by reading, before any engine runs on them,
three times over: questions (``answer_gold_f.jsonl``, split ``held6``), quotations
and speakers (``quote_gold_holdout7.jsonl``) and claims to check
(``check_gold5.jsonl``, split ``judge5``).

How they were chosen (deterministic, looks only at the raw files)
----------------------------------------------------------------
For each category, the corpus files ``bbc_<category>_NNN.txt`` sorted by name;
drop any article of an earlier quotation gold file, of ``qa_articles.txt``,
``fresh3_articles.txt``, ``fresh4_articles.txt`` or ``tested_articles.txt`` (the
BBC articles that tests and benchmarks name, which may have shaped rules), and any whose stripped text is identical to one of
theirs; keep those with at least 10 double-quote characters; with
k = len(kept) // 6 take ``kept[1 * k // 8 :: k][:6]``.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh3 import choose
from benchmarks.quote_eval import BBC

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fresh5_articles.txt"
EARLIER = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl",
           "quote_gold_holdout3.jsonl", "quote_gold_holdout4.jsonl", "quote_gold_holdout5.jsonl",
           "quote_gold_holdout6.jsonl")
LISTS = ("qa_articles.txt", "fresh3_articles.txt", "fresh4_articles.txt", "tested_articles.txt")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the wave-5 articles."""
    return choose(corpus, EARLIER, LISTS, eighths=1)


def articles() -> list[str]:
    """The frozen list (what the evaluators index as the ``bbc5`` collection)."""
    return [line.strip() for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    print("\n".join(select()))
