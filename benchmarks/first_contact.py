"""The newest tuning sets as the extractor read them before anybody read their cases: "first contact".

Run ``python -m benchmarks.first_contact --cache FILE`` (``benchmarks.calibrate --first-contact FILE`` uses it).

Why
---
Every tuning set was judged once as unseen news and then read, case by case, and the extractor's rules were mended
until its misses went (holdout10: 48 wrong names at first contact, 1 today). Scored with today's code, a set left
out of the model's fit is therefore cleaner than news nobody has read: leaving one set out promised <= 3% wrong
names four waves running while each fresh set came in at 4-5%. The honest sample of what the extractor does to
unseen news is each set as the code of its time extracted it, before its cases were read: the commit in
:data:`FIRST_CONTACT`. The speaker model's features have not changed since wave 7 (``index/extract/quotes/
evidence.py``), so those cases can be scored by today's model, or a model fitted on older sets, at any threshold.

Each set is extracted by ``git archive`` of its commit into a temporary directory (beside a link to the shared
corpora, where the old evaluator looks for them), with today's gold file (annotation fixes count), by that tree's
own ``benchmarks.calibrate.run_set`` in a subprocess. Only the sets listed here are ever run: the held-out sets of
this round are not.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.calibrate import Case, SetRun

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# set -> the last commit before anybody read its cases (the code that met it as unseen news)
FIRST_CONTACT = {
    "quote_gold_holdout8": "909ec8b",  # wave 8 opened (wave 7 judged it as its check set, aggregates only)
    "quote_gold_holdout9": "090b038",  # wave 9 opened (wave 8 ran it as aggregates only)
    "quote_gold_holdout10": "090b038",  # wave 9 opened (judged at the end of wave 8)
    "quote_gold_holdout11": "bc1738d",  # wave 10 opened (judged at the end of wave 9)
    "quote_gold_holdout12": "4cabe97",  # wave 11 opened (judged at the end of wave 10)
}

_DUMP = """
import json, sys
from benchmarks import calibrate
run = calibrate.run_set(sys.argv[1])
json.dump({"gold_speech": run.gold_speech,
           "cases": [[c.x, c.cap, c.right, c.wrong, c.scored] for c in run.cases]}, open(sys.argv[2], "w"))
"""


def extract(name: str, commit: str, workdir: Path) -> SetRun:
    """``name`` extracted with no name withheld by the code of ``commit``, each case with the evidence it weighed."""
    tree = workdir / commit
    if not tree.exists():
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    shared = workdir / "shared"  # the old evaluator reads the corpora at its repository's ../shared
    if not shared.exists():
        shared.symlink_to((REPO.parent / "shared").resolve())
    shutil.copy(HERE / f"{name}.jsonl", tree / "benchmarks" / f"{name}.jsonl")
    out = workdir / f"{name}.json"
    env = {**os.environ, "PYTHONPATH": str(tree)}  # that tree's code, not the installed checkout's
    subprocess.run([sys.executable, "-c", _DUMP, name, str(out)], cwd=tree, env=env, check=True)
    return _run_of(name, json.loads(out.read_text(encoding="utf-8")))


def _run_of(name: str, data: dict) -> SetRun:
    """A set's run from its JSON form (``_DUMP``'s and the cache's: the gold speech count and each case's fields)."""
    return SetRun(name, tuple(Case(*c) for c in data["cases"]), data["gold_speech"])


def first_contact_runs(cache: Path | None = None) -> dict[str, SetRun]:
    """Every set of :data:`FIRST_CONTACT` at its first contact (read from ``cache`` when it holds them)."""
    if cache and cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
        return {n: _run_of(n, d) for n, d in data.items()}
    with tempfile.TemporaryDirectory(prefix="first_contact_") as tmp:
        runs = {name: extract(name, commit, Path(tmp)) for name, commit in FIRST_CONTACT.items()}
    if cache:
        cache.write_text(json.dumps({n: {"gold_speech": r.gold_speech,
                                         "cases": [[c.x, c.cap, c.right, c.wrong, c.scored] for c in r.cases]}
                                     for n, r in runs.items()}), encoding="utf-8")
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the extracted sets in this file (JSON) and reuse them")
    args = ap.parse_args(argv)
    for name, run in first_contact_runs(args.cache).items():
        named = [c for c in run.cases if c.cap is not None]
        print(f"{name} at {FIRST_CONTACT[name]}: {len(run.cases)} matched, with no name withheld "
              f"{sum(c.right for c in named)} right / {sum(c.wrong for c in named)} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
