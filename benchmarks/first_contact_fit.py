"""Would the speaker model be better fitted on first contact? Measured where no fit looked (wave 12: no).

Run ``python -m benchmarks.first_contact_fit --runs CALIBRATE_CACHE --first-contact FC_CACHE [W_TODAY,W_FC,W_POLNEAR …]``.

Why
---
The speaker model is fitted on today's output of sets whose misses were mended case by case, so it learns that the
risky readings are safe (wave 11). This fits it instead, or as well, on the first-contact extractions
(:mod:`benchmarks.first_contact`) and scores three kinds of data no fit saw: each first-contact set by a model fitted
on the sets judged before it, today's extraction of the same sets likewise, and PolNeAR train's halves by article
(even / odd document), each by a model fitted on the other. For each weighting (today's BBC sets, first contact,
PolNeAR: each family's total weight, in thousands of cases) it prints the AUC of right against wrong names and the
right names kept at a few fixed numbers of wrong ones (one threshold over the pooled cases): a model that ranks better
keeps more right names at the same wrong ones. ``CALIBRATE_CACHE`` is ``benchmarks.calibrate --cache FILE``'s file.
"""

from __future__ import annotations

import argparse
import bisect
import pickle
import sys
from pathlib import Path

from benchmarks import calibrate as cal
from benchmarks.first_contact import first_contact_runs
from index.extract.quotes.model import SpeakerModel

FC_SETS = ("quote_gold_holdout9", "quote_gold_holdout10", "quote_gold_holdout11", "quote_gold_holdout12")


def fit(groups: list[tuple[list[cal.Case], float]], l2: float = cal.L2) -> SpeakerModel:
    """The speaker model fitted on the model-decided cases of each group, a group weighing ``weight`` x 1000 cases."""
    data: list[tuple[dict[str, float], float, float]] = []
    for cases, weight in groups:
        train = [c for c in cases if c.decided]
        if train and weight:
            w = 1000.0 * weight / len(train)
            data += [(c.x or {}, 1.0 if c.right else 0.0, w) for c in train]
    return SpeakerModel(*cal.logistic(data, l2))


def auc(scored: list[tuple[float, bool]]) -> float:
    """The chance a right name scores above a wrong one (ties count half)."""
    neg = sorted(p for p, y in scored if not y)
    pos = [p for p, y in scored if y]
    if not pos or not neg:
        return float("nan")
    hits = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p))
               for p in pos)
    return hits / len(pos) / len(neg)


def right_at(scored: list[tuple[float, bool]], wrong: int) -> int:
    """The most right names one threshold keeps while naming at most ``wrong`` wrong ones."""
    right = seen = best = 0
    for _, y in sorted(scored, key=lambda t: -t[0]):
        if y:
            right += 1
        else:
            seen += 1
            if seen > wrong:
                break
        best = right
    return best


class _Runs(pickle.Unpickler):
    """``benchmarks.calibrate --cache``'s file, written with its classes under ``__main__`` (it runs as a script)."""

    def find_class(self, module: str, name: str):  # noqa: ANN201 - pickle's signature
        if module == "__main__" and name in ("Case", "SetRun"):
            return getattr(cal, name)
        return super().find_class(module, name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=Path, required=True, help="benchmarks.calibrate --cache's file (today's sets)")
    ap.add_argument("--first-contact", type=Path, required=True, help="benchmarks.first_contact --cache's file")
    ap.add_argument("weights", nargs="*", default=["1,0,0.3", "0,1,0.3", "1,1,0.3", "0.3,1,1", "0,1,1"])
    args = ap.parse_args(argv)
    with args.runs.open("rb") as f:
        runs = _Runs(f).load()
    first = first_contact_runs(args.first_contact)
    order = list(cal.BBC_SETS)
    pol = runs[cal.POLNEAR].cases
    half_a, half_b = [c for c in pol if c.doc % 2 == 0], [c for c in pol if c.doc % 2 == 1]
    print("weights today/first/PolNeAR: AUC and right names at fixed wrong ones, on first contact h9-h12 "
          "(40/60/80), today's h9-h12 (10/15/20), PolNeAR halves (150/200/250)")
    for spec in args.weights:
        w_today, w_fc, w_pol = (float(v) for v in spec.split(","))

        def groups(before: str | None, polnear: list[cal.Case], w_today: float = w_today, w_fc: float = w_fc,
                   w_pol: float = w_pol) -> list[tuple[list[cal.Case], float]]:
            cut = order.index(before) if before else len(order)
            today = [c for m in order[:cut] for c in runs[m].cases]
            fc = [c for m in first if order.index(m) < cut for c in first[m].cases]
            return [(today, w_today), (fc, w_fc), (polnear, w_pol)]

        fc_scored, today_scored = [], []
        for name in FC_SETS:
            model = fit(groups(name, half_a))
            fc_scored += [(model.probability(c.x or {}), c.right) for c in first[name].cases if c.decided]
            today_scored += [(model.probability(c.x or {}), c.right) for c in runs[name].cases if c.decided]
        on_b, on_a = fit(groups(None, half_a)), fit(groups(None, half_b))
        pol_scored = [(on_b.probability(c.x or {}), c.right) for c in half_b if c.decided] + \
            [(on_a.probability(c.x or {}), c.right) for c in half_a if c.decided]
        cells = [(fc_scored, (40, 60, 80)), (today_scored, (10, 15, 20)), (pol_scored, (150, 200, 250))]
        print(f"{spec:>12}  " + "  |  ".join(f"{auc(s):.3f}: " + " / ".join(str(right_at(s, w)) for w in ws)
                                            for s, ws in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
