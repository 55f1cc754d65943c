"""The BBC articles behind the answer and quote-check gold sets (issues 9 and 11).

Why a fixed collection
----------------------
Questions such as "what did the Chancellor say?" are answered from what a
collection says, so a question set is only meaningful against one fixed
collection. These 40 articles (8 per category) are that collection: the answer
gold sets (``answer_gold_*.jsonl``) and the claim sets (``check_gold_*.jsonl``)
were written by reading them, and the evaluators build an index of exactly these
files (plus, for seed questions, the five seeds).

How they were chosen (deterministic, looks only at the raw files)
----------------------------------------------------------------
For each category, the corpus files ``bbc_<category>_NNN.txt`` sorted by name;
drop those annotated in any quotation gold file and those whose stripped text is
identical to an annotated article's; keep those with at least 6 double-quote
characters; with k = len(kept) // 8 take every k-th starting at ``k // 8``.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.quote_eval import BBC, select_fresh_articles

HERE = Path(__file__).resolve().parent
PER_CATEGORY = 8
MIN_MARKS = 6
EARLIER_GOLD = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl", "quote_gold_holdout3.jsonl")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the 40 question-set articles."""
    return select_fresh_articles(corpus, tuple(HERE / name for name in EARLIER_GOLD), (1, 8),
                                 per_category=PER_CATEGORY, min_marks=MIN_MARKS)


if __name__ == "__main__":
    print("\n".join(select()))
