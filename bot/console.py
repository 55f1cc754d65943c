"""The local console: the bot's slash commands in a terminal, for use before (or without) Discord.

``python -m bot`` starts it when no DISCORD_TOKEN is set, so a new user can try
Dossier with ``make run`` straight after cloning. It reads stdin until EOF (or
``/quit``), so it works interactively and from a pipe alike, and answers with
the same engine calls the Discord commands make, and shows the same layout
(:mod:`index.present.layout`) that Discord shows, formatted for a terminal by
:mod:`bot.plain`: what a console user reads is what a Discord user reads.
"""

from __future__ import annotations

import difflib
import logging
import re
import sys
from collections.abc import Callable
from typing import TextIO

from bot.engine import EngineLike
from bot.plain import answer_text, hits_text, sources_text
from bot.replies import SOMETHING_WENT_WRONG
from index.errors import DossierError
from index.models import Answer, ParsedQuestion
from index.present.check import render_check
from index.present.commands import BY_NAME, COMMANDS

log = logging.getLogger(__name__)

BANNER = ("Dossier console: no DISCORD_TOKEN is set, so questions are answered here.\n"
          "Type a question, or /help for the commands. /quit (or Ctrl-D) leaves.")
HINTS = {"search": "  (matches in [brackets])", "quote": "  (or speaker:Smith topic:the budget)"}


def _help() -> str:
    """The console's command list, from the one table of commands (:mod:`index.present.commands`)."""
    lines = ["Commands (the same as the Discord bot's):"]
    for c in COMMANDS:
        said = f"e.g. {c.example}{HINTS.get(c.name, '')}" if c.example else c.description
        lines.append(f"  {c.usage:<28} {said}")
    lines += [f"  {'/follow [on|off]':<28} read each question as a follow-up of the one before",
              f"  {'/help':<28} this list", f"  {'/quit':<28} leave", "A line without a command is a question for /ask."]
    return "\n".join(lines)


HELP = _help()
FOLLOWING = ("Follow-ups on: each question is read after the one before, as in a Discord thread "
             "(“and about Afghanistan?”, “what else did he say?”, “when was that?”, “who is he?”).")
MAX_SPEAKER_WORDS = 4


def named_options(rest: str, names: tuple[str, ...]) -> dict[str, str] | None:
    """``speaker:Smith topic:the budget`` → options; ``None`` when the line uses none."""
    if not names:
        return None
    pattern = re.compile(rf"(?:^|\s)({'|'.join(names)}):", re.IGNORECASE)
    marks = list(pattern.finditer(rest))
    if not marks or rest[: marks[0].start()].strip():
        return None
    options: dict[str, str] = {}
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.start() if following else len(rest)
        options[mark.group(1).lower()] = rest[mark.end(): end].strip()
    return options


def _close(word: str, vocabulary: set[str]) -> bool:
    return word in vocabulary or bool(difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75))


def split_speaker(engine: EngineLike, rest: str) -> tuple[str, str | None]:
    """``Smith the budget`` → (``Smith``, ``the budget``).

    Without option names the boundary is guessed: "about"/"on" if present,
    otherwise the longest leading run of words that all belong to the name of
    the best-matching speaker (typos allowed), and at least the first word.
    """
    about = re.split(r"\s+(?:about|on)\s+", rest, maxsplit=1, flags=re.IGNORECASE)
    if len(about) == 2 and about[0].strip():
        return about[0].strip(), about[1].strip() or None
    words = rest.split()
    if len(words) <= 1:
        return rest.strip(), None
    best = 1
    for k in range(1, min(MAX_SPEAKER_WORDS, len(words) - 1) + 1):
        candidate = words[:k]
        try:
            matches = engine.match_speakers(" ".join(candidate), 1)
        except DossierError:
            break
        if not matches:
            continue
        top = matches[0]
        vocabulary = {w.lower().strip(".,") for n in (top.name, *top.aliases, *top.titles) for w in n.split()}
        if all(_close(w.lower().strip(".,"), vocabulary) for w in candidate):
            best = k
    return " ".join(words[:best]), " ".join(words[best:]) or None


class Console:
    """Turns console lines into engine calls; :meth:`handle` returns what to print, or ``None`` to quit."""

    def __init__(self, engine: EngineLike, color: bool = False, follow: bool = False) -> None:
        self.engine = engine
        self.color = color
        self.follow = follow  # /follow on: each question is read after the one before, as in a Discord thread
        self.context: ParsedQuestion | None = None

    def handle(self, line: str) -> str | None:
        line = line.strip()
        if not line:
            return ""
        if not line.startswith("/"):
            return self.run("ask", {"question": line})
        name, _, rest = line[1:].partition(" ")
        name, rest = name.lower(), rest.strip()
        if name in ("quit", "exit", "q"):
            return None
        if name in ("help", "h", "?"):
            return HELP
        if name == "follow":
            self.follow, self.context = rest.lower() not in ("off", "no", "0"), None
            return FOLLOWING if self.follow else "Follow-ups off: each question stands alone."
        command = BY_NAME.get(name)
        if command is None:
            return f"There is no /{name} command.\n{HELP}"
        names = tuple(o.name for o in command.options)
        options = named_options(rest, names)
        if options is None:
            if name == "quote":
                speaker, topic = split_speaker(self.engine, rest) if rest else ("", None)
                options = {"speaker": speaker, "topic": topic or ""}
            elif names:
                options = {names[0]: rest}
            else:
                options = {}
        return self.run(name, options)

    def _ask(self, question: str) -> Answer:
        if not self.follow:
            return self.engine.ask(question)
        answer, self.context = self.engine.follow(question, self.context)
        return answer

    def run(self, name: str, options: dict[str, str]) -> str:
        """One command, with the same messages as Discord for missing options and failures."""
        command = BY_NAME[name]
        missing = [o.name for o in command.options if o.required and not options.get(o.name)]
        if missing:
            return f"/{name} needs {missing[0]}: e.g. {command.example}"
        engine, color = self.engine, self.color
        calls: dict[str, Callable[[], str]] = {
            "ask": lambda: answer_text(self._ask(options["question"]), color),
            "quote": lambda: answer_text(engine.quote(options["speaker"], options.get("topic") or None), color),
            "when": lambda: answer_text(engine.when(options["event"]), color),
            "search": lambda: hits_text(options["query"], engine.search(options["query"], 10), color),
            "sources": lambda: sources_text(engine.sources(), engine.generation()),
            "check": lambda: render_check(engine.check(options["text"]), color),
        }
        try:
            return calls[name]()
        except DossierError as exc:
            return str(exc)
        except Exception:
            log.exception("Error while answering /%s in the console", name)
            return SOMETHING_WENT_WRONG


PROMPT = "dossier> "


def _line_editing() -> bool:
    """Arrow keys, editing and history for ``input()``, from the standard library's ``readline``
    (absent on some platforms, e.g. Windows without pyreadline: then lines are still read)."""
    try:
        import readline  # noqa: F401  (importing it is what turns line editing on for input())
    except ImportError:
        return False
    return True


def _read(stdin: TextIO, stdout: TextIO, interactive: bool, editing: bool) -> str:
    """One line ("" at the end); a person at the real terminal types through ``readline``."""
    if interactive and editing:
        try:
            return input(PROMPT) + "\n"
        except EOFError:
            return ""
    if interactive:
        print(PROMPT, end="", file=stdout, flush=True)
    return stdin.readline()


def run_console(engine: EngineLike, stdin: TextIO, stdout: TextIO) -> int:
    """Answer lines from ``stdin`` until EOF or /quit; a prompt only when a person is typing."""
    interactive = stdin.isatty()
    # input() reads sys.stdin and writes its prompt to sys.stdout: only for the real terminal.
    editing = interactive and stdin is sys.stdin and stdout is sys.stdout and _line_editing()
    for stream in (stdin, stdout):  # a byte that is not UTF-8 is a replacement character, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    console = Console(engine, color=stdout.isatty())
    print(BANNER, file=stdout, flush=True)
    while True:
        try:
            line = _read(stdin, stdout, interactive, editing)
        except KeyboardInterrupt:
            print(file=stdout)
            return 0
        if not line:
            if interactive:
                print(file=stdout)
            return 0
        out = console.handle(line)
        if out is None:
            return 0
        if out:
            try:
                print(out + "\n", file=stdout, flush=True)
            except BrokenPipeError:  # `python -m bot | head`: the reader left, so do we
                return 0
