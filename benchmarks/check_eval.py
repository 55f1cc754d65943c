"""Measure the quote checker against claims labelled by reading (``benchmarks/check_gold.jsonl``).

Run ``python -m benchmarks.check_eval [--gold FILE[,FILE…]] [--split tune|judge|judge2|tune,judge|all] [--verbose] [--json] [--gap]``.
``--gap`` prints where ``ALTERED_MIN`` can sit (the closest claim labelled not_found, the farthest labelled
altered); wave 5 chose it on every tuning split together:
``--gold benchmarks/check_gold.jsonl,benchmarks/check_gold2.jsonl,benchmarks/check_gold3.jsonl,benchmarks/check_gold4.jsonl
--split tune,judge,judge2,judge3,judge4 --gap``.
It builds two indexes in a temporary folder -- the five seeds, and the 40 BBC
articles of ``benchmarks/qa_articles.txt`` -- runs ``Engine.check`` on every
input of the split against its collection, and prints verdict accuracy, the
confusion matrix (gold rows, predicted columns), the two failures the issue
forbids outright, kind accuracy on altered claims and timings. It exits 0: this
is a measurement, not a gate.

Honest use: rules and thresholds are tuned only on splits that are tuning data,
and a held-out split is run once, for the report. In round 1 that was ``tune``
(tuned on) and ``judge`` (judged once: 90.1%). For round 2 the ``judge`` half,
having been judged and reported, became tuning data too, so ``--verbose`` lists
the mistakes of ``tune`` and ``judge``; the fresh held-out set is
``benchmarks/check_gold2.jsonl`` (split ``judge2``, same format), run once with
``--gold benchmarks/check_gold2.jsonl --split judge2`` and never with
``--verbose`` (it is refused on every split not in ``TUNING_SPLITS``).
``judge2`` was judged once and reported in round 2 (93.6%) and became tuning data
in wave 3, whose held-out set was ``benchmarks/check_gold3.jsonl`` (split ``judge3``, over the
``bbc3`` collection: 87.1% -> 88.2%); it is tuning data in wave 4, whose held-out set is
``benchmarks/check_gold4.jsonl`` (split ``judge4``, over the fresh ``bbc4`` collection of
:mod:`benchmarks.fresh4`): tuning data in wave 5, whose held-out set is ``benchmarks/check_gold5.jsonl`` (split ``judge5``,
over the fresh ``bbc5`` collection of :mod:`benchmarks.fresh5`): run by the lead, before and after,
never with ``--verbose`` (94.4% -> 94.4% in wave 5). It is tuning data in wave 6, whose held-out set,
written at the end of wave 5, is ``benchmarks/check_gold6.jsonl`` (split ``judge6``, over ``bbc6`` of
:mod:`benchmarks.fresh6`). ``benchmarks/check_gold7.jsonl`` (split ``judge7``, over ``bbc7`` of
:mod:`benchmarks.fresh7`) was written by reading during wave 6 for the next round; nobody runs it in wave 6.

Gold format (one JSON object per line): ``id``, ``collection`` (``seeds`` or
``bbc``), ``input`` (the message as a user would paste it), ``split``, and
``checks``: one per claim, in order, with ``claim``, ``claimed_speaker``,
``verdict``, ``kind``, ``real_quote``, ``real_speaker`` and ``source``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

from benchmarks.holdouts import BBC_LISTS, listing
from benchmarks.quote_eval import BBC
from benchmarks.rounds import CHECK_TUNING_SPLITS

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GOLD = HERE / "check_gold.jsonl"

# judge joined tune after round 1 was judged and reported; judge2 after round 2 (wave 3); judge3 after wave 3;
# judge4 after wave 4; judge5 after wave 5; judge6 after wave 6; judge7 after wave 7;
# judge8 after wave 8; judge9 after wave 9; judge10 after wave 10; judge11 after wave 11; judge12 after wave 12;
# judge13 after wave 13; and so on: benchmarks/rounds.py derives the tuning splits from the wave being worked on
# (its judge{WAVE} is this round's held-out split, judge{WAVE+1} the next one's)
TUNING_SPLITS = CHECK_TUNING_SPLITS
VERDICTS = ("verbatim", "altered", "someone_else", "speaker_unconfirmed", "not_a_quotation", "not_found")


def load(path: Path = GOLD, split: str = "all") -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = set(split.split(","))
    return [r for r in rows if split == "all" or r["split"] in wanted]


# with "seeds" (the five seeds), the BBC collections of ``holdouts.BBC_LISTS`` are every collection an input is
# checked against
COLLECTIONS = ("seeds", *BBC_LISTS)


def build_indexes(workdir: Path, corpus: Path = BBC, collections: frozenset[str] = frozenset({"seeds", "bbc"})
                  ) -> dict[str, Path]:
    """The collections of the gold set, indexed from scratch in ``workdir``: the seeds and the BBC collections
    of ``holdouts.BBC_LISTS`` asked for."""
    from index.store.build import build_index

    out: dict[str, Path] = {}
    if "seeds" in collections:
        out["seeds"] = workdir / "ix-seeds"
        build_index(REPO / "seeds", out["seeds"])
    for name, listed in BBC_LISTS.items():
        if name not in collections:
            continue
        src = workdir / f"{name}-src"
        src.mkdir(parents=True, exist_ok=True)
        for article in listing(HERE / listed):
            shutil.copy(corpus / article, src / article)
        out[name] = workdir / f"ix-{name}"
        build_index(src, out[name])
    return out


def pair(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold claim with the predicted check for the same words (best text match, each used once)."""
    free = list(range(len(predicted)))
    out: list[tuple[dict, dict | None]] = []
    for g in gold:
        best = max(free, key=lambda i: fuzz.ratio(g["claim"], predicted[i]["claim"]), default=None)
        if best is not None and fuzz.ratio(g["claim"], predicted[best]["claim"]) >= 60:
            free.remove(best)
            out.append((g, predicted[best]))
        else:
            out.append((g, None))
    return out


def evaluate(rows: list[dict], indexes: dict[str, Path]) -> dict:
    from index.answer.engine import Engine

    engines = {name: Engine(path) for name, path in indexes.items()}
    for engine in engines.values():
        engine.check("warm up")
    confusion: Counter = Counter()
    kinds: Counter = Counter()
    by_kind: Counter = Counter()  # (gold kind of an altered claim, verdict given): which alterations slip through
    mistakes: list[dict] = []
    times: list[float] = []
    speakers = Counter()
    for row in rows:
        started = time.perf_counter()
        result = engines[row["collection"]].check(row["input"]).to_json_dict()
        times.append(time.perf_counter() - started)
        for g, p in pair(row["checks"], result["checks"]):
            got = p["verdict"] if p else "(missed)"
            confusion[(g["verdict"], got)] += 1
            if g["verdict"] == "altered" and got == "altered":
                kinds[g.get("kind") == p.get("kind")] += 1
            if g["verdict"] == "altered":
                by_kind[(g.get("kind") or "?", got)] += 1
            if p is not None:
                speakers[(g.get("claimed_speaker") or "") == (p.get("claimed_speaker") or "")] += 1
            if got != g["verdict"] or (got == "altered" and g.get("kind") != p.get("kind")):
                mistakes.append({"id": row["id"], "input": row["input"], "gold": g, "got": p})
    total = sum(confusion.values())
    right = sum(n for (g, p), n in confusion.items() if g == p)
    return {
        "claims": total,
        "accuracy": right / total if total else 0.0,
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
        "verbatim_for_altered_or_misattributed": sum(
            n for (g, p), n in confusion.items() if g in ("altered", "someone_else") and p == "verbatim"),
        "someone_else_when_speaker_said_it": sum(
            n for (g, p), n in confusion.items() if g in ("verbatim", "altered") and p == "someone_else"),
        "altered_kind_right": f"{kinds[True]}/{kinds[True] + kinds[False]}",
        "altered_by_kind": {f"{k} -> {p}": n for (k, p), n in sorted(by_kind.items())},
        "claimed_speaker_read_right": f"{speakers[True]}/{speakers[True] + speakers[False]}",
        "ms_per_input_p50": round(statistics.median(times) * 1000, 1) if times else 0.0,
        "ms_per_input_p95": round(sorted(times)[int(0.95 * (len(times) - 1))] * 1000, 1) if times else 0.0,
        "mistakes": mistakes,
    }


def similarity_gap(rows: list[dict], indexes: dict[str, Path]) -> dict:
    """Where ``ALTERED_MIN`` can sit: with every close quotation reported (the threshold at 0), the
    highest similarity of a claim labelled ``not_found`` and the lowest of one labelled ``altered``."""
    from index.answer import check
    from index.answer.engine import Engine

    engines = {name: Engine(path) for name, path in indexes.items()}
    kept, check.ALTERED_MIN = check.ALTERED_MIN, 0.0
    try:
        sims: dict[str, list[tuple[float, str]]] = {"not_found": [], "altered": []}
        for row in rows:
            result = engines[row["collection"]].check(row["input"]).to_json_dict()
            for g, p in pair(row["checks"], result["checks"]):
                if p is not None and g["verdict"] in sims:
                    sims[g["verdict"]].append((p["similarity"] or 0.0, row["id"]))
    finally:
        check.ALTERED_MIN = kept
    return {"not_found_highest": max(sims["not_found"], default=None),
            "altered_lowest": min(sims["altered"], default=None)}


def confusion_table(report: dict) -> str:
    cells = Counter()
    for key, n in report["confusion"].items():
        g, p = key.split(" -> ")
        cells[(g, p)] = n
    cols = [*VERDICTS, "(missed)"]
    short = {"verbatim": "verbatim", "altered": "altered", "someone_else": "someone", "speaker_unconfirmed": "unconfirm", "not_a_quotation": "narration",
             "not_found": "not_found", "(missed)": "missed"}
    lines = ["gold \\ got".ljust(17) + "".join(short[c].rjust(10) for c in cols)]
    for g in VERDICTS:
        lines.append(g.ljust(17) + "".join(str(cells[(g, c)] or ".").rjust(10) for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune",
                        help="a split name (tune, judge, judge2, ...), several joined by commas, or all")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--verbose", action="store_true", help="list the mistakes (tuning splits only)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--gap", action="store_true",
                        help="print where ALTERED_MIN can sit: the closest not_found claim, the farthest altered one "
                             "(tuning splits only)")
    args = parser.parse_args(argv)
    if (args.verbose or args.gap) and not set(args.split.split(",")) <= TUNING_SPLITS:
        print(f"--verbose and --gap read mistakes only on tuning splits ({', '.join(sorted(TUNING_SPLITS))}): "
              "a held-out split is for the report.", file=sys.stderr)
        return 2
    golds = [Path(g) for g in str(args.gold).split(",")]  # several files, comma-joined, are read as one set
    missing = [g for g in golds if not g.is_file()]
    if missing:
        print(f"No gold file at {missing[0]}.", file=sys.stderr)
        return 2
    rows = [row for g in golds for row in load(g, args.split)]
    if not rows:
        print(f"No inputs of split {args.split!r} in {args.gold}.", file=sys.stderr)
        return 2
    unknown = sorted({str(r.get("collection")) for r in rows} - set(COLLECTIONS))
    if unknown:
        listed = ", ".join(f"'{n}' (the articles of benchmarks/{file})" for n, file in BBC_LISTS.items())
        print(f"Unknown collection(s) {', '.join(unknown)} in {args.gold}: each input is checked against 'seeds' "
              f"(the five seeds) or {listed}.", file=sys.stderr)
        return 2
    if not BBC.is_dir():
        print(f"The BBC corpus is not at {BBC}; nothing to measure.", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="dossier-check-eval-") as tmp:
        indexes = build_indexes(Path(tmp), collections=frozenset(r["collection"] for r in rows))
        if args.gap:
            print(json.dumps(similarity_gap(rows, indexes)))
            return 0
        report = evaluate(rows, indexes)
    report["split"] = args.split
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "mistakes" or args.verbose}, ensure_ascii=False))
        return 0
    print(f"split {args.split}: {report['claims']} claims in {len(rows)} inputs")
    print(f"verdict accuracy: {report['accuracy']:.1%}")
    print(f"verbatim for an altered or misattributed claim: {report['verbatim_for_altered_or_misattributed']}")
    print(f"someone_else when the claimed speaker said it: {report['someone_else_when_speaker_said_it']}")
    print(f"kind right on altered claims: {report['altered_kind_right']}; "
          f"claimed speaker read as labelled: {report['claimed_speaker_read_right']}")
    print(f"time per input: p50 {report['ms_per_input_p50']} ms, p95 {report['ms_per_input_p95']} ms")
    print(confusion_table(report))
    if args.verbose:
        for m in report["mistakes"]:
            g, p = m["gold"], m["got"] or {}
            print(f"\n{m['id']}: gold {g['verdict']}/{g.get('kind')} got {p.get('verdict')}/{p.get('kind')} "
                  f"sim {p.get('similarity')}  claimed {p.get('claimed_speaker')!r} (gold {g.get('claimed_speaker')!r})")
            print(f"  input: {m['input']}")
            print(f"  gold real: {g.get('real_quote')!r} — {g.get('real_speaker')}")
            real = p.get("real") or {}
            print(f"  got real:  {real.get('quote')!r} — {real.get('speaker')}")
            if p.get("diff"):
                print("  diff: " + " | ".join(f"{d['op']}:{d['real']!r}->{d['claim']!r}" for d in p["diff"]
                                              if d["op"] != "equal"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
