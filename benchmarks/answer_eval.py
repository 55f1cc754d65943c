"""Judge Dossier's answers to questions people ask, against gold sets written by reading (issue 9).

Run ``python -m benchmarks.answer_eval --gold FILE [--gold FILE ...] [--split tune|held1|held2|all]
[--verbose] [--json]``. ``--gold`` also takes a glob (``'benchmarks/answer_gold_*.jsonl'``); several gold
files are merged (ids must be unique). The default split is ``tune``. It always exits 0 on a measurement:
this is a measurement, not a gate (``tests/test_answer_eval.py`` gates the tune split).

What it builds
--------------
Two real indexes in a temporary folder: one of the five seeds (``seeds/``, for lines with
``collection == "seeds"``) and one of the 40 BBC articles listed in ``benchmarks/qa_articles.txt``
(from ``../shared/corpora/bbc-news``, for ``collection == "bbc"``, and the 30 of ``benchmarks/fresh3_articles.txt`` for ``"bbc3"``; when that folder is absent those
lines are skipped with a message). Each question goes through ``Engine.ask`` exactly as the CLI and
the bot send it.

How an answer is judged (the gold format is ``answer_gold_format.md`` of issue 9)
--------------------------------------------------------------------------------
Texts are compared after folding case, curly quotes/apostrophes and dashes to plain ones, and runs of
white space to one space. "Contains X" below means: the folded X is a substring of the folded field.

* **misattributed** (checked first; the worst failure, it wins over every other verdict):
  - a question with a gold ``speaker`` (someone's words are asked for) and ANY shown answer carrying a
    ``speaker`` that is not that person (names compare by folded words: the gold name's words must include
    every word of the shown name, so "Laporte" is fine for "Bernard Laporte", "Jacques Santini" is not);
  - an ``anonymous`` question that expects an answer, and any shown answer carrying a named ``speaker``
    (the words of "a spokesman" are never shown as a named person's) -- except an organisation that the
    answer's own ``speaker_description`` names ("BBC" on "A BBC spokeswoman": she speaks for it).
* For ``expect == "none"``:
  - **right** when there are no answers;
  - **wrong** otherwise (a "forced" answer: the sources do not answer it; ``forced`` is counted too).
* For ``expect == "answer"``:
  - **wrongly-none** when there are no answers;
  - **right** when the FIRST answer's ``quote`` or ``text`` contains one ``must_contain`` alternative, and,
    when ``short`` is given, the first answer's ``text`` contains one ``short`` alternative;
  - **partial** when the first answer has the span but ``text`` misses ``short``, or when a later shown
    answer (not the first) contains a ``must_contain`` alternative;
  - **wrong** otherwise.

Honesty
-------
Tune only on tuning splits. A held-out split is judged once (or before and after one round) and reported
as aggregates: ``--verbose`` (per-question output) is refused for it, so its questions and failures are
never read. In wave 6 the tuning splits are ``tune`` and ``held1``-``held6`` (all judged and reported in
earlier rounds; ``held6``, over :mod:`benchmarks.fresh5`'s ``bbc5``, went 52% -> 58% in wave 5);
``held7`` (``answer_gold_g.jsonl``, questions over the fresh ``bbc6`` collection of
:mod:`benchmarks.fresh6`, written at the end of wave 5) is the held-out set. ``held8``
(``answer_gold_h.jsonl``, over ``bbc7`` of :mod:`benchmarks.fresh7`) was written by reading during wave 6
for the next round; nobody runs it in wave 6.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.rounds import ANSWER_SPLITS, ANSWER_TUNING_SPLITS

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
SEEDS = REPO / "seeds"
BBC = REPO.parent / "shared" / "corpora" / "bbc-news"
VERDICTS = ("right", "partial", "wrong", "wrongly-none", "misattributed")
HELD = ("held1", "held2")
# held1 ... held{WAVE} were judged and reported in earlier rounds and are tuning data now; the wave's held-out
# split and the next round's are the only ones nobody tuning reads (benchmarks/rounds.py).
SPLITS = ANSWER_SPLITS
TUNING_SPLITS = ANSWER_TUNING_SPLITS


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    collection: str
    cls: str
    question: str
    expect: str
    must_contain: tuple[str, ...]
    short: tuple[str, ...]
    speaker: str | None
    speaker_description: str | None
    source: str | None
    split: str


@dataclass
class Judged:
    gold: GoldQuestion
    verdict: str
    forced: bool = False
    answers: list[dict[str, Any]] = field(default_factory=list)
    message: str | None = None
    seconds: float = 0.0
    gate: str | None = None  # with no answer: the gate that refused (``index.answer.common.GATES``)


def load_gold(paths: list[str]) -> list[GoldQuestion]:
    """Every line of every gold file (globs expanded), ids unique across files."""
    files: list[Path] = []
    for pattern in paths:
        found = sorted(glob.glob(pattern)) if any(ch in pattern for ch in "*?[") else [pattern]
        files.extend(Path(f) for f in found)
    out: list[GoldQuestion] = []
    seen: set[str] = set()
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            if raw["id"] in seen:
                raise ValueError(f"{path}:{n}: duplicate id {raw['id']!r}")
            seen.add(raw["id"])
            out.append(GoldQuestion(
                id=raw["id"], collection=raw["collection"], cls=raw["class"], question=raw["question"],
                expect=raw["expect"], must_contain=tuple(raw.get("must_contain") or ()),
                short=tuple(raw.get("short") or ()), speaker=raw.get("speaker"),
                speaker_description=raw.get("speaker_description"), source=raw.get("source"), split=raw["split"],
            ))
    return out


_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})


def fold(text: str | None) -> str:
    """Case, curly quotes, dashes and white space folded, so layout never decides a verdict."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


def contains_any(field_text: str | None, alternatives: tuple[str, ...]) -> bool:
    hay = fold(field_text)
    return any(fold(alt) and fold(alt) in hay for alt in alternatives)


def _name_words(name: str) -> set[str]:
    return set(re.findall(r"\w+", fold(name)))


def same_person(gold: str, shown: str) -> bool:
    """The shown name is the gold person when every word of it belongs to the gold name."""
    shown_words = _name_words(shown)
    return bool(shown_words) and shown_words <= _name_words(gold)


def _named_not_described(answer: dict[str, Any]) -> bool:
    """A named speaker on an unnamed speaker's words, unless the description names them as the body
    spoken for ("BBC" on "a BBC spokeswoman": the spokeswoman speaks for the BBC)."""
    speaker = answer.get("speaker")
    if not speaker:
        return False
    return not (_name_words(speaker) <= _name_words(answer.get("speaker_description") or ""))


def judge(gold: GoldQuestion, answers: list[dict[str, Any]]) -> tuple[str, bool]:
    """(verdict, forced) for one question; the rules are the module docstring's."""
    named = [a.get("speaker") for a in answers if a.get("speaker")]
    if gold.speaker and any(not same_person(gold.speaker, s) for s in named):
        return "misattributed", False
    if gold.cls == "anonymous" and gold.expect == "answer" and any(_named_not_described(a) for a in answers):
        return "misattributed", False
    if gold.expect == "none":
        return ("right", False) if not answers else ("wrong", True)
    if not answers:
        return "wrongly-none", False
    first = answers[0]
    has_span = contains_any(first.get("quote"), gold.must_contain) or contains_any(first.get("text"),
                                                                                   gold.must_contain)
    if has_span:
        if gold.short and not contains_any(first.get("text"), gold.short):
            return "partial", False
        return "right", False
    later = any(contains_any(a.get("quote"), gold.must_contain) or contains_any(a.get("text"), gold.must_contain)
                for a in answers[1:])
    return ("partial" if later else "wrong"), False


# ----------------------------------------------------------------- indexes


def build_indexes(workdir: Path, collections: set[str], say=print) -> dict[str, Path]:
    """A real index per collection asked for; BBC is skipped (with a message) when the corpus is absent."""
    from index.store.build import build_index

    built: dict[str, Path] = {}
    if "seeds" in collections:
        src = workdir / "seeds-src"
        shutil.copytree(SEEDS, src)
        build_index(src, workdir / "seeds-index")
        built["seeds"] = workdir / "seeds-index"
    from benchmarks.holdouts import BBC_LISTS, listing

    for name, articles in BBC_LISTS.items():
        if name not in collections:
            continue
        if not BBC.is_dir():
            say(f"skipping the {name} questions: {BBC} is not available")
            continue
        src = workdir / f"{name}-src"
        src.mkdir()
        for article in listing(HERE / articles):
            shutil.copy(BBC / article, src / article)
        build_index(src, workdir / f"{name}-index")
        built[name] = workdir / f"{name}-index"
    return built


def run(gold: list[GoldQuestion], indexes: dict[str, Path]) -> list[Judged]:
    from index.answer.engine import Engine

    engines = {name: Engine(path) for name, path in indexes.items()}
    out: list[Judged] = []
    try:
        for g in gold:
            engine = engines.get(g.collection)
            if engine is None:
                continue
            started = time.perf_counter()
            result = engine.ask(g.question)
            seconds = time.perf_counter() - started
            answer = result.to_json_dict()
            answers = list(answer.get("answers") or [])
            verdict, forced = judge(g, answers)
            gate = None if answers else (result.refused_by or f"{result.intent.value}.unlabelled")
            out.append(Judged(gold=g, verdict=verdict, forced=forced, answers=answers,
                              message=answer.get("message"), seconds=seconds, gate=gate))
    finally:
        for e in engines.values():
            e.close()
    return out


# ----------------------------------------------------------------- report


def _figures(rows: list[Judged]) -> dict[str, Any]:
    counts = Counter(r.verdict for r in rows)
    n = len(rows)
    fig: dict[str, Any] = {"n": n, **{v: counts.get(v, 0) for v in VERDICTS}}
    fig["forced"] = sum(r.forced for r in rows)
    fig["right_rate"] = round(counts.get("right", 0) / n, 4) if n else None
    return fig


def summary(rows: list[Judged]) -> dict[str, Any]:
    by_class: dict[str, list[Judged]] = defaultdict(list)
    for r in rows:
        by_class[r.gold.cls].append(r)
    times = sorted(r.seconds for r in rows)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0
    none_by_gate = Counter(r.gate for r in rows if r.verdict == "wrongly-none")
    return {"overall": _figures(rows), "classes": {c: _figures(by_class[c]) for c in sorted(by_class)},
            "ask_p95_ms": round(p95 * 1000, 1),
            # which gate refused the questions that have an answer: where a tolerant second chance pays
            "wrongly_none_by_gate": dict(sorted(none_by_gate.items(), key=lambda kv: (-kv[1], kv[0])))}


def details(rows: list[Judged]) -> list[dict[str, Any]]:
    return [
        {"id": r.gold.id, "class": r.gold.cls, "question": r.gold.question, "expect": r.gold.expect,
         "verdict": r.verdict, "message": r.message, "gate": r.gate,
         "answers": [{k: a.get(k) for k in ("text", "quote", "speaker", "speaker_description", "date")}
                     | {"source": (a.get("source") or {}).get("id")} for a in r.answers[:3]]}
        for r in rows
    ]


def render(report: dict[str, Any], rows: list[Judged], verbose: bool) -> str:
    lines = [f"{'class':<14}{'n':>4}{'right':>7}{'part':>6}{'wrong':>7}{'none!':>7}{'misatt':>8}{'forced':>8}"
             f"{'right%':>8}"]

    def line(name: str, f: dict[str, Any]) -> str:
        pct = f"{100 * f['right_rate']:.0f}%" if f["right_rate"] is not None else "-"
        return (f"{name:<14}{f['n']:>4}{f['right']:>7}{f['partial']:>6}{f['wrong']:>7}{f['wrongly-none']:>7}"
                f"{f['misattributed']:>8}{f['forced']:>8}{pct:>8}")

    for cls, f in report["classes"].items():
        lines.append(line(cls, f))
    lines.append(line("overall", report["overall"]))
    lines.append(f"ask p95: {report['ask_p95_ms']} ms")
    if report.get("wrongly_none_by_gate"):
        lines.append("wrongly none by gate: " + ", ".join(f"{g} {n}" for g, n in report["wrongly_none_by_gate"].items()))
    if verbose:
        for d in details(rows):
            if d["verdict"] == "right":
                continue
            lines.append("")
            lines.append(f"[{d['verdict']}] {d['id']} ({d['class']}, expect {d['expect']}): {d['question']}")
            if not d["answers"]:
                lines.append(f"    (no answers, gate {d['gate']}) {d['message']}")
            for a in d["answers"]:
                who = a["speaker"] or (f"[{a['speaker_description']}]" if a.get("speaker_description") else "-")
                lines.append(f"    {who} | {a['text'][:100]!r} | {a['source']}")
                if a["quote"] != a["text"]:
                    lines.append(f"        quote: {a['quote'][:160]!r}")
    return "\n".join(lines)


def evaluate(gold_paths: list[str], split: str = "tune", say=print) -> tuple[dict[str, Any], list[Judged]]:
    gold = [g for g in load_gold(gold_paths) if split == "all" or g.split == split]
    with tempfile.TemporaryDirectory(prefix="dossier-answer-eval-") as tmp:
        indexes = build_indexes(Path(tmp), {g.collection for g in gold}, say=say)
        rows = run(gold, indexes)
    return summary(rows), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answer_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="append", required=True, help="gold JSONL file or glob (repeatable)")
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--verbose", action="store_true", help="per-question output (tune split only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.verbose and args.split not in TUNING_SPLITS:
        print(f"--verbose is for the tuning splits only ({', '.join(TUNING_SPLITS)}): held-out questions are judged, "
              "never read.", file=sys.stderr)
        return 2
    report, rows = evaluate(args.gold, args.split, say=lambda m: print(m, file=sys.stderr))
    if args.json:
        out = {"split": args.split, **report}
        if args.verbose:
            out["details"] = details(rows)
        print(json.dumps(out, indent=1))
    else:
        print(f"split: {args.split}")
        print(render(report, rows, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
