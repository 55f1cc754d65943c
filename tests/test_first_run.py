"""A new user's first ten minutes (issue 13): install, paths, the command line, start-up checks.

Each test reproduces what a new user tried and what went wrong, with a real index in
``tmp_path`` and the real ``dossier`` entry point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from index.cli import main
from index.settings import IndexSettings, checkout_root, home, user_data_dir
from tests.conftest import REPO, SEEDS


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors and --version
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOSSIER_", "DISCORD_"))}
    env.update(DOSSIER_ENV_FILE=os.devnull, **extra)
    return env


# ------------------------------------------------------------------ install


def make_dry_run(target: str) -> str:
    """The commands ``make`` would run for ``target`` in a fresh clone (-B: as if nothing were built)."""
    proc = subprocess.run(["make", "-n", "-B", target], cwd=REPO, capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.skipif(not Path("/usr/bin/make").exists() and not Path("/bin/make").exists(), reason="needs make")
def test_make_run_installs_only_what_running_needs_and_says_so() -> None:
    run_cmds = make_dry_run("run")
    assert "pip install" in run_cmds and "[test]" not in run_cmds
    assert "Installing Dossier into .venv (about 30 s the first time)" in run_cmds
    test_cmds = make_dry_run("test")
    assert "-e '.[test]'" in test_cmds


def test_editable_install_is_a_plain_path_entry_without_a_warning_box() -> None:
    """setuptools prints its "Editable installation … folders with the same name" box when it
    must install an import hook; with the checkout as the package root it writes a .pth file."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"].get("package-dir") == {"": "."}


def test_pytest_reports_skips_and_hides_discords_audioop_warning() -> None:
    options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "-rs" in options.get("addopts", "")
    assert any("audioop" in rule for rule in options.get("filterwarnings", []))


# ------------------------------------------------------------------ paths


def test_default_paths_come_from_the_checkout_not_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    for key in ("DOSSIER_SEEDS", "DOSSIER_INDEX"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)
    settings = IndexSettings(_env_file=None)
    assert settings.dossier_seeds == REPO / "seeds"
    assert settings.dossier_index == REPO / "var" / "index"


def test_an_installed_copy_uses_the_per_user_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    installed = tmp_path / "site-packages" / "index" / "settings.py"
    installed.parent.mkdir(parents=True)
    installed.write_text("")
    assert checkout_root(installed) is None
    assert home(installed) == user_data_dir() == tmp_path / "data" / "dossier"
    assert checkout_root(REPO / "index" / "settings.py") == REPO


def test_dossier_settings_override_the_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DOSSIER_INDEX", str(tmp_path / "ix"))
    monkeypatch.setenv("DOSSIER_SEEDS", "corpus")  # relative: from the project folder, not the current one
    monkeypatch.chdir(tmp_path)
    settings = IndexSettings(_env_file=None)
    assert settings.dossier_index == tmp_path / "ix"
    assert settings.dossier_seeds == REPO / "corpus"


def test_ask_from_another_folder_uses_the_configured_index(seed_index: Path, tmp_path: Path) -> None:
    """`cd /tmp && .venv/bin/dossier ask …` used to answer "No index at var/index"."""
    proc = subprocess.run([sys.executable, "-m", "index", "ask", "--json", "When was the NRC created?"],
                          cwd=tmp_path, env=clean_env(DOSSIER_INDEX=str(seed_index), PYTHONPATH=str(REPO)),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["answers"][0]["date"] == "2002-05-28"
    assert not (tmp_path / "var").exists()


# ------------------------------------------------------------------ the command line


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("dossier ") and out.strip() != "dossier"


def test_options_are_accepted_after_the_subcommand(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "build", "--verbose", "--seeds", str(SEEDS), "--index", str(tmp_path / "ix"))
    assert code == 0, err
    assert "5 sources" in out


def test_verbose_before_the_subcommand_still_counts(capsys, tmp_path: Path) -> None:
    from index.cli import make_parser

    args = make_parser().parse_args(["-v", "build", "--index", str(tmp_path)])
    assert args.verbose is True
    assert make_parser().parse_args(["build", "-v"]).verbose is True
    assert make_parser().parse_args(["build"]).verbose is False


def test_two_quoted_questions_get_two_answers(capsys, seed_index: Path) -> None:
    code, out, _ = run(capsys, "ask", "--json", "--index", str(seed_index),
                       "When was the NRC created?", "What did Medvedev say?")
    assert code == 0
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["question"] for a in answers] == ["When was the NRC created?", "What did Medvedev say?"]
    assert answers[0]["answers"][0]["date"] == "2002-05-28"
    assert answers[1]["answers"][0]["speaker"] == "Dmitry Medvedev"


def test_an_unquoted_question_is_still_one_question(capsys, seed_index: Path) -> None:
    code, out, _ = run(capsys, "ask", "--json", "--index", str(seed_index), "What", "did", "Medvedev", "say?")
    assert code == 0
    assert json.loads(out)["question"] == "What did Medvedev say?"


def test_an_unknown_option_prints_the_subcommands_usage(capsys) -> None:
    code, _, err = run(capsys, "ask", "--foo", "What did Medvedev say?")
    assert code == 2
    assert "usage: dossier ask" in err and "--foo" in err


@pytest.mark.parametrize("limit", ["0", "-3", "many"])
def test_a_limit_below_one_is_refused_with_a_message(capsys, seed_index: Path, limit: str) -> None:
    code, out, err = run(capsys, "search", "--index", str(seed_index), f"--limit={limit}", "missile")
    assert code == 2 and not out
    assert "usage: dossier search" in err and "--limit" in err


def test_the_missing_index_message_names_the_given_index(capsys, tmp_path: Path) -> None:
    given = str(tmp_path / "x")
    code, _, err = run(capsys, "ask", "--index", given, "hello")
    assert code == 2
    assert f"Run `dossier build --index {given}`" in err


# ------------------------------------------------------------------ start-up


def start_bot(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot"], input="", capture_output=True, text=True,
                          env=clean_env(PYTHONPATH=str(REPO), **env), cwd=cwd, timeout=60)


def test_a_missing_seeds_folder_is_said_at_start_up_with_exit_2(tmp_path: Path) -> None:
    proc = start_bot({"DOSSIER_SEEDS": "/nope", "DOSSIER_INDEX": str(tmp_path / "ix")}, tmp_path)
    assert proc.returncode == 2
    assert "The sources folder /nope does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr and "Dossier console" not in proc.stdout


def test_ask_with_a_missing_seeds_folder_says_so_too(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "index", "ask", "hello"], capture_output=True, text=True,
                          env=clean_env(PYTHONPATH=str(REPO), DOSSIER_SEEDS=str(tmp_path / "nope"),
                                        DOSSIER_INDEX=str(tmp_path / "ix")), cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr and proc.stderr.count("\n") == 1


def test_an_empty_seeds_folder_with_no_index_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = start_bot({"DOSSIER_SEEDS": str(tmp_path / "empty"), "DOSSIER_INDEX": str(tmp_path / "ix")}, tmp_path)
    assert proc.returncode != 0
    assert "No usable source documents" in proc.stderr and "no index was built" in proc.stderr
    assert "previous index" not in proc.stderr


def test_discord_unreachable_is_one_line_and_a_nonzero_exit(seed_index: Path, tmp_path: Path, monkeypatch,
                                                            capsys) -> None:
    """A token but no network: one line saying what failed and what to check, not an aiohttp traceback."""
    import socket

    import discord.http

    import bot.__main__ as launcher

    with socket.socket() as sock:  # a port on this machine that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    for key in [k for k in os.environ if k.startswith(("DOSSIER_", "DISCORD_"))]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-real-token")
    monkeypatch.setenv("DOSSIER_INDEX", str(seed_index))
    monkeypatch.setenv("DOSSIER_LOG_LEVEL", "WARNING")
    code = launcher.main()
    err = capsys.readouterr().err
    assert code == launcher.EXIT_DISCORD != 0
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "cannot reach Discord" in lines[0] and "network" in lines[0] and "DISCORD_TOKEN" in lines[0]
    assert "not-a-real-token" not in err and "Traceback" not in err


def test_no_voice_warnings_at_start_up(seed_index: Path, monkeypatch, caplog) -> None:
    import importlib
    import logging

    import discord

    import bot.__main__
    from bot.client import DossierBot
    from bot.settings import BotSettings

    # As in a fresh process without PyNaCl: discord.py would warn once; starting the bot switches it off.
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True, raising=False)
    importlib.reload(bot.__main__)
    with caplog.at_level(logging.WARNING, logger="discord"):
        DossierBot(None, BotSettings(_env_file=None))  # type: ignore[arg-type]
    assert not [r for r in caplog.records if "voice will NOT be supported" in r.getMessage()]


# ------------------------------------------------------------------ the console


def _pty_session(index_dir: Path, tmp_path: Path, keys: list[bytes]) -> str:
    """``python -m bot`` on a real terminal (a pty), typing ``keys`` one line at a time."""
    import pty
    import select
    import time

    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "bot"], stdin=child_fd, stdout=child_fd, stderr=child_fd,
                            cwd=tmp_path, env=clean_env(PYTHONPATH=str(REPO), DOSSIER_INDEX=str(index_dir),
                                                        DOSSIER_LOG_LEVEL="WARNING", TERM="xterm"),
                            close_fds=True)
    os.close(child_fd)
    out = b""

    def read_until(done, timeout: float = 30) -> None:
        nonlocal out
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            ready, _, _ = select.select([main_fd], [], [], 0.2)
            if ready:
                try:
                    out += os.read(main_fd, 65536)
                except OSError:
                    return

    try:
        for n, key in enumerate(keys, 1):  # each key once the n-th prompt is on the screen
            read_until(lambda n=n: out.count(b"dossier> ") >= n)
            os.write(main_fd, key)
        proc.wait(timeout=30)
        read_until(lambda: False, timeout=0.5)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main_fd)
    return out.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_the_console_has_line_editing_and_history(seed_index: Path, tmp_path: Path) -> None:
    """Up-arrow recalls the previous line (readline); without it the escape codes were a question."""
    out = _pty_session(seed_index, tmp_path, [b"/sources\r", b"\x1b[A\r", b"\x04"])
    assert out.count("Indexed sources (5)") == 2, out[-2000:]


def test_invalid_utf8_on_the_consoles_stdin_is_replaced_not_a_traceback(seed_index: Path, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "bot"], input=b"/sources\n\xff\xfe bad\n/sources\n",
                          capture_output=True, cwd=tmp_path, timeout=60,
                          env=clean_env(PYTHONPATH=str(REPO), DOSSIER_INDEX=str(seed_index),
                                        PYTHONIOENCODING="utf-8", DOSSIER_LOG_LEVEL="WARNING"))
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    assert proc.stdout.count(b"Indexed sources (5)") == 2


# ------------------------------------------------------------------ invalid UTF-8 (adversarial 9)


def test_invalid_utf8_on_stdin_keeps_every_answer(seed_index: Path, tmp_path: Path) -> None:
    """Under a strict UTF-8 locale one bad byte used to be a traceback and no answer at all."""
    proc = subprocess.run([sys.executable, "-m", "index", "ask", "--json", "--index", str(seed_index), "-"],
                          input=b"When was the NRC created?\n\xff\xfe bad\nWhat did Medvedev say?\n",
                          capture_output=True, cwd=tmp_path, timeout=60,
                          env=clean_env(PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    answers = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [a["question"] for a in answers] == ["When was the NRC created?", "\ufffd\ufffd bad",
                                                "What did Medvedev say?"]
    assert answers[0]["answers"] and answers[2]["answers"]


@pytest.mark.parametrize("io_encoding", ["utf-8", "utf-8:surrogateescape"])
def test_a_query_with_invalid_utf8_prints_valid_json(seed_index: Path, tmp_path: Path, io_encoding: str) -> None:
    """Strict UTF-8 output raised UnicodeEncodeError; C.UTF-8 (surrogateescape) wrote invalid UTF-8."""
    proc = subprocess.run([sys.executable.encode(), b"-m", b"index", b"search", b"--json", b"--index",
                           os.fsencode(seed_index), b"missile \xff"], capture_output=True, cwd=tmp_path,
                          timeout=60, env=clean_env(PYTHONPATH=str(REPO), PYTHONIOENCODING=io_encoding))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    obj = json.loads(proc.stdout.decode("utf-8"))  # strict: every byte is valid UTF-8
    assert obj["query"] == "missile \ufffd" and obj["hits"]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_quotes_on_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/r\xe9port.txt"
    with open(name, "wb") as f:
        f.write(b'"We will go," Karen Olsen said.\n')
    proc = subprocess.run([sys.executable.encode(), b"-m", b"index", b"quotes", b"--json", name],
                          capture_output=True, cwd=tmp_path, timeout=60,
                          env=clean_env(PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8"))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    row = json.loads(proc.stdout.decode("utf-8"))
    assert row["path"].endswith("r\ufffdport.txt") and row["speaker"] == "Karen Olsen"
