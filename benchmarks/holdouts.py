"""The second and third held-out quotation sets, and how their articles were chosen.

Why
---
A gold set measures honestly only until the extractor is tuned on it. The first
held-out set (``quote_gold_holdout.jsonl``, see :mod:`benchmarks.quote_eval`) was
used for tuning after it had been measured, so a second set was annotated, and,
once that one was used too, a third. Each annotates 30 further BBC articles (6
per category) by reading, before the extractor was ever run on them, in exactly
the conventions of the others (see the docstring of :mod:`benchmarks.quote_eval`):
split quotations are separate spans; a quote running into the next paragraph is
one span per paragraph; the speaker is the fullest name the article gives (a
knighted person without "Sir", with that form as an alias); an organisation's
unnamed spokesman or statement is credited to the organisation; an unnamed person
is null; one/two-word scare quotes, labels and titles are ``not_speech``.
Evaluate with ``python -m benchmarks.quote_eval --gold benchmarks/quote_gold_holdout3.jsonl``;
the newest set is the honest figure only as long as nobody tunes on its ``--verbose`` output.

How the articles were chosen (deterministic, looks only at the raw files)
------------------------------------------------------------------------
For each category (business, entertainment, politics, sport, tech), take the
corpus files ``bbc_<category>_NNN.txt`` sorted by name; drop those annotated in
any earlier gold file and those whose stripped text is identical to an annotated
article's (the corpus holds duplicates under different names); keep those with
at least 10 double-quote characters; with k = len(kept) // 6 take every k-th
from an offset into the first stride: ``k // 2`` for the first holdout,
``k // 4`` for the second, ``3 * k // 4`` for the third
(:func:`benchmarks.quote_eval.select_fresh_articles`).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.quote_eval import BBC, GOLD, HOLDOUT, HOLDOUT_PER_CATEGORY, select_fresh_articles

HERE = Path(__file__).resolve().parent
HOLDOUT2 = HERE / "quote_gold_holdout2.jsonl"
HOLDOUT3 = HERE / "quote_gold_holdout3.jsonl"
PER_CATEGORY = HOLDOUT_PER_CATEGORY

# name -> (gold file, the gold files annotated before it, offset into the first stride)
SETS: dict[str, tuple[Path, tuple[Path, ...], tuple[int, int]]] = {
    "holdout2": (HOLDOUT2, (GOLD, HOLDOUT), (1, 4)),
    "holdout3": (HOLDOUT3, (GOLD, HOLDOUT, HOLDOUT2), (3, 4)),
}


def select(name: str, corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of a held-out set's articles."""
    _gold, earlier, offset = SETS[name]
    return select_fresh_articles(corpus, earlier, offset)
