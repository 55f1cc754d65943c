"""Re-measure the confidence table and choose its threshold by leaving one tuning set out at a time.

Run ``python -m benchmarks.calibrate [--table] [--loso]``.

Why
---
A confidence is only as good as the data it was measured on: wave 5's table fitted the sets it was measured on
and gave 10% wrong names on a set it had never seen.  This script measures every rule on ALL the tuning data
(the BBC gold sets and PolNeAR train, as two families of equal weight: see :func:`calibrate`) and then asks,
for each candidate threshold, what a set would have scored had it been left out of the measuring
(:func:`leave_one_out`): the honest figure for news the table has never seen.

The check set (:data:`CHECK`) is never measured per rule: it is only ever scored as a whole, as a left-out set.
Every figure is with the extractor's own rules; only the table and the threshold change.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks import quote_eval as qe

HERE = Path(__file__).resolve().parent
BBC_SETS = ("quote_gold", "quote_gold_holdout", "quote_gold_holdout2", "quote_gold_holdout3", "quote_gold_holdout4",
            "quote_gold_holdout5", "quote_gold_holdout6")
CHECK = "quote_gold_holdout7"  # scored as a whole only: never measured per rule
POLNEAR = "polnear"
THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94)

PRIOR, PRIOR_WEIGHT = 0.9, 2  # each family's share is smoothed towards 0.9 with the weight of two cases
FAMILY_FLOOR = 5  # a family with fewer named cases than this says nothing alone
RULE_FLOOR = 10  # a rule named fewer times than this, over all families, keeps the default of confidence()


@dataclass(frozen=True)
class Case:
    """One matched quotation as the extractor attributed it, before any threshold."""

    rule: str  # the rule name, without a doubt's suffix
    conf: float | None  # the confidence the extractor gave (None: no name)
    capped: bool  # a doubt or a refusal capped it: the rule's own share is not measured on it
    right: bool  # the name given is the gold's
    wrong: bool  # a name given that is not the gold's (any name where the gold names nobody)
    scored: bool  # the gold names someone: the quotation counts in "right %"


@dataclass(frozen=True)
class SetRun:
    name: str
    cases: tuple[Case, ...]
    gold_speech: int  # the denominator of "wrong named %"


def run_set(name: str) -> SetRun:
    """Extract and match one set with no name withheld (the current table gives each case its confidence)."""
    from index.extract.quotes import confidence

    saved = confidence.THRESHOLD
    confidence.THRESHOLD = 0.0
    try:
        report = qe.evaluate(polnear=qe.POLNEAR) if name == POLNEAR else qe.evaluate(HERE / f"{name}.jsonl")
    finally:
        confidence.THRESHOLD = saved
    cases = []
    for f in report.files:
        for g, p in f.matches:
            if not g.speaker_known:
                continue
            rule = (p.rule or "?").split("+")[0]
            # a doubt or a refusal caps a case whatever its rule; inheriting a weaker head's confidence does not
            # make the rule itself less sure
            capped = any(d != "inherited" for d in (p.rule or "").split("+")[1:]) or p.confidence == 0.0
            named = bool(p.speaker)
            cases.append(Case(rule, p.confidence if named else None, capped,
                              named and g.speaker is not None and qe.speaker_ok(g, p.speaker),
                              qe.wrong_name(g, p.speaker), g.speaker is not None))
    return SetRun(name, tuple(cases), report.summary()["gold_speech"])


def counts(runs: list[SetRun]) -> dict[str, Counter[str]]:
    """Named right / named in all, per rule, over some runs (capped cases left out)."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for r in runs:
        for c in r.cases:
            if c.conf is None or c.capped or not (c.right or c.wrong):
                continue
            out[c.rule]["named"] += 1
            out[c.rule]["right"] += c.right
    return out


def calibrate(runs: list[SetRun], combine: str = "mean") -> dict[str, float]:
    """The table: per rule, the mean over families (BBC, PolNeAR) of each family's smoothed share of right names.

    A family with fewer than :data:`FAMILY_FLOOR` named cases is left out of the mean; when both are, the two
    are pooled. A rule named fewer than :data:`RULE_FLOOR` times in all is left out (the default applies).
    ``combine="min"`` takes the family where the rule did worst instead of the mean (the cautious reading:
    a rule is as sure as on the data that flatters it least).
    """
    fams = {"bbc": [r for r in runs if r.name != POLNEAR], "polnear": [r for r in runs if r.name == POLNEAR]}
    per = {f: counts(rs) for f, rs in fams.items() if rs}
    rules = {k for c in per.values() for k in c}
    table: dict[str, float] = {}
    for rule in sorted(rules):
        fam = [per[f][rule] for f in per if per[f][rule]["named"]]
        total = sum(c["named"] for c in fam)
        if total < RULE_FLOOR:
            continue
        big = [c for c in fam if c["named"] >= FAMILY_FLOOR]
        use = big or [Counter(named=total, right=sum(c["right"] for c in fam))]
        shares = [(c["right"] + PRIOR * PRIOR_WEIGHT) / (c["named"] + PRIOR_WEIGHT) for c in use]
        table[rule] = round(min(shares) if combine == "min" else sum(shares) / len(shares), 2)
    return table


def score(run: SetRun, threshold: float) -> tuple[float, float]:
    """(right %, wrong named %) of a run whose confidences are final, at a threshold."""
    named = [c for c in run.cases if c.conf is not None and c.conf >= threshold]
    right = sum(c.right for c in named)
    wrong = sum(c.wrong for c in named)
    scored = sum(c.scored for c in run.cases)
    return 100 * right / max(scored, 1), 100 * wrong / max(run.gold_speech, 1)


def with_table(name: str, table: dict[str, float]) -> SetRun:
    """Run one set with another confidence table (the extractor's own rules otherwise)."""
    from index.extract.quotes import confidence

    saved = dict(confidence.CONFIDENCE)
    confidence.CONFIDENCE.clear()
    confidence.CONFIDENCE.update(table)
    try:
        return run_set(name)
    finally:
        confidence.CONFIDENCE.clear()
        confidence.CONFIDENCE.update(saved)


def leave_one_out(runs: dict[str, SetRun], combine: str = "mean") -> dict[str, SetRun]:
    """Each set (and the check set) run with a table measured on all the other tuning sets."""
    out = {}
    for name in [*runs, CHECK]:
        table = calibrate([r for n, r in runs.items() if n != name], combine)
        out[name] = with_table(name, table)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", action="store_true", help="print the table measured on every tuning set")
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out figures for every candidate threshold")
    ap.add_argument("--combine", choices=("mean", "min"), default="mean",
                    help="how the two families' shares make one (default: their mean)")
    args = ap.parse_args(argv)
    runs = {n: run_set(n) for n in (*BBC_SETS, POLNEAR)}
    if args.table:
        for rule, share in sorted(calibrate(list(runs.values()), args.combine).items(), key=lambda kv: (-kv[1], kv[0])):
            print(f'    "{rule}": {share},')
    if args.loso:
        left = leave_one_out(runs, args.combine)
        names = list(left)
        print("threshold  " + "  ".join(f"{n.replace('quote_gold_', '').replace('quote_gold', 'gold'):>13}"
                                        for n in names) + "   mean(right/wrong)")
        for t in THRESHOLDS:
            cells = [score(left[n], t) for n in names]
            mean_r = sum(c[0] for c in cells) / len(cells)
            mean_w = sum(c[1] for c in cells) / len(cells)
            print(f"{t:>9.2f}  " + "  ".join(f"{r:5.1f}/{w:4.1f}%".rjust(13) for r, w in cells)
                  + f"   {mean_r:5.1f}/{mean_w:4.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
