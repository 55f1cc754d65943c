"""`make bench` in its quick mode: it runs end to end and its JSON holds every figure the issue asks for.

The numbers themselves are not asserted (a loaded CI machine is slower);
what is asserted is that every figure was measured, on both sides, with no
failed step and no question that raised.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BBC, REPO

# Every figure each collection must carry: a path into the per-scale JSON.
FIGURES = [
    ("collection", "files"),
    ("build", "seconds"), ("build", "wall_seconds"), ("build", "paragraphs"), ("build", "paragraphs_per_second"),
    ("build", "index_bytes"), ("build", "peak_rss_mb"), ("build", "peak_rss_tree_mb"),
    ("baseline_build", "seconds"), ("baseline_build", "passages"), ("baseline_build", "index_bytes"),
    ("incremental", "changed", "seconds"), ("incremental", "changed", "wall_seconds"),
    ("incremental", "added", "seconds"), ("incremental", "deleted", "seconds"),
    ("latency", "ask", "p50"), ("latency", "ask", "p95"), ("latency", "ask", "p99"),
    ("latency", "search", "p50"), ("latency", "search", "p95"), ("latency", "search", "p99"),
    ("latency", "cold_first_answer_ms"),
    ("baseline_latency", "search", "p50"), ("baseline_latency", "search", "p95"),
    ("baseline_latency", "search", "p99"), ("baseline_latency", "cold_first_answer_ms"),
    ("serving", "first_answer_s"), ("serving", "rss_after_answers_mb"), ("serving", "peak_rss_mb"),
    ("check", "check", "p95"), ("check", "first_verdict_s"),
]


def _get(d: dict, path: tuple[str, ...]):
    for key in path:
        d = d[key]
    return d


@pytest.mark.slow
def test_quick_bench_writes_every_figure(tmp_path: Path) -> None:
    if not BBC.is_dir():
        pytest.skip("../shared/corpora/bbc-news is not available")
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--quick", "--questions", "200", "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text())
    assert {"cores", "python", "whoosh"} <= set(results["machine"])
    assert set(results["scales"]) == {"seeds", "bbc200"}
    for name, scale in results["scales"].items():
        assert scale["errors"] == {}, (name, scale["errors"])
        missing = [p for p in FIGURES if _get_or_none(scale, p) is None]
        assert not missing, (name, missing)
        assert scale["questions"]["n"] >= 200
        assert set(scale["questions"]["by_kind"]) == {"quote", "when", "who", "where", "how_many", "search"}
        assert scale["latency"]["error_count"] == 0, scale["latency"]["errors"]
        assert scale["latency"]["ask"]["n"] == scale["questions"]["n"]
        assert scale["serving"]["answers"] == scale["questions"]["n"] and scale["serving"]["bad_lines"] == 0
        assert scale["check"]["claims"] > 0 and sum(scale["check"]["verdicts"].values()) > 0
        inc = scale["incremental"]
        assert (inc["changed"]["changed"], inc["added"]["added"], inc["deleted"]["removed"]) == (1, 1, 1)
        assert all(inc[k]["incremental"] for k in ("changed", "added", "deleted"))
        # Both sides indexed exactly the same passages.
        assert scale["baseline_build"]["passages"] == scale["build"]["passages"]
    targets = results["targets"]
    assert targets and all(t["holds"] in (True, False) for t in targets), targets
    assert "| target |" in proc.stdout and "raw Whoosh" in proc.stdout
    assert out.with_suffix(".md").read_text().strip() == proc.stdout.strip()


def _get_or_none(d: dict, path: tuple[str, ...]):
    try:
        return _get(d, path)
    except (KeyError, TypeError):
        return None
