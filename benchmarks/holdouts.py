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

The fourth held-out set (``quote_gold_holdout4.jsonl``, issue 10)
-----------------------------------------------------------------
46 BBC articles annotated by reading before the extractor was run on them, in the
same conventions, plus a ``description`` field saying who an unnamed speaker is
("a spokesperson", "another member of the public").  It was never tuned on: it is
measured twice, once before the issue-10 work (the "before" figure) and once at
its end (the judged figure); nobody reads its ``--verbose`` output or its
per-article results.  :func:`select_holdout4` reproduces its choice:

* 40 articles: for each category, the corpus files sorted by name, excluding any
  article in the earlier gold files or in ``benchmarks/qa_articles.txt`` and any
  whose stripped text is identical to one of theirs, with at least 10
  double-quote characters; with k = len(kept) // 8, take ``kept[5 * k // 8 :: k][:8]``;
* 6 interview pieces: files not in any of those lists (by name) nor among the 40,
  whose text contains "interview" (any case) and has at least 10 double-quote
  characters: the first eligible one per category in name order, and the next
  eligible one by name after the first of them (bbc_business_217,
  bbc_entertainment_120, bbc_politics_005, bbc_sport_049, bbc_tech_225,
  bbc_business_244).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.quote_eval import (
    BBC,
    CATEGORIES,
    GOLD,
    HOLDOUT,
    HOLDOUT_MIN_MARKS,
    HOLDOUT_PER_CATEGORY,
    category_of,
    load_gold,
    select_fresh_articles,
)
from benchmarks.rounds import BBC_LISTS as BBC_LISTS  # every collection the evaluators index, re-exported

HERE = Path(__file__).resolve().parent
HOLDOUT2 = HERE / "quote_gold_holdout2.jsonl"
HOLDOUT3 = HERE / "quote_gold_holdout3.jsonl"
HOLDOUT4 = HERE / "quote_gold_holdout4.jsonl"
QA_ARTICLES = HERE / "qa_articles.txt"
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


class Eligible:
    """The corpus files a new held-out set may draw from: not in ``excluded`` by name nor by identical text."""

    def __init__(self, corpus: Path, excluded: set[str]) -> None:
        self.corpus = corpus
        self.excluded = excluded
        self._cache: dict[str, str] = {}
        self._excluded_texts = {self.text(p).strip() for p in excluded if (corpus / p).is_file()}
        self.files = sorted(p.name for p in corpus.glob("bbc_*_*.txt"))

    def text(self, name: str) -> str:
        if name not in self._cache:
            self._cache[name] = (self.corpus / name).read_text(encoding="utf-8", errors="replace")
        return self._cache[name]

    def kept(self, cat: str, min_marks: int = HOLDOUT_MIN_MARKS) -> list[str]:
        """One category's eligible files with at least ``min_marks`` double-quote characters, by name."""
        return [f for f in self.files if f.startswith(f"bbc_{cat}_") and f not in self.excluded
                and self.text(f).strip() not in self._excluded_texts and self.text(f).count('"') >= min_marks]


def select_holdout4(corpus: Path = BBC) -> list[str]:
    """Reproduce the documented choice of the fourth held-out set: 40 by rule, then 6 interview pieces."""
    earlier = {g.path for gold in (GOLD, HOLDOUT, HOLDOUT2, HOLDOUT3) for g in load_gold(gold)
               if category_of(g.path) != "seeds"}
    qa = set(listing(QA_ARTICLES))
    pool = Eligible(corpus, earlier | qa)
    chosen: list[str] = []
    for cat in CATEGORIES:
        kept = pool.kept(cat)
        k = max(1, len(kept) // 8)
        chosen += kept[5 * k // 8 :: k][:8]
    interviews = [f for f in pool.files if f not in pool.excluded and f not in chosen
                  and pool.text(f).count('"') >= HOLDOUT_MIN_MARKS and "interview" in pool.text(f).lower()]
    extra = [next(f for f in interviews if f.startswith(f"bbc_{cat}_")) for cat in CATEGORIES]
    extra.append(next(f for f in interviews if f not in extra and f > extra[0]))
    return chosen + extra


def listing(path: Path) -> list[str]:
    """The article names of a frozen list (one per line): what each collection's articles are."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


