"""Which gold sets are held out in the wave being worked on, derived from the wave's number alone.

Each wave judges, once, the sets written by reading in the wave before (answers ``held{WAVE+1}``, claims
``judge{WAVE}``, quotations ``quote_gold_holdout{WAVE+2}.jsonl``) and holds out the next round's
(``held{WAVE+2}``, ``judge{WAVE+1}``, ``quote_gold_holdout{WAVE+3}.jsonl``) as soon as they exist; everything
judged before is tuning data. Rotating the sets at the start of a wave is then one edit here, instead of the
same three lists kept in step by hand in every evaluator.
"""

from __future__ import annotations

WAVE = 47

# answer splits: tune, held1 ... held{WAVE} are tuning data; the evaluators know the next round's split too
# ("tune26": questions over wave 26's extra tuning articles, benchmarks/tune26.py, read from the start)
ANSWER_TUNING_SPLITS = ("tune", "tune26", *(f"held{n}" for n in range(1, WAVE + 1)))
ANSWER_SPLITS = (*ANSWER_TUNING_SPLITS, f"held{WAVE + 1}", f"held{WAVE + 2}", "all")

# claim splits: tune, judge (round 1), judge2 ... judge{WAVE-1} are tuning data
CHECK_TUNING_SPLITS = frozenset({"tune", "judge", *(f"judge{n}" for n in range(2, WAVE))})

# quotation sets: this round's and the next round's
QUOTE_HELD_OUT = frozenset({f"quote_gold_holdout{WAVE + 2}.jsonl", f"quote_gold_holdout{WAVE + 3}.jsonl"})

# every BBC collection the evaluators index: the first answer and claim sets' 40 articles, then each wave's fresh
# articles up to the next round's (benchmarks/fresh3.py ... say how each list was chosen)
BBC_LISTS = {"bbc": "qa_articles.txt", **{f"bbc{n}": f"fresh{n}_articles.txt" for n in range(3, WAVE + 2)},
             "tune26": "tune26_articles.txt"}
