"""A third fresh held-out set: ``benchmarks/quote_gold_holdout3.jsonl``.

Why
---
``quote_gold.jsonl``, ``quote_gold_holdout.jsonl`` and
``quote_gold_holdout2.jsonl`` are all being used to tune the extractor, so none
of them gives an honest figure any more. This file annotates 30 further BBC
articles (6 per category), by reading, in exactly the same format and
conventions as the other three (see the docstring of
:mod:`benchmarks.quote_eval`): split quotations are separate spans; a quote
running into the next paragraph is one span per paragraph; the speaker is the
fullest name the article gives (a knighted person without "Sir", with the
"Sir ..." form as an alias); an organisation's (unnamed) spokesman or
statement is credited to the organisation; an unnamed person is null;
one/two-word scare quotes, labels and titles are ``not_speech``. It was written
before the extractor was ever run on those articles. Evaluate it with
``python -m benchmarks.quote_eval --gold benchmarks/quote_gold_holdout3.jsonl``;
report the figure, and do not tune on its ``--verbose`` output.

How the articles were chosen (deterministic, looks only at the raw files)
------------------------------------------------------------------------
For each category (business, entertainment, politics, sport, tech), take the
corpus files ``bbc_<category>_NNN.txt`` sorted by name; drop those annotated in
``quote_gold.jsonl``, ``quote_gold_holdout.jsonl`` or
``quote_gold_holdout2.jsonl`` and those whose text (stripped) is identical to
the text of any annotated article (the corpus holds duplicates under different
names); keep those with at least 10 double-quote characters (>= 5 pairs); with
k = len(kept) // 6 take ``kept[3 * k // 4 :: k][:6]`` (every k-th from three
quarters of the first stride, an offset different from the first holdout's
``k // 2`` and the second's ``k // 4``). The 30 chosen texts are pairwise
distinct (checked by ``tests/test_quote_holdout3.py``).
:func:`select_holdout3_articles` reproduces the list.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.holdout2 import HOLDOUT2
from benchmarks.quote_eval import BBC, CATEGORIES, GOLD, HOLDOUT, category_of, load_gold

HOLDOUT3 = Path(__file__).resolve().parent / "quote_gold_holdout3.jsonl"
PER_CATEGORY = 6
MIN_MARKS = 10


def select_holdout3_articles(
    corpus: Path = BBC, annotated_golds: tuple[Path, ...] = (GOLD, HOLDOUT, HOLDOUT2)
) -> list[str]:
    """Reproduce the documented choice of the third held-out articles."""
    annotated = {
        g.path for gold in annotated_golds for g in load_gold(gold) if category_of(g.path) != "seeds"
    }
    cache: dict[str, str] = {}

    def text(name: str) -> str:
        if name not in cache:
            cache[name] = (corpus / name).read_text(encoding="utf-8", errors="replace")
        return cache[name]

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
        chosen += kept[3 * k // 4 :: k][:PER_CATEGORY]
    return chosen
