"""The local console (``python -m bot`` without DISCORD_TOKEN), run for real.

The subprocess tests start ``python -m bot`` exactly as ``make run`` does for a
new user, with ``.env`` read from an empty folder (DOSSIER_ENV_FILE, so a developer's
real ``.env`` is never read) and DISCORD_TOKEN removed from the environment, and feed it stdin. The in-process tests drive
:class:`bot.console.Console` against the real engine over the seed index.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console import HELP, Console, named_options, split_speaker
from bot.plain import answer_text, citation_line, hits_text
from index.answer.engine import Engine
from index.models import Answer, AnswerItem, Citation, Intent, Passage, SearchHit, Span
from index.present.commands import COMMANDS
from tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.timeout(60)


def run_bot(args: list[str], stdin: str, index_dir: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DISCORD_GUILD_ID")}
    env.update(DOSSIER_INDEX=str(index_dir), DOSSIER_SEEDS=str(SEEDS), DOSSIER_LOG_LEVEL="WARNING",
               DOSSIER_ENV_FILE=str(cwd / ".env"), PYTHONPATH=str(REPO))
    return subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, cwd=cwd, timeout=50)


def test_make_run_without_a_token_builds_the_index_then_answers_like_the_bot(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    lines = [
        "/ask when was the NRC created",
        "/when NRC created",
        "/search missile defense",
        "/sources",
        "/quote speaker:Rasmussen topic:Afghanistan",
        "/quote Medvedev missile defense",
        "what is the airspeed velocity of an unladen swallow",
        "/frobnicate",
        "/quit",
        "/sources",
    ]
    result = run_bot([sys.executable, "-m", "bot"], "\n".join(lines) + "\n", index_dir, tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "building it from" in result.stderr and (index_dir / "CURRENT").is_file()
    assert out.startswith("Dossier console: no DISCORD_TOKEN is set")
    assert "28 May 2002\n> The NATO-Russia Council was created on 28 May 2002" in out
    assert "NATO–Russia relations — The Full Wiki (Wikipedia), ¶" in out
    assert "[missile defense]" in out  # search matches marked, as in `dossier search`
    assert "Indexed sources (5)" in out and "Russia, NATO to deepen ties" in out
    assert "\nAnders Fogh Rasmussen\n> " in out and "Afghanistan" in out  # the speaker leads, once
    assert "— Anders Fogh Rasmussen" not in out
    assert "Try /search with other words, or /sources to see what the index covers." in out  # no answer
    assert "There is no /frobnicate command." in out
    assert out.count("Indexed sources (5)") == 1, "nothing is answered after /quit"
    assert "\\" not in out and "\u200b" not in out and "**" not in out  # no Discord markup leaks


def test_an_existing_index_is_reused_and_stdin_is_read_until_eof(seed_index: Path, tmp_path: Path) -> None:
    result = run_bot([sys.executable, "-m", "bot"], "When was the NRC created?\n/help", seed_index, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "building" not in result.stderr
    assert "28 May 2002" in result.stdout
    assert "/quote <speaker> [topic]" in result.stdout  # the last line had no newline and was still read


def test_dossier_bot_starts_the_same_console(seed_index: Path, tmp_path: Path) -> None:
    dossier = Path(sys.executable).with_name("dossier")
    if not dossier.exists():
        pytest.skip("the dossier script is not installed in this environment")
    result = run_bot([str(dossier), "bot"], "/sources\n", seed_index, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Indexed sources (5)" in result.stdout


def test_a_bad_setting_is_explained_not_a_traceback(seed_index: Path, tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_GUILD_ID=my server\n", encoding="utf-8")
    result = run_bot([sys.executable, "-m", "bot"], "", seed_index, tmp_path)
    assert result.returncode == 2
    assert "DISCORD_GUILD_ID" in result.stderr and "Traceback" not in result.stderr


# ----------------------------------------------------------------------------- in process


def test_console_commands_take_named_or_positional_options(engine: Engine) -> None:
    console = Console(engine)
    named = console.handle("/quote speaker:Rasmussen topic:Afghanistan")
    positional = console.handle("/quote Rasmussen Afghanistan")
    assert named == positional and "Anders Fogh Rasmussen" in named
    assert console.handle("/when NRC created").startswith("28 May 2002")
    assert console.handle("/quote").startswith("/quote needs speaker")
    assert console.handle("   ") == ""
    assert console.handle("/quit") is None and console.handle("/exit") is None


def test_the_speaker_is_told_apart_from_the_topic(engine: Engine) -> None:
    assert split_speaker(engine, "Medvedev missile defense") == ("Medvedev", "missile defense")
    assert split_speaker(engine, "Dmitry Medvedev missile defense") == ("Dmitry Medvedev", "missile defense")
    assert split_speaker(engine, "Anders Fogh Rasmussen Afghanistan") == ("Anders Fogh Rasmussen", "Afghanistan")
    assert split_speaker(engine, "Rasmussen about Afghan help") == ("Rasmussen", "Afghan help")
    assert split_speaker(engine, "Medvedv") == ("Medvedv", None)


def test_named_options_parse_only_known_names() -> None:
    assert named_options("speaker:Medvedev topic:missile defense", ("speaker", "topic")) == {
        "speaker": "Medvedev", "topic": "missile defense"}
    assert named_options("question: when was it", ("question",)) == {"question": "when was it"}
    assert named_options("what time: noon", ("question",)) is None
    assert named_options("anything", ()) is None


def test_console_shows_source_text_verbatim_with_no_markup_to_undo() -> None:
    cite = Citation(id="wiki", title="NATO [draft]", publisher="CNN", published="2010-11-20",
                    url="https://example.org/a_b", paragraph=3)
    quote = "*not bold* @everyone _x_ on missile defense"
    answer = Answer(question="q", intent=Intent.quote,
                    answers=(AnswerItem(text=quote, quote=quote, speaker="Dmitry Medvedev", source=cite),))
    out = answer_text(answer)
    assert out.split("\n") == ["Dmitry Medvedev", f"> {quote}",
                                "NATO [draft] <https://example.org/a_b> — CNN, 20 November 2010, ¶ 3"]
    assert "\033[1mDmitry Medvedev\033[0m" in answer_text(answer, color=True)
    hit = SearchHit(passage=Passage(source_id="wiki", paragraph=3, start=0, end=len(quote), text=quote),
                    source=cite, score=1.0, highlights=(Span(start=quote.index("missile"), end=len(quote)),))
    assert "_x_ on [missile defense]" in hits_text("missile defense", [hit])
    assert "on \033[1mmissile defense\033[0m" in hits_text("missile defense", [hit], color=True)
    assert citation_line(cite.model_copy(update={"url": None, "publisher": None, "published": None})) == \
        "NATO [draft] — ¶ 3"


def test_help_lists_every_command_of_the_one_table() -> None:
    for command in COMMANDS:
        assert command.usage in HELP


def test_follow_mode_reads_each_question_after_the_one_before(engine: Engine) -> None:
    console = Console(engine)
    assert console.handle("/follow").startswith("Follow-ups on")
    assert "Sergei Lavrov" in console.handle("What did Lavrov say?")
    assert console.handle("when was that?").startswith("4 November 2010")
    assert "Russian Foreign Minister" in console.handle("who is he?")
    assert console.handle("/follow off").startswith("Follow-ups off")
    assert not console.handle("who is he?").startswith("Russian Foreign Minister")
