"""The question commands, declared once for the CLI, the local console and Discord.

Why one table: the names, descriptions, option limits and examples of ``ask``,
``quote``, ``when``, ``search`` and ``sources`` used to be written three times
(``cli.make_parser``, ``bot/commands.py``, the console's ``OPTIONS``/``EXAMPLES``)
and drifted. Each front end now reads them from here and adds only what is its
own (argparse flags, discord.py callbacks, console parsing).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    name: str
    description: str
    max_length: int
    required: bool = True
    metavar: str = ""  # how the console's help shows it; defaults to the name


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    options: tuple[Option, ...] = ()
    example: str = ""  # a console line, also shown in Discord help texts

    def option(self, name: str) -> Option:
        return next(o for o in self.options if o.name == name)

    @property
    def usage(self) -> str:
        """``/quote <speaker> [topic]``: required options in angle brackets, optional in square ones."""
        parts = [f"/{self.name}"]
        for o in self.options:
            shown = o.metavar or o.name
            parts.append(f"<{shown}>" if o.required else f"[{shown}]")
        return " ".join(parts)


ASK = Command(
    "ask", "Ask anything about the sources: who said what, when, or where",
    (Option("question", "Your question, e.g. “What did the minister say about the budget?”", 300),),
    "/ask when was the agreement signed")
QUOTE = Command(
    "quote", "Quotations by one person or organisation, most relevant first",
    (Option("speaker", "Who said it (pick from the list or type a name)", 100),
     Option("topic", "Only quotations about this, e.g. “the budget”", 200, required=False)),
    "/quote the minister budget")
WHEN = Command(
    "when", "Find the date of an event and the sentence that states it",
    (Option("event", "The event, e.g. “the summit” or “the council was created”", 300),),
    "/when the summit")
SEARCH = Command(
    "search", "Search the sources for passages containing your words",
    (Option("query", "Words to look for, e.g. “energy prices”", 300, metavar="words"),),
    "/search energy prices")
SOURCES = Command("sources", "List the documents Dossier answers from")
CHECK = Command(
    "check", "Did they really say that? Check a quotation against the sources",
    (Option("text", "The quotation as you saw it, e.g. “…” — Name (up to 5 quotations)", 1000),),
    "/check \"the words you saw quoted\" — who said them")

COMMANDS: tuple[Command, ...] = (ASK, QUOTE, WHEN, SEARCH, SOURCES, CHECK)
BY_NAME = {c.name: c for c in COMMANDS}
