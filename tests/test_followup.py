"""Follow-up questions read against the previous question (issue 12), without Discord.

The rules are pure functions over a ParsedQuestion, tested alone; the engine
tests run real conversations over the seed index, as the bot and
``dossier ask --after-json`` do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.answer.engine import Engine
from index.answer.followup import key, read_follow_up, remember
from index.cli import main as cli_main
from index.models import Answer, AnswerItem, Citation, Intent, ParsedQuestion

CITE = Citation(id="cnn", title="Russia, NATO to deepen ties", published="2010-11-20", paragraph=7)
SAID = AnswerItem(text="a very important step,", quote='"a very important step," he said.',
                  speaker="Dmitry Medvedev", source=CITE, start=10, end=32)
PREVIOUS = remember(ParsedQuestion(text="What did Medvedev say?", intent=Intent.quote, speaker="Medvedev",
                                   terms=("medvedev",)),
                    Answer(question="What did Medvedev say?", intent=Intent.quote, answers=(SAID,)))


def test_and_about_keeps_the_speaker_and_changes_the_topic() -> None:
    pq = read_follow_up("and about Afghanistan?", PREVIOUS)
    assert (pq.intent, pq.speaker, pq.topic) == (Intent.quote, "Dmitry Medvedev", "Afghanistan")
    assert read_follow_up("what about missile defense", PREVIOUS).topic == "missile defense"


def test_what_else_keeps_the_speaker_and_moves_past_what_was_shown() -> None:
    pq = read_follow_up("what else did he say?", PREVIOUS)
    assert (pq.intent, pq.speaker, pq.topic, pq.more) == (Intent.quote, "Dmitry Medvedev", None, True)
    assert key(SAID) in pq.seen


def test_when_was_that_asks_for_the_date_of_the_last_statement() -> None:
    pq = read_follow_up("When was that said?", PREVIOUS)
    assert pq.intent is Intent.when and pq.about == SAID


def test_who_is_he_describes_the_speaker() -> None:
    pq = read_follow_up("who is he?", PREVIOUS)
    assert (pq.intent, pq.subject) == (Intent.who, "Dmitry Medvedev")


def test_a_pronoun_stands_for_the_previous_speaker_and_new_questions_stay_new() -> None:
    assert read_follow_up("what did he say about Georgia?", PREVIOUS).speaker == "Dmitry Medvedev"
    fresh = read_follow_up("When was the NRC created?", PREVIOUS)
    assert fresh.intent is Intent.when and fresh.speaker is None
    assert read_follow_up("who is he?", None).subject != "Dmitry Medvedev"  # no context, no name


def test_a_conversation_over_the_seeds(engine: Engine) -> None:
    first, context = engine.follow("What did Rasmussen say?")
    assert first.answers and {a.speaker for a in first.answers} == {"Anders Fogh Rasmussen"}
    about, context = engine.follow("and about Afghanistan?", context)
    assert about.answers and all(a.speaker == "Anders Fogh Rasmussen" for a in about.answers)
    assert all("afghan" in (a.quote + a.text).lower() for a in about.answers)
    shown = {key(a) for a in first.answers + about.answers}
    more, context = engine.follow("what else did he say?", context)
    assert all(a.speaker == "Anders Fogh Rasmussen" and key(a) not in shown for a in more.answers)
    assert more.answers or more.message

    said, context = engine.follow("What did Lavrov say?")
    when, _ = engine.follow("when was that?", context)
    [dated] = when.answers
    assert when.intent is Intent.when and dated.date == said.answers[0].source.published
    assert dated.quote == said.answers[0].quote  # the statement itself, verbatim
    who, _ = engine.follow("who is he?", context)
    assert who.intent is Intent.who and who.answers and all("Lavrov" in a.quote for a in who.answers)


def test_ask_without_context_is_the_plain_question(engine: Engine) -> None:
    assert engine.ask("When was the NRC created?") == engine.follow("When was the NRC created?")[0]
    assert engine.ask("who is he?", after=None).answers == engine.ask("who is he?").answers


def test_the_cli_carries_the_context_in_a_file(seed_index: Path, tmp_path: Path, capsys) -> None:
    context = tmp_path / "context.json"
    assert cli_main(["ask", "--index", str(seed_index), "--context-out", str(context), "What did Lavrov say?"]) == 0
    assert json.loads(context.read_text())["speaker"] == "Lavrov"
    capsys.readouterr()
    assert cli_main(["ask", "--json", "--index", str(seed_index), "--after-json", str(context), "who is he?"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["intent"] == "who" and "Lavrov" in out["answers"][0]["quote"]


@pytest.mark.parametrize("content", ["{", '{"text": 3}', ""])
def test_a_bad_context_file_is_one_clear_line(seed_index: Path, tmp_path: Path, capsys, content: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert cli_main(["ask", "--index", str(seed_index), "--after-json", str(bad), "who is he?"]) == 1
    err = capsys.readouterr().err
    assert "--after-json" in err and "Traceback" not in err
    assert "Error" not in err  # no exception class name (JSONDecodeError, ValidationError) for the user


def test_a_missing_context_file_says_why_in_words(seed_index: Path, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nowhere.json"
    assert cli_main(["ask", "--index", str(seed_index), "--after-json", str(missing), "who is he?"]) == 1
    err = capsys.readouterr().err
    assert "--after-json" in err and "No such file" in err and "Error" not in err
