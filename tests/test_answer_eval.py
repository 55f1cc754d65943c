"""The answer evaluator's judging rules, and a gate on the tune split (issue 9).

Only the tune split is gated: held-out splits are judged once and reported, never tested on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.answer_eval import BBC, GoldQuestion, evaluate, judge, main

REPO = Path(__file__).resolve().parents[1]
GOLD = [str(REPO / "benchmarks" / "answer_gold_a.jsonl"), str(REPO / "benchmarks" / "answer_gold_b.jsonl")]
# What the engine reaches on the tune split (seeds + BBC) after issue 9's round 3: 119 of 142 right
# (84%), no misattribution, 3 forced. The gate leaves two points for extraction changes that move a
# quotation's speaker; a change that answers clearly fewer tune questions fails here.
TUNE_RIGHT_RATE = 0.82
TUNE_MAX_MISATTRIBUTED = 0
TUNE_MAX_FORCED = 5


def _gold(**kw) -> GoldQuestion:
    base = dict(id="t-1", collection="bbc", cls="plain", question="q", expect="answer",
                must_contain=("the right words",), short=(), speaker=None, speaker_description=None,
                source=None, split="tune")
    base.update(kw)
    return GoldQuestion(**base)


def _a(text: str, quote: str | None = None, speaker: str | None = None, desc: str | None = None) -> dict:
    return {"text": text, "quote": quote or text, "speaker": speaker, "speaker_description": desc}


def test_right_when_the_first_answer_has_the_span() -> None:
    assert judge(_gold(), [_a("x", "… The Right  words …")]) == ("right", False)


def test_short_answer_must_be_in_text() -> None:
    gold = _gold(short=("4,000",))
    assert judge(gold, [_a("4,000 jobs", "cut 4,000 jobs: the right words")])[0] == "right"
    assert judge(gold, [_a("£2bn", "the right words")])[0] == "partial"


def test_partial_when_only_a_later_answer_has_it() -> None:
    assert judge(_gold(), [_a("other"), _a("the right words")])[0] == "partial"


def test_wrong_and_wrongly_none() -> None:
    assert judge(_gold(), [_a("other")])[0] == "wrong"
    assert judge(_gold(), [])[0] == "wrongly-none"


def test_expect_none() -> None:
    gold = _gold(expect="none", must_contain=())
    assert judge(gold, []) == ("right", False)
    assert judge(gold, [_a("anything")]) == ("wrong", True)


def test_misattribution_wins() -> None:
    gold = _gold(speaker="Bernard Laporte")
    assert judge(gold, [_a("the right words", speaker="Laporte")])[0] == "right"
    assert judge(gold, [_a("the right words", speaker="Bernard Laporte"), _a("y", speaker="Jacques Santini")])[0] \
        == "misattributed"


def test_anonymous_words_never_under_a_name() -> None:
    gold = _gold(cls="anonymous")
    assert judge(gold, [_a("the right words", desc="a spokesman")])[0] == "right"
    assert judge(gold, [_a("the right words", speaker="Jane Doe")])[0] == "misattributed"
    # the body a spokeswoman speaks for, named in her own description, is not a misattribution
    assert judge(gold, [_a("the right words", speaker="BBC", desc="A BBC spokeswoman")])[0] == "right"


def test_verbose_is_refused_on_held_splits(capsys: pytest.CaptureFixture[str]) -> None:
    # wave 48 (rounds.WAVE 47): held1-held47 are tuning data now; held48 (answer_gold_zv) is the held-out set
    held = str(REPO / "benchmarks" / "answer_gold_zv.jsonl")
    assert main(["--gold", held, "--split", "held48", "--verbose"]) == 2
    assert "tuning splits only" in capsys.readouterr().err


def test_tune_split_does_not_regress() -> None:
    if not BBC.is_dir():
        pytest.skip("../shared/corpora/bbc-news is not available")
    report, rows = evaluate(GOLD, "tune", say=lambda _m: None)
    overall = report["overall"]
    assert overall["n"] == len(rows) > 100
    assert overall["right_rate"] >= TUNE_RIGHT_RATE, report["classes"]
    assert overall["misattributed"] <= TUNE_MAX_MISATTRIBUTED
    assert overall["forced"] <= TUNE_MAX_FORCED
