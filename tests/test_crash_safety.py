"""Crash safety: killed builds, damaged index files, and questions answered while rebuilds swap.

Three promises, each tested against real processes and real files:

* a build killed with SIGKILL at any stage (start-up, reading, writing the
  segments, just before publishing) leaves the previous generation serving,
  and the next ``dossier build`` succeeds with no manual clean-up;
* a damaged index — truncated or garbled manifest, segment or TOC, a
  ``CURRENT`` pointing nowhere — makes ``dossier ask`` print one line naming
  ``dossier build`` and exit 2, never a traceback; ``dossier build`` repairs it;
* questions asked in a loop keep being answered while builds run and swap,
  and once the new content is seen the old never comes back.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from index import cli
from index.answer.engine import Engine
from index.errors import IndexMissing
from index.store import layout
from index.store.build import build_index
from tests.conftest import BBC, REPO, SEEDS

QUESTION = "When was the NRC created?"
KILL_SAMPLE = 150  # BBC files: over the process-pool threshold, and a build that takes a moment


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    return env


def _dossier(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=REPO, env=_env(), capture_output=True,
                          text=True, timeout=timeout)


def _temps(ix: Path) -> list[Path]:
    return [p for p in ix.iterdir() if p.name.startswith(layout.TMP_PREFIX)]


def _wait_for(cond: Callable[[], bool], proc: subprocess.Popen, timeout: float = 60) -> bool:
    """Poll ``cond`` every few milliseconds until it holds or the process ends."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if cond():
                return True
        except OSError:  # a folder vanished between listing and looking inside
            pass
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    return False


def _writing(ix: Path) -> bool:
    """A temporary generation whose Whoosh folder already has segment data in it."""
    for tmp in _temps(ix):
        wdir = tmp / "whoosh"
        if wdir.is_dir() and any(not f.name.endswith(".lock") and f.stat().st_size > 0 for f in wdir.iterdir()):
            return True
    return False


def _manifest_written(ix: Path) -> bool:
    return any((tmp / "manifest.json").exists() for tmp in _temps(ix))


# Kills after fixed delays (start-up, reading) are in test_store.py; these wait for a stage on disk instead.
STAGES: dict[str, Callable[[Path], bool] | float] = {
    "temporary generation created": lambda ix: bool(_temps(ix)),
    "writing segments": _writing,
    "manifest written, not yet published": _manifest_written,
}


@pytest.fixture(scope="module")
def kill_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not BBC.is_dir():
        pytest.skip("../shared/corpora/bbc-news is not available")
    folder = tmp_path_factory.mktemp("kill-sources")
    for src in SEEDS.iterdir():
        shutil.copy(src, folder / src.name)
    files = sorted(BBC.glob("*.txt"))
    for src in files[:: max(1, len(files) // KILL_SAMPLE)][:KILL_SAMPLE]:
        shutil.copy(src, folder / src.name)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(STAGES))
def test_sigkilled_build_at_each_stage_keeps_serving_and_next_build_recovers(
        stage: str, kill_sources: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index(SEEDS, ix)
    before = layout.read_current(ix)
    serving = Engine(ix)
    assert serving.ask(QUESTION).answers

    proc = subprocess.Popen([sys.executable, "-m", "index", "build", "--full", "--seeds", str(kill_sources),
                             "--index", str(ix)], cwd=REPO, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    when = STAGES[stage]
    if isinstance(when, float):
        time.sleep(when)
    else:
        _wait_for(lambda: when(ix), proc)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its worker processes, with no chance to clean up
    proc.wait()

    # Whatever was serving is whole: the old generation, or (if the build won the race) the new one.
    current = layout.read_current(ix)
    assert serving.ask(QUESTION).answers
    assert Engine(ix).ask(QUESTION).answers
    if killed and current == before:
        assert len(Engine(ix).sources()) == 5
    if killed and stage in ("writing segments", "manifest written, not yet published"):
        assert _temps(ix), "the kill should have left a stale temporary generation behind"

    # The next build needs no manual clean-up: stale temporaries and the lock are recovered.
    done = _dossier("build", "--seeds", str(kill_sources), "--index", str(ix))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not _temps(ix)
    assert len(Engine(ix).sources()) == 5 + KILL_SAMPLE
    assert serving.ask(QUESTION).answers  # the engine opened before the kill follows the swap
    with layout.build_lock(ix):  # nothing holds the lock any more
        pass


def test_stale_leftovers_of_a_dead_build_are_cleaned(seeds_copy: Path, tmp_path: Path) -> None:
    """What a SIGKILL leaves, planted by hand: a half-written temporary generation and pointer, an old lock file."""
    ix = tmp_path / "ix"
    build_index(seeds_copy, ix)
    stale = ix / f"{layout.TMP_PREFIX}99999-deadbeef"
    (stale / "whoosh").mkdir(parents=True)
    (stale / "whoosh" / "_MAIN_1.toc").write_bytes(b"\x00half")
    (ix / f"{layout.TMP_PREFIX}{layout.CURRENT}-cafe").write_text("gen-never-finished\n")
    (ix / layout.LOCK).write_text("12345\n")  # a lock file from a dead process: flock, not the file, is the lock
    report = build_index(seeds_copy, ix)
    assert report.sources == 5
    assert not _temps(ix)
    assert Engine(ix).ask(QUESTION).answers


# ------------------------------------------------------------------ damaged index files


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ix = tmp_path_factory.mktemp("pristine") / "ix"
    build_index(SEEDS, ix)
    return ix


def _segment(gen: Path) -> Path:
    return max((p for p in (gen / "whoosh").iterdir() if p.suffix == ".seg"), key=lambda p: p.stat().st_size)


def _toc(gen: Path) -> Path:
    return next(p for p in (gen / "whoosh").iterdir() if p.suffix == ".toc")


def _truncate(path: Path, keep: float = 0.5) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(int(path.stat().st_size * keep))


def _garble(path: Path) -> None:
    """Overwrite the middle half of a file with junk, keeping its size (what a bad disk sector does)."""
    data = bytearray(path.read_bytes())
    n = len(data)
    data[n // 4: 3 * n // 4] = bytes((i * 131 + 7) % 256 for i in range(n // 4, 3 * n // 4))
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path, Path], None]] = {
    "manifest truncated": lambda ix, gen: _truncate(gen / "manifest.json"),
    "manifest garbage": lambda ix, gen: (gen / "manifest.json").write_text("{not json"),
    "manifest deleted": lambda ix, gen: (gen / "manifest.json").unlink(),
    "speakers garbage": lambda ix, gen: (gen / "speakers.json").write_bytes(b"\x00\xff garbage"),
    "segment truncated": lambda ix, gen: _truncate(_segment(gen)),
    "segment deleted": lambda ix, gen: _segment(gen).unlink(),
    "segment garbled, same size": lambda ix, gen: _garble(_segment(gen)),
    "TOC truncated": lambda ix, gen: _truncate(_toc(gen), 0.3),
    "TOC garbled": lambda ix, gen: _garble(_toc(gen)),
    "TOC deleted": lambda ix, gen: _toc(gen).unlink(),
    "whoosh folder deleted": lambda ix, gen: shutil.rmtree(gen / "whoosh"),
    "CURRENT points nowhere": lambda ix, gen: (ix / "CURRENT").write_text("gen-20000101T000000-000000\n"),
    "CURRENT empty": lambda ix, gen: (ix / "CURRENT").write_text(""),
    "CURRENT binary": lambda ix, gen: (ix / "CURRENT").write_bytes(b"\xff\xfe\x00\x01"),
    "CURRENT deleted": lambda ix, gen: (ix / "CURRENT").unlink(),
    "generation deleted": lambda ix, gen: shutil.rmtree(gen),
    "segment term table garbled": lambda ix, gen: _garble_window(_segment(gen)),
}


def _garble_window(path: Path, at: float = 0.8, length: int = 2000) -> None:
    """Overwrite a small window deep in a segment (its term table), leaving the compound directory readable."""
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    for i in range(start, min(len(data), start + length)):
        data[i] = (i * 131 + 7) % 256
    path.write_bytes(bytes(data))


# A segment garbled inside its term table opens fine (sizes match) and fails only at the first
# lookup; the engine reports a failure raised inside Whoosh as damage, so it is one clear line too.


def _one_clear_line(err: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "dossier build" in lines[0], err


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_index_gives_one_clear_line_and_build_repairs_it(
        damage: str, pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ix = tmp_path / "ix"
    shutil.copytree(pristine, ix)
    DAMAGE[damage](ix, layout.read_current(ix) if (ix / "CURRENT").exists() else ix)
    for argv in (["ask", "--index", str(ix), QUESTION], ["search", "--index", str(ix), "NATO", "Russia"],
                 ["sources", "--index", str(ix)]):
        code = cli.main(argv)
        captured = capsys.readouterr()
        assert code == 2, (argv, captured.out, captured.err)
        _one_clear_line(captured.err)
    assert cli.main(["build", "--seeds", str(SEEDS), "--index", str(ix)]) == 0
    capsys.readouterr()
    assert cli.main(["ask", "--json", "--index", str(ix), QUESTION]) == 0
    assert "2002" in capsys.readouterr().out
    assert len(Engine(ix).sources()) == 5


@pytest.mark.parametrize("damage", ["segment truncated", "TOC garbled", "CURRENT points nowhere"])
def test_damaged_index_through_the_real_command(damage: str, pristine: Path, tmp_path: Path) -> None:
    """The installed entry point, in its own process: exit 2, one line, no traceback; then repaired."""
    ix = tmp_path / "ix"
    shutil.copytree(pristine, ix)
    DAMAGE[damage](ix, layout.read_current(ix))
    asked = _dossier("ask", "--index", str(ix), QUESTION)
    assert asked.returncode == 2, asked
    _one_clear_line(asked.stderr)
    assert _dossier("build", "--seeds", str(SEEDS), "--index", str(ix)).returncode == 0
    again = _dossier("ask", "--json", "--index", str(ix), QUESTION)
    assert again.returncode == 0 and "2002" in again.stdout


# ------------------------------------------------------------------ serving during rebuilds

MARKER = "Quillback marmalade accord"


def _marker_text(version: int) -> str:
    return (f"{MARKER}\n\nThe quillback marmalade accord, revision number {version}, was signed in Lisbon "
            f"on {version} March 2011 by the delegates.\n")


def _version_seen(engine: Engine) -> int:
    hits = engine.search("quillback marmalade accord")
    found = [int(m.group(1)) for h in hits for m in re.finditer(r"revision number (\d+)", h.passage.text)]
    return max(found, default=0)


class Asker(threading.Thread):
    """Asks in a loop: a question always covered, and one whose answer changes with each rebuild."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(daemon=True)
        self.engine = engine
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.versions: list[int] = []
        self.unanswered = 0

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                if not self.engine.ask(QUESTION).answers:
                    self.unanswered += 1
                self.versions.append(_version_seen(self.engine))
            except Exception as exc:  # every failure is a test failure, reported with its type
                self.errors.append(f"{exc.__class__.__name__}: {exc}")

    def wait_for_more(self, n: int = 3, timeout: float = 30) -> None:
        target = len(self.versions) + n
        deadline = time.monotonic() + timeout
        while len(self.versions) < target and time.monotonic() < deadline and self.is_alive():
            time.sleep(0.005)


@contextmanager
def _asking(ix: Path) -> Iterator[Asker]:
    """An :class:`Asker` on the index at ``ix``, already answering; stopped on the way out."""
    asker = Asker(Engine(ix))
    asker.start()
    try:
        asker.wait_for_more()
        yield asker
    finally:
        asker.stop.set()
        asker.join(timeout=30)


def _check_monotonic(asker: Asker, last: int) -> None:
    assert not asker.errors, asker.errors[:5]
    assert asker.unanswered == 0
    assert asker.versions == sorted(asker.versions), "an answer went back to older content after a swap"
    assert asker.versions[0] == 0 and asker.versions[-1] == last
    assert set(range(last + 1)) <= set(asker.versions)


def test_questions_answered_while_rebuilds_run_and_swap(seeds_copy: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index(seeds_copy, ix)
    rounds = 5  # more rounds than generations kept: the engine's old snapshot folders get pruned under it
    with _asking(ix) as asker:
        for version in range(1, rounds + 1):
            (seeds_copy / "marker.txt").write_text(_marker_text(version))
            during: list[int] = []

            def mid_build(done: int, total: int, asker: Asker = asker, during: list[int] = during) -> None:
                # Halfway through the rebuild (its lock held, nothing published yet), questions must go on being
                # answered. Waiting here for them, rather than hoping one finishes while a fast build runs, makes
                # the check hold on a loaded machine too (it failed by timing alone under load).
                before = len(asker.versions)
                asker.wait_for_more(1)
                during.append(len(asker.versions) - before)

            build_index(seeds_copy, ix, progress=mid_build)
            assert during and all(n > 0 for n in during) or asker.errors, "no question was answered during the rebuild"
            asker.wait_for_more()
    _check_monotonic(asker, rounds)


def _publish_in_a_row(ix: Path, times: int) -> None:
    """Publish ``times`` small generations one after another, as builds do (publish, then prune with the
    one that served before spared); after each, the generation that served before it must still be whole."""
    for i in range(times):
        temp = layout.make_temp_dir(ix)
        (temp / "content").write_text(str(i))
        replaced = layout.read_current(ix) if i else None
        layout.publish(ix, temp)
        layout.prune(ix, spare=replaced.name if replaced else None)
        if replaced is not None:
            assert replaced.is_dir(), f"publish {i} pruned the generation that served just before it"


def test_generations_published_within_one_second_keep_the_one_before(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Several builds finishing within one second (a small index rebuilt on each save): a reader that read the
    previous generation's name just before the swap must still find it. Named to the second only, the random
    tags decided their order; here each tag sorts before the last, the order that pruned it."""
    tags = iter(f"{n:06x}" for n in range(0xFFFFFF, 0, -1))
    monkeypatch.setattr(layout.secrets, "token_hex", lambda _n: next(tags))
    _publish_in_a_row(tmp_path / "ix", 6)


def test_a_clock_set_back_does_not_prune_the_generation_that_served_before(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    names = iter(f"{layout.GEN_PREFIX}{n:04d}" for n in range(9999, 0, -1))  # each named earlier than the last
    monkeypatch.setattr(layout, "new_generation_name", lambda: next(names))
    _publish_in_a_row(tmp_path / "ix", 5)


def test_engine_opening_a_generation_pruned_under_it_answers_from_the_new_one(seeds_copy: Path, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine reads CURRENT, then opens the generation it names; two rebuilds publishing in between
    prune that one (it is neither the serving one nor the one before). The question is still answered,
    from the newest generation, and a missing index still says so."""
    ix = tmp_path / "ix"
    build_index(seeds_copy, ix)
    engine = Engine(ix)
    real = layout.read_current
    stale: list[Path] = []

    def resolve_then_rebuild_twice(index_dir: Path) -> Path:
        gen = real(index_dir)
        if not stale:
            stale.append(gen)
            for version in (1, 2):
                (seeds_copy / "marker.txt").write_text(_marker_text(version))
                build_index(seeds_copy, ix)
        return gen

    monkeypatch.setattr(layout, "read_current", resolve_then_rebuild_twice)
    assert engine.ask(QUESTION).answers
    assert not stale[0].exists(), "the generation the engine resolved first was pruned"
    assert engine.snapshot().gen == real(ix) != stale[0]
    assert _version_seen(engine) == 2
    monkeypatch.undo()
    (ix / layout.CURRENT).write_text("gen-20000101T000000-000000\n")  # points nowhere, and stays so
    with pytest.raises(IndexMissing):
        Engine(ix).ask(QUESTION)


@pytest.mark.slow
def test_questions_answered_while_a_separate_build_process_swaps(kill_sources: Path, tmp_path: Path) -> None:
    """The deployment shape: the bot serves while `dossier build` (with its worker pool) runs in another process."""
    sources = tmp_path / "sources"
    shutil.copytree(kill_sources, sources)
    ix = tmp_path / "ix"
    build_index(sources, ix)
    with _asking(ix) as asker:
        for version in (1, 2):
            (sources / "marker.txt").write_text(_marker_text(version))
            before = len(asker.versions)
            done = _dossier("build", "--full", "--seeds", str(sources), "--index", str(ix), timeout=300)
            assert done.returncode == 0, done.stderr
            assert len(asker.versions) > before + 3, "the serving engine stalled during the build"
            asker.wait_for_more()
    _check_monotonic(asker, 2)


def test_publishing_syncs_every_file_the_build_wrote_and_every_folder(seeds_copy: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Before a generation is published, each file it wrote and each of its folders is on disk; only the files
    hard-linked from the published generation before it (on disk since that one was published) are not synced again."""
    ix = tmp_path / "index"
    build_index(seeds_copy, ix)
    before = layout.read_current(ix)
    target = sorted(p for p in seeds_copy.iterdir() if p.suffix == ".txt")[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n\nA late paragraph, added for the rebuild.\n",
                      encoding="utf-8")
    synced: list[Path] = []
    real = layout._fsync_path
    monkeypatch.setattr(layout, "_fsync_path", lambda p: (synced.append(Path(p)), real(p)))
    build_index(seeds_copy, ix)
    gen = layout.read_current(ix)
    assert gen != before
    temp = next(p for p in synced if p.parent == ix and p.name.startswith(layout.TMP_PREFIX))  # its own folder
    as_published = {gen / p.relative_to(temp) for p in synced if p.is_relative_to(temp)}
    linked = {p for p in gen.rglob("*") if p.is_file() and (before / p.relative_to(gen)).exists()
              and (before / p.relative_to(gen)).stat().st_ino == p.stat().st_ino}
    assert linked, "an incremental build shares the previous generation's unchanged files"
    assert not linked & as_published
    assert {p for p in gen.rglob("*") if p not in linked} | {gen} == as_published
