"""Wave 26's extra tuning set: 60 BBC articles of two quotations each, annotated by reading to be read and mended on.

Every held-out round since wave 17 takes articles with at least 6 double-quote marks (three quotations), and the
tuning sets hold the same kind; what the engine meets in a new round is mostly phenomena no tuning set showed it.
These articles hold 4 or 5 marks (two quotations), so no held-out round can ever draw them, and none is in an
earlier gold file, an article list or a test. The rule: by category, the eligible files by name, every k-th from
the first (k = len // 12), 12 per category (entertainment and tech give what they have; the shortfall is taken
round-robin from the others, as :func:`benchmarks.fresh3.choose` does). The set is ``quote_gold_tune26.jsonl``,
written by reading before any engine ran on it, and is tuning data (READ) from the start.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh3 import HERE, listing, topped_up
from benchmarks.holdouts import Eligible
from benchmarks.quote_eval import BBC, CATEGORIES, category_of, load_gold

PER_CATEGORY = 12
# the sets and lists that existed when the choice was made (wave 26): later rounds, which from wave 27 may draw
# two-quotation articles too, avoid these articles, so they must not change what this rule reproduces
LAST_GOLD, LAST_LIST = 28, 26
FROZEN = HERE / "tune26_articles.txt"


def select(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice."""
    golds = ["quote_gold.jsonl", "quote_gold_holdout.jsonl",
             *(f"quote_gold_holdout{n}.jsonl" for n in range(2, LAST_GOLD + 1))]
    excluded = {g.path for name in golds for g in load_gold(HERE / name) if category_of(g.path) != "seeds"}
    lists = ["qa_articles.txt", "tested_articles.txt", *(f"fresh{n}_articles.txt" for n in range(3, LAST_LIST + 1))]
    for name in lists:
        excluded |= set(listing(HERE / name))
    pool = Eligible(corpus, excluded)
    chosen: list[str] = []
    spare: dict[str, list[str]] = {}
    for cat in CATEGORIES:
        kept = [f for f in pool.kept(cat, 4) if pool.text(f).count('"') <= 5]
        k = max(1, len(kept) // PER_CATEGORY)
        taken = kept[::k][:PER_CATEGORY]
        chosen += taken
        spare[cat] = [a for a in kept[k // 2 :: k] if a not in taken]
    return topped_up(chosen, spare, PER_CATEGORY)


def articles() -> list[str]:
    return listing(FROZEN)


if __name__ == "__main__":
    print("\n".join(select()))
