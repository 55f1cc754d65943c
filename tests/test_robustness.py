"""Bad data in a big sources folder: the build goes on, skips each bad file by name, says why.

A real folder of 1,000 files: 992 short articles (cut from the BBC corpus
when it is there, generated otherwise) plus one of each kind of trouble people
leave in a folder — an empty file, a binary one, a Latin-1 one (good, must be
indexed), a 50 MB one, one nobody may read, a folder named like a text file,
a symlink loop and a dangling symlink.
"""

from __future__ import annotations

import logging
import os
import random
import re
from pathlib import Path

import pytest

from index.answer.engine import Engine
from index.models import BuildReport
from index.present.text import render_build
from index.store.build import build_index
from tests.conftest import BBC

N_GOOD = 992
HUGE_BYTES = 50 * 1024 * 1024
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

_WORDS = ("council budget minister vote harbour railway festival league striker tariff election market "
          "museum orchestra vaccine drought satellite factory pension treaty").split()


_BBC_FILES = sorted(BBC.glob("*.txt")) if BBC.is_dir() else []


def _good_text(i: int, rng: random.Random) -> str:
    """A short article: the first paragraphs of a BBC article, or generated prose when the corpus is absent."""
    if _BBC_FILES:
        paras = [p for p in _BBC_FILES[i % len(_BBC_FILES)].read_text(encoding="utf-8", errors="replace").split("\n\n")
                 if p.strip()]
        return "\n\n".join(paras[:3]) + "\n"  # title and two paragraphs: 1,000 files, a build of moments
    words = [rng.choice(_WORDS) for _ in range(40)]
    return (f"Report {i} on the {words[0]} and the {words[1]}\n\n"
            f"The {words[2]} committee met on {1 + i % 28} May 2004 to discuss the {words[3]}. "
            f"Officials said the {words[4]} plan would cost {i} million pounds.\n\n"
            + " ".join(words[5:]).capitalize() + ".\n")


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport, list[str], list[str]]:
    """The 1,000-file folder, built once: index, report, the bad files' names, the warnings logged."""
    root = tmp_path_factory.mktemp("messy")
    src = root / "sources"
    src.mkdir()
    rng = random.Random(7)
    for i in range(N_GOOD):
        (src / f"article-{i:04d}.txt").write_text(_good_text(i, rng), encoding="utf-8")
    (src / "latin1-cafe.txt").write_bytes(
        "Café society in Zürich\n\nThe café owners of Zürich met the señor from Málaga about the crème brûlée "
        "tariff on 3 June 2004.\n".encode("latin-1"))
    bad = ["empty.txt", "binary.txt", "huge.txt", "folder.txt", "loop.txt", "dangling.txt"]
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(random.Random(1).randbytes(64 * 1024) + b"\x00" * 64)  # NULs and all
    with open(src / "huge.txt", "wb") as fh:
        line = b"The huge file repeats one sentence about the harbour tariff over and over again.\n"
        fh.write(b"Huge file\n\n" + line * (HUGE_BYTES // len(line) + 1))
    (src / "folder.txt").mkdir()
    (src / "folder.txt" / "inner.md").write_text("Inner note\n\nA note inside a folder named like a text file.\n")
    os.symlink("loop.txt", src / "loop.txt")
    os.symlink("does-not-exist.txt", src / "dangling.txt")
    if not IS_ROOT:  # root reads anything, so an unreadable file cannot be made for it
        (src / "unreadable.txt").write_text("Secret\n\nNobody may read this file.\n")
        os.chmod(src / "unreadable.txt", 0)
        bad.append("unreadable.txt")
    ix = root / "ix"
    handler = _Collect()
    logging.getLogger().addHandler(handler)
    try:
        report = build_index(src, ix)
    finally:
        logging.getLogger().removeHandler(handler)
        if not IS_ROOT:
            os.chmod(src / "unreadable.txt", 0o644)
    return ix, report, bad, handler.messages


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _skipped(report: BuildReport) -> dict[str, str]:
    return {Path(s.path).name: s.reason for s in report.skipped}


@pytest.mark.slow
def test_messy_folder_builds_and_good_files_are_searchable(messy) -> None:
    ix, report, _bad, _warnings = messy
    assert report.sources >= N_GOOD + 1 - 5  # a handful of short texts may clean down to nothing
    engine = Engine(ix)
    hits = engine.search("cafe zurich")  # the Latin-1 file, found with and without accents
    assert hits and hits[0].source.id.startswith("latin1")
    assert "Zürich" in hits[0].passage.text
    assert engine.search("café Zürich")
    if _BBC_FILES:
        title = _BBC_FILES[0].read_text(encoding="utf-8").splitlines()[0]
        assert any(h.source.id == "article-0000" for h in engine.search(title, limit=10))


@pytest.mark.slow
@pytest.mark.parametrize("name,reason", [
    ("empty.txt", r"empty"),
    ("binary.txt", r"binary"),
    ("huge.txt", r"\d.*(byte|MB|limit|large)"),
    pytest.param("unreadable.txt", r"permission|read",
                 marks=pytest.mark.skipif(IS_ROOT, reason="root can read a chmod 000 file")),
])
def test_each_bad_file_is_skipped_with_a_reason(messy, name: str, reason: str) -> None:
    _ix, report, _bad, warnings = messy
    skipped = _skipped(report)
    assert name in skipped, sorted(skipped)
    assert re.search(reason, skipped[name], re.I), skipped[name]
    assert any(name in m for m in warnings), "no warning named the skipped file"
    assert name in render_build(report)  # the summary `dossier build` prints names it too


@pytest.mark.slow
@pytest.mark.parametrize("name", ["folder.txt", "loop.txt", "dangling.txt"])
def test_odd_entries_are_reported_not_silently_dropped(messy, name: str) -> None:
    _ix, report, _bad, _warnings = messy
    assert name in _skipped(report)


@pytest.mark.slow
def test_nothing_else_is_skipped_and_the_build_does_not_stall_on_the_huge_file(messy) -> None:
    _ix, report, bad, _warnings = messy
    unexpected = set(_skipped(report)) - set(bad)
    assert not unexpected, {n: _skipped(report)[n] for n in unexpected}
    assert report.seconds < 120
