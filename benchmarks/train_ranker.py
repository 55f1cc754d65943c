"""Fit the second reader of who speaks (:mod:`index.extract.quotes.ranker`) and measure its check on held-out data.

Run ``python -m benchmarks.train_ranker [--cache FILE] [--write]``.

Why
---
The rules' name is given only when the second reader's first choice agrees (:mod:`index.extract.quotes.ranker`).
The ranker is a logistic model over candidates: every person named near a quotation is a case, labelled by whether
the gold names them. It is fitted on PolNeAR train's half A (its articles of even number) and the BBC sets, and
measured where it was not fitted: PolNeAR half B, and each of the newest BBC sets scored by a ranker fitted only on
the sets judged before it (forward-chained, as :mod:`benchmarks.calibrate` does for the speaker model). The figures
are the right / wrong / unnamed quotations at the shipped thresholds before and after the check (each quotation on
its own: the extractor's runs do not inherit the check either). ``--below 0`` checks every named speaker, whatever
its reading and confidence: the plain "must agree", which withholds many more right names than wrong ones.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks import quote_eval as qe
from benchmarks.calibrate import BBC_SETS, HERE, L2, POLNEAR, logistic
from index.extract.quotes.confidence import inferred
from index.extract.quotes.ranker import BELOW, MARGIN, WEIGHTS, Ranker
from index.models import Document, Quotation

FORWARD = BBC_SETS[-4:]


@dataclass(frozen=True)
class Item:
    """One gold quotation with a known speaker status, as the rules named it, with its candidates."""

    doc: int
    named: bool  # the rules gave a name at the shipped thresholds
    right: bool
    wrong: bool
    scored: bool  # the gold names someone
    rules_key: str | None  # the rules' speaker (before any threshold), as a person key
    cands: tuple[tuple[str, bool, dict[str, float]], ...]  # (key, the gold names them, features)
    conf: float | None = None  # the speaker model's confidence in the rules' name
    rule: str = ""


Candidates = tuple["str | None", list[tuple[str, str, dict[str, float]]]]


def recorded(doc: Document) -> tuple[list[Quotation], dict[int, Candidates]]:
    """``doc``'s quotations as the rules alone name them (the check off: ``below`` 0, the check is what is measured),
    and each quotation's candidates by its start: (the rules' speaker key or None, [(key, full name, features), …]).

    The extractor's own pieces, with the candidates read in between the rules' reading and the models' decision."""
    from index.extract.quotes import extract, ranker

    seen: dict[int, Candidates] = {}
    out: list[Quotation] = []
    for offset, reading in extract.readings(doc):
        page, text = reading.page, reading.doc.text
        full = {page.key_of(n): n for n in reading.ents.full_names}
        for f in reading.found:
            cands = ranker.candidates(page, f.raw.open_at, f.raw.close_at, text[f.start:f.end])
            seen[f.start + offset] = (page.key_of(f.who) if f.who else None,
                                      [(c.key, full.get(c.key, c.key), ranker.features(c)) for c in cands])
        out += [extract.shifted(q, offset) for q, _ in extract.decide(reading, below=0.0)]
    return out, seen


def run_set(name: str) -> list[Item]:
    """Extract one set at the shipped thresholds, keeping each matched quotation's candidates."""
    per_doc: list[dict[int, Candidates]] = []

    def extract_recording(doc: Document) -> list[Quotation]:
        out, seen = recorded(doc)
        per_doc.append(seen)
        return out

    report = qe.evaluate(polnear=qe.POLNEAR, extract=extract_recording) if name == POLNEAR \
        else qe.evaluate(HERE / f"{name}.jsonl", extract=extract_recording)
    if report.error:
        raise SystemExit(f"{name}: {report.error}")
    items = []
    for i, (result, seen) in enumerate(zip(report.files, per_doc, strict=True)):
        for g, p in result.matches:
            if not g.speaker_known:
                continue
            key, cands = seen.get(p.start, (None, []))
            named = bool(p.speaker)
            items.append(Item(i, named, named and g.speaker is not None and qe.speaker_ok(g, p.speaker),
                              qe.wrong_name(g, p.speaker), g.speaker is not None, key,
                              tuple((k, g.speaker is not None and qe.speaker_ok(g, full), x) for k, full, x in cands),
                              p.confidence, p.rule))
    return items


def fit(groups: list[tuple[list[Item], float]], l2: float = L2) -> Ranker:
    """A logistic model over every candidate of ``groups`` (each group weighs ``weight`` x 1000 candidates)."""
    data: list[tuple[dict[str, float], float, float]] = []
    for items, weight in groups:
        cases = [(x, float(y)) for it in items for _, y, x in it.cands]
        if cases and weight:
            w = 1000.0 * weight / len(cases)
            data += [(x, y, w) for x, y in cases]
    return Ranker(*logistic(data, l2))


def withheld(item: Item, model: Ranker, margin: float = MARGIN, below: float | None = BELOW) -> bool:
    """The check as the extractor applies it: an inferred speaker the speaker model gives less than ``below`` (None:
    any), among the candidates, with another candidate scored more than ``margin`` above them."""
    if not item.named or item.rules_key is None:
        return False
    if below is not None and not (inferred(item.rule) and (item.conf or 0.0) < below):
        return False
    scores = {k: model.probability(x) for k, _, x in item.cands}
    if item.rules_key not in scores:
        return False
    return max(scores.values()) - scores[item.rules_key] > margin


def tally(items: list[Item], model: Ranker | None, margin: float = MARGIN,
          below: float | None = BELOW) -> tuple[int, int, int]:
    """(right, wrong, unnamed) with the check applied (``model`` None: the rules alone)."""
    r = w = u = 0
    for it in items:
        named = it.named and not (model is not None and withheld(it, model, margin, below))
        if named:
            r += it.right
            w += it.wrong
        else:
            u += it.scored
    return r, w, u


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the extracted sets in this file (pickle) and reuse them")
    ap.add_argument("--write", action="store_true", help="store the ranker fitted on PolNeAR half A and every BBC set")
    ap.add_argument("--margins", default=f"0.2,{MARGIN},0.4", help="the margins tried (comma-separated)")
    ap.add_argument("--below", type=float, default=BELOW,
                    help=f"check inferred speakers the speaker model gives less than this (default {BELOW}; 0: all "
                         "named speakers, any reading)")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = {n: run_set(n) for n in (*BBC_SETS, POLNEAR)}
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    pol = sets[POLNEAR]
    half_a = [it for it in pol if it.doc % 2 == 0]
    half_b = [it for it in pol if it.doc % 2 == 1]
    order = list(BBC_SETS)
    forward = {n: fit([([it for m in order[: order.index(n)] for it in sets[m]], 1.0), (half_a, 0.3)]) for n in FORWARD}
    on_b = fit([([it for m in order for it in sets[m]], 1.0), (half_a, 0.3)])
    on_a = fit([([it for m in order for it in sets[m]], 1.0), (half_b, 0.3)])
    below = args.below or None
    print("right/wrong/unnamed: the rules alone -> with the check at each margin")
    for margin in [float(m) for m in args.margins.split(",")]:
        cells = []
        for n in FORWARD:
            cells.append((n, tally(sets[n], None), tally(sets[n], forward[n], margin, below)))
        cells.append(("polnear B", tally(half_b, None), tally(half_b, on_b, margin, below)))
        cells.append(("polnear A", tally(half_a, None), tally(half_a, on_a, margin, below)))
        print(f"margin {margin}: " + "  ".join(f"{n.replace('quote_gold_holdout', 'h')} {a[0]}/{a[1]}/{a[2]}->"
                                                f"{b[0]}/{b[1]}/{b[2]}" for n, a, b in cells))
    if args.write:
        model = fit([([it for m in order for it in sets[m]], 1.0), (half_a, 0.3)])
        WEIGHTS.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
