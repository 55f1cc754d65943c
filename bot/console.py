"""The local console: the bot's slash commands in a terminal, for use before (or without) Discord.

``python -m bot`` starts it when no DISCORD_TOKEN is set, so a new user can try
Dossier with ``make run`` straight after cloning. It reads stdin until EOF (or
``/quit``), so it works interactively and from a pipe alike, and answers with
the same engine calls the Discord commands make, through the same renderer
(:mod:`bot.render`), with the Discord markup turned into plain text: what a
console user reads is what a Discord user reads.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable
from typing import TextIO

from bot.engine import EngineLike
from bot.render import Embed, Page, render_answer, render_hits, render_sources
from bot.replies import SOMETHING_WENT_WRONG
from index.errors import DossierError
from index.present.text import BOLD, RESET

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
EXAMPLES = {"ask": "/ask when was the NRC created", "quote": "/quote Medvedev missile defense",
            "when": "/when the Lisbon summit", "search": "/search missile defense"}
MAX_SPEAKER_WORDS = 4
MATCH_MARKS = ("[", "]")


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


_LINK = re.compile(r"\[((?:\\.|[^\\\]])*)\]\((\S+?)\)")


def plain(markup: str, color: bool = False, marks: tuple[str, str] = ("", "")) -> str:
    """Discord markup as a terminal shows it: escapes and mention guards undone, links spelled out.

    Our bold (speakers, search matches) becomes ANSI bold on a terminal and
    ``marks`` otherwise (``[`` ``]`` for search matches, as in ``dossier search``,
    nothing for a speaker's name); italics and code marks just
    disappear. Source text was escaped, so everything unescaped here is ours.
    """
    out: list[str] = []
    bold = False
    i = 0
    while i < len(markup):
        ch = markup[i]
        if ch == "\\" and i + 1 < len(markup):
            out.append(markup[i + 1])
            i += 2
        elif ch == "[" and (link := _LINK.match(markup, i)):
            label, url = plain(link.group(1), color, marks), link.group(2)
            out.append(f"<{url}>" if label == "link" else f"{label} <{url}>")
            i = link.end()
        elif markup.startswith("**", i):
            bold = not bold
            out.append((BOLD if bold else RESET) if color else marks[0 if bold else 1])
            i += 2
        elif ch in "*`":  # our italics and inline code: the words stay, the markup goes
            i += 1
        elif ch == "\u200b" and out and out[-1].endswith("@"):
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def embed_text(embed: Embed, color: bool = False, marks: tuple[str, str] = ("", "")) -> str:
    """Title, text, fields and footer of one embed, one after the other."""

    def text(markup: str) -> str:
        return plain(markup, color, marks)

    lines = []
    if embed.get("title"):
        lines.append(text(embed["title"]))
    if embed.get("description"):
        lines.append(text(embed["description"]))
    for f in embed.get("fields", []):
        lines.append(text(f["name"]) + "".join(f"\n  {v}" for v in text(f["value"]).split("\n")))
    if embed.get("footer", {}).get("text"):
        lines.append(f"({embed['footer']['text']})")
    return "\n".join(lines)


def pages_text(pages: list[Page], color: bool = False, marks: tuple[str, str] = ("", "")) -> str:
    """Every page one after the other: a terminal scrolls, it needs no Previous/Next.

    Page headings ("Answers 4–6 of 9.") are left out; each embed's footer numbers it.
    """
    blocks: list[str] = []
    for page in pages:
        if page.content and (not page.embeds or len(pages) == 1):
            blocks.append(plain(page.content, color, marks))
        blocks.extend(embed_text(e, color, marks) for e in page.embeds)
    return "\n\n".join(blocks)


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
            return f"/{name} needs {missing[0]}: e.g. {EXAMPLES[name]}"
        engine, color = self.engine, self.color
        calls: dict[str, Callable[[], list[Page]]] = {
            "ask": lambda: render_answer(engine.ask(options["question"])),
            "quote": lambda: render_answer(engine.quote(options["speaker"], options.get("topic") or None)),
            "when": lambda: render_answer(engine.when(options["event"])),
            "search": lambda: render_hits(options["query"], engine.search(options["query"], 10)),
            "sources": lambda: render_sources(engine.sources()),
        }
        try:
            return pages_text(calls[name](), color, MATCH_MARKS if name == "search" else ("", ""))
        except DossierError as exc:
            return str(exc)
        except Exception:
            log.exception("Error while answering /%s in the console", name)
            return SOMETHING_WENT_WRONG


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
            try:
                print(out + "\n", file=stdout, flush=True)
            except BrokenPipeError:  # `python -m bot | head`: the reader left, so do we
                return 0
