"""The command line as a user and a script see it: output, JSON contract, exit codes, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.cli import main
from tests.conftest import REPO, SEEDS

ANSWER_KEYS = {"question", "intent", "answers", "message"}
ITEM_KEYS = {"text", "quote", "speaker", "date", "source", "score"}
SOURCE_KEYS = {"id", "title", "publisher", "author", "published", "url", "paragraph"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cleaned_text(engine, source_id: str) -> str:
    return engine.snapshot().document(source_id)[0]


def check_contract(obj: dict, engine) -> None:
    assert ANSWER_KEYS <= set(obj)
    assert isinstance(obj["question"], str) and isinstance(obj["intent"], str)
    assert obj["intent"] in {"quote", "when", "who", "where", "how_many", "search"}
    assert isinstance(obj["answers"], list)
    assert obj["message"] is None or isinstance(obj["message"], str)
    if not obj["answers"]:
        assert obj["message"], "an empty answer must say why"
    for a in obj["answers"]:
        assert ITEM_KEYS <= set(a)
        assert SOURCE_KEYS <= set(a["source"])
        assert isinstance(a["score"], float)
        assert a["date"] is None or len(a["date"]) in (4, 7, 10)
        # verbatim: the quote is an exact span of the cleaned source text
        assert a["quote"] in cleaned_text(engine, a["source"]["id"])


def test_design_example_nrc(capsys, seed_index: Path, engine) -> None:
    code, out, _ = run(capsys, "ask", "--json", "--index", str(seed_index), "When was the NATO-Russia Council created?")
    assert code == 0
    obj = json.loads(out)
    check_contract(obj, engine)
    first = obj["answers"][0]
    assert "28 May 2002" in first["quote"]
    assert first["source"]["id"] == "wiki-nato-russia-relations"
    assert first["source"]["title"] == "NATO–Russia relations"


def test_text_output_is_readable(capsys, seed_index: Path) -> None:
    code, out, _ = run(capsys, "ask", "--index", str(seed_index), "What", "did", "Medvedev", "say?")
    assert code == 0
    assert "Dmitry Medvedev" in out and "Source:" in out and "¶" in out


@pytest.mark.parametrize("question", [
    "", "   ", "?!?!", "x" * 10_000, "title:*", "AND OR NOT", '"unbalanced', "((( missile",
    "NATO\x00Russia\x1b[31m", "😀🚀", "Медведев сказал", "text:nato^5 OR speaker:*", "*", "\\", "~2", "—", "- - -",
    "what did say", "who is", "when was", "NRC NRC NRC NRC",
])
def test_unusable_input_is_plain_words_never_a_traceback(capsys, seed_index: Path, engine, question: str) -> None:
    code, out, err = run(capsys, "ask", "--json", "--index", str(seed_index), question)
    assert code == 0, err
    assert "Traceback" not in err
    check_contract(json.loads(out), engine)


def test_stdin_mode_answers_each_line_in_order(seed_index: Path) -> None:
    questions = ["When was the NRC created?", "", "What did Medvedev say?", "title:* AND", "How many nations are in the alliance?"]
    proc = subprocess.run([sys.executable, "-m", "index", "ask", "--json", "--index", str(seed_index), "-"],
                          input="\n".join(questions) + "\n", capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [obj["question"] for obj in lines] == [q.strip() if q.strip() else "" for q in questions]


def test_missing_index_is_one_line_and_exit_2(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "ask", "--index", str(tmp_path / "none"), "hello")
    assert code == 2
    assert err.count("\n") == 1 and "dossier build" in err


def test_search_json_and_highlights(capsys, seed_index: Path) -> None:
    code, out, _ = run(capsys, "search", "--json", "--index", str(seed_index), "--limit", "3", "missile defense")
    assert code == 0
    obj = json.loads(out)
    assert 1 <= len(obj["hits"]) <= 3
    for hit in obj["hits"]:
        text = hit["passage"]["text"]
        words = {text[h["start"]:h["end"]].lower() for h in hit["highlights"]}
        assert any("missile" in w or "defen" in w for w in words)


def test_hyphen_and_dash_variants_match_each_other(engine) -> None:
    for variant in ["NATO-Russia Council", "NATO–Russia Council", "NATO Russia Council"]:
        hits = engine.search(variant, limit=20)
        assert any("NATO-Russia Council" in h.passage.text for h in hits), variant
        assert any("NATO–Russia" in h.passage.text or "Russia–NATO" in h.passage.text for h in hits), variant


def test_sources_json_lists_metadata(capsys, seed_index: Path) -> None:
    code, out, _ = run(capsys, "sources", "--json", "--index", str(seed_index))
    rows = json.loads(out)["sources"]
    assert code == 0 and len(rows) == 5
    by_id = {r["id"]: r for r in rows}
    assert by_id["russia-to-study-nato-missile-defense"]["published"] == "2010-11-04"
    assert by_id["cnn-russia-nato-deepen-ties"]["publisher"] == "CNN"
    assert all(r["passages"] > 0 for r in rows)
    assert all(r["url"] is None for r in rows)  # never invented


def test_build_command_prints_summary(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "build", "--seeds", str(SEEDS), "--index", str(tmp_path / "ix"))
    assert code == 0
    assert "5 sources" in out and "passages" in out
    code, out, _ = run(capsys, "build", "--json", "--seeds", str(SEEDS), "--index", str(tmp_path / "ix"))
    assert json.loads(out)["unchanged"] == 5


def test_build_of_missing_folder_fails_clearly(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "build", "--seeds", str(tmp_path / "nope"), "--index", str(tmp_path / "ix"))
    assert code == 1 and "does not exist" in err and "Traceback" not in err


def test_clean_prints_what_is_indexed(capsys) -> None:
    code, out, _ = run(capsys, "clean", str(SEEDS / "moscow-times-nato-russia-embrace.txt"))
    assert code == 0
    assert "The NATO and Russia Embrace" in out
    assert "Dear readers" not in out


def test_quotes_command_offsets_point_into_the_file(capsys) -> None:
    path = SEEDS / "cnn-russia-nato-deepen-ties.txt"
    code, out, _ = run(capsys, "quotes", "--json", str(path))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    text = path.read_text(encoding="utf-8")
    assert rows
    for r in rows:
        assert set(r) == {"path", "quote", "speaker", "start", "end", "rule", "confidence", "speaker_description"}
        assert text[r["start"]:r["end"]] == r["quote"]
    assert any(r["speaker"] == "Barack Obama" and "partner, not an adversary" in r["quote"] for r in rows)


def test_python_m_index_is_the_same_cli(seed_index: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "index", "sources", "--index", str(seed_index)],
                          capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0 and "NATO–Russia relations" in proc.stdout


def test_a_command_ends_without_teardown_yet_with_all_its_output_and_logs(seeds_copy: Path, tmp_path: Path) -> None:
    """``python -m index`` and the ``dossier`` script end with ``os._exit`` (see ``exit_now``): the report,
    the log lines and the exit code must all still arrive, and a reader that stops early gets no traceback."""
    (seeds_copy / "scan.txt").write_bytes(b"\x00\x01binary\x00" * 50)  # skipped, with a warning logged
    proc = subprocess.run([sys.executable, "-m", "index", "build", "--json", "-v", "--seeds", str(seeds_copy),
                           "--index", str(tmp_path / "ix")], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1])["sources"] >= 5
    assert "WARNING" in proc.stderr and "scan.txt" in proc.stderr
    missing = subprocess.run([sys.executable, "-m", "index", "ask", "--index", str(tmp_path / "none"), "x"],
                             capture_output=True, text=True, cwd=REPO, timeout=60)
    assert missing.returncode == 2 and missing.stderr.startswith("dossier: ")
    # 200 answers are far more than a pipe holds (64 KiB), so the command's later writes meet the closed pipe
    reader = subprocess.Popen([sys.executable, "-m", "index", "ask", "--json", "--index", str(tmp_path / "ix"), "-"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert reader.stdin is not None and reader.stdout is not None and reader.stderr is not None
    reader.stdin.write(b"what was said about the treaty\n" * 200)
    reader.stdin.close()
    assert reader.stdout.read(10)
    reader.stdout.close()  # stops reading
    err = reader.stderr.read()
    assert reader.wait(timeout=120) in (0, 1) and err == b"", err  # no traceback, no "Exception ignored"


def test_first_ask_in_a_fresh_checkout_builds_the_configured_index(seeds_copy: Path, tmp_path: Path) -> None:
    """`dossier ask` right after cloning answers: the configured index is built from the seeds first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}
    index_dir = tmp_path / "var" / "index"
    env.update(DOSSIER_SEEDS=str(seeds_copy), DOSSIER_INDEX=str(index_dir), DOSSIER_ENV_FILE=os.devnull)
    proc = subprocess.run([sys.executable, "-c", "from index.cli import main; raise SystemExit(main())",
                           "ask", "--json", "When was the NRC created?"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert f"building it from {seeds_copy}" in proc.stderr
    assert json.loads(proc.stdout)["answers"][0]["date"] == "2002-05-28"
    assert (index_dir / "CURRENT").is_file()


def _as_if_built_by_an_older_version(index_dir: Path) -> None:
    """Rewrite the serving generation's manifest as an older Dossier wrote it (checksum included)."""
    import zlib

    from index.store.layout import FORMAT_VERSION, read_current

    gen = read_current(index_dir)
    data = json.dumps({**json.loads((gen / "manifest.json").read_text()), "format": FORMAT_VERSION - 1},
                      separators=(",", ":")).encode()
    (gen / "manifest.json").write_bytes(data)
    (gen / "manifest.crc").write_text(f"{len(data)} {zlib.crc32(data)}\n")


def test_after_an_update_the_configured_index_is_rebuilt_and_an_explicit_one_asks_for_a_build(
        seeds_copy: Path, tmp_path: Path) -> None:
    """An index from an older Dossier is derived data in an old format, not damage: the configured one is
    rebuilt from the sources by the first question; one named with --index is left alone, with the command."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}
    index_dir = tmp_path / "var" / "index"
    env.update(DOSSIER_SEEDS=str(seeds_copy), DOSSIER_INDEX=str(index_dir), DOSSIER_ENV_FILE=os.devnull)
    assert main(["build", "--seeds", str(seeds_copy), "--index", str(index_dir)]) == 0
    _as_if_built_by_an_older_version(index_dir)
    explicit = subprocess.run([sys.executable, "-m", "index", "ask", "--index", str(index_dir), "NATO"],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert explicit.returncode == 2 and "damaged" not in explicit.stderr
    assert "was built by another version of Dossier" in explicit.stderr
    assert f"Run `dossier build --index {index_dir}` to rebuild it." in explicit.stderr
    proc = subprocess.run([sys.executable, "-m", "index", "ask", "--json", "When was the NRC created?"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "built by another version of Dossier: rebuilding it" in proc.stderr
    assert json.loads(proc.stdout)["answers"][0]["date"] == "2002-05-28"


def test_ending_without_teardown_never_cuts_off_a_thread_still_at_work() -> None:
    """``exit_now`` skips the interpreter's teardown only when nothing is left running: a non-daemon thread's
    work (a write still being finished) completes, as an ordinary exit would let it."""
    script = ("import threading, time\nfrom index.cli import exit_now\n"
              "threading.Thread(target=lambda: (time.sleep(0.3), print('finished', flush=True))).start()\n"
              "exit_now(3)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 3 and proc.stdout == "finished\n", proc.stderr
