"""The local console: the bot's slash commands in a terminal, for use before (or without) Discord.

``python -m bot`` starts it when no DISCORD_TOKEN is set, so a new user can try
Dossier with ``make run`` straight after cloning. It reads stdin until EOF (or
``/quit``), so it works interactively and from a pipe alike, and answers with
the same engine calls the Discord commands make, rendered as plain text.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable
from typing import TextIO

from bot.engine import EngineLike
from bot.render import HINT
from bot.replies import SOMETHING_WENT_WRONG
from index import render_text
from index.errors import DossierError
from index.models import Answer

log = logging.getLogger(__name__)

BANNER = ("Dossier console: no DISCORD_TOKEN is set, so questions are answered here.\n"
          "Type a question, or /help for the commands. /quit (or Ctrl-D) leaves.")
HELP = """Commands (the same as the Discord bot's):
  /ask <question>              e.g. /ask when was the NRC created
  /quote <speaker> [topic]     e.g. /quote Medvedev missile defense  (or speaker:Medvedev topic:missile defense)
  /when <event>                e.g. /when the Lisbon summit
  /search <words>              passages containing the words, matches in [brackets]
  /sources                     the documents Dossier answers from
  /help                        this list
  /quit                        leave
A line without a command is a question for /ask."""

OPTIONS = {"ask": ("question",), "quote": ("speaker", "topic"), "when": ("event",), "search": ("query",),
           "sources": ()}
MAX_SPEAKER_WORDS = 4


def named_options(rest: str, names: tuple[str, ...]) -> dict[str, str] | None:
    """``speaker:Medvedev topic:missile defense`` → options; ``None`` when the line uses none."""
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
    """``Medvedev missile defense`` → (``Medvedev``, ``missile defense``).

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


def _answer_text(answer: Answer) -> str:
    text = render_text.render_answer(answer)
    return text if answer.answers else f"{text}\n{HINT.replace('`', '')}"


class Console:
    """Turns console lines into engine calls; :meth:`handle` returns what to print, or ``None`` to quit."""

    def __init__(self, engine: EngineLike, color: bool = False) -> None:
        self.engine = engine
        self.color = color

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
        if name not in OPTIONS:
            return f"There is no /{name} command.\n{HELP}"
        options = named_options(rest, OPTIONS[name])
        if options is None:
            if name == "quote":
                speaker, topic = split_speaker(self.engine, rest) if rest else ("", None)
                options = {"speaker": speaker, "topic": topic or ""}
            elif OPTIONS[name]:
                options = {OPTIONS[name][0]: rest}
            else:
                options = {}
        return self.run(name, options)

    def run(self, name: str, options: dict[str, str]) -> str:
        """One command, with the same messages as Discord for missing options and failures."""
        required = OPTIONS[name][:1]
        missing = [o for o in required if not options.get(o)]
        if missing:
            return f"/{name} needs {missing[0]}: e.g. " + {
                "ask": "/ask when was the NRC created",
                "quote": "/quote Medvedev missile defense",
                "when": "/when the Lisbon summit",
                "search": "/search missile defense",
            }[name]
        calls: dict[str, Callable[[], str]] = {
            "ask": lambda: _answer_text(self.engine.ask(options["question"])),
            "quote": lambda: _answer_text(self.engine.quote(options["speaker"], options.get("topic") or None)),
            "when": lambda: _answer_text(self.engine.when(options["event"])),
            "search": lambda: self._search(options["query"]),
            "sources": lambda: render_text.render_sources(self.engine.sources()),
        }
        try:
            return calls[name]()
        except DossierError as exc:
            return str(exc)
        except Exception:
            log.exception("Error while answering /%s in the console", name)
            return SOMETHING_WENT_WRONG

    def _search(self, query: str) -> str:
        hits = self.engine.search(query, 10)
        if not hits:
            return f"Nothing in the sources matches “{query}”.\n{HINT.replace('`', '')}"
        return render_text.render_hits(query, hits, color=self.color)


def run_console(engine: EngineLike, stdin: TextIO, stdout: TextIO) -> int:
    """Answer lines from ``stdin`` until EOF or /quit; a prompt only when a person is typing."""
    interactive = stdin.isatty()
    console = Console(engine, color=stdout.isatty())
    print(BANNER, file=stdout, flush=True)
    while True:
        if interactive:
            print("dossier> ", end="", file=stdout, flush=True)
        try:
            line = stdin.readline()
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
            print(out + "\n", file=stdout, flush=True)
