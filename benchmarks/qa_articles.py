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

from benchmarks.quote_eval import BBC, CATEGORIES, category_of, load_gold

HERE = Path(__file__).resolve().parent
PER_CATEGORY = 8
MIN_MARKS = 6
EARLIER_GOLD = ("quote_gold.jsonl", "quote_gold_holdout.jsonl", "quote_gold_holdout2.jsonl", "quote_gold_holdout3.jsonl")


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the 40 question-set articles."""
    annotated = {
        g.path for name in EARLIER_GOLD for g in load_gold(HERE / name) if category_of(g.path) != "seeds"
    }
    texts: dict[str, str] = {}

    def text(name: str) -> str:
        if name not in texts:
            texts[name] = (corpus / name).read_text(encoding="utf-8", errors="replace")
        return texts[name]

    annotated_texts = {text(p).strip() for p in annotated if (corpus / p).is_file()}
    files = sorted(p.name for p in corpus.glob("bbc_*_*.txt"))
    chosen: list[str] = []
    for cat in CATEGORIES:
        kept = [
            f
            for f in files
            if f.startswith(f"bbc_{cat}_")
            and f not in annotated
            and text(f).count('"') >= MIN_MARKS
            and text(f).strip() not in annotated_texts
        ]
        k = max(1, len(kept) // PER_CATEGORY)
        chosen += kept[k // 8 :: k][:PER_CATEGORY]
    return chosen


if __name__ == "__main__":
    print("\n".join(select()))
