"""The ``dossier`` command line (also ``python -m index``).

Every command prints text for people by default and JSON with ``--json`` for
scripts. Errors a user can fix print one line to stderr: exit 2 for a missing
or damaged index (with the command that fixes it), 1 for a failed build.
Nothing here prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import logging
import os
import shlex
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from index.errors import BuildError, ConfigError, DossierError, IndexCorrupt, IndexMissing
from index.models import Answer
from index.present.commands import ASK, CHECK, SEARCH, SOURCES
from index.quiet_imports import quiet_imports

if TYPE_CHECKING:  # imported for real only when a command reads the settings (see _settings)
    from index.settings import IndexSettings

log = logging.getLogger("dossier")


def _settings() -> IndexSettings:
    """The settings, read with pydantic-settings (imported here: a build given --seeds and
    --index does not need it, and it takes a tenth of a second to import)."""
    from index.settings import IndexSettings

    return IndexSettings()


def _version() -> str:
    """The installed distribution's version (``pyproject.toml``), without importing the engine."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dossier")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


class _VersionAction(argparse.Action):
    """``--version``, with the version looked up only when asked: ``importlib.metadata`` scans the
    installed distributions, which every command paid when the parser was built (a one-file
    rebuild's whole run is half a second)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show program's version number and exit") -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _positive_int(text: str) -> int:
    """``--limit`` is a count of results: 0 or a negative number would silently print nothing."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _index_dir(args: argparse.Namespace) -> Path:
    return Path(args.index) if getattr(args, "index", None) else _settings().dossier_index


def _seeds_dir(args: argparse.Namespace) -> Path:
    return Path(args.seeds) if getattr(args, "seeds", None) else _settings().dossier_seeds


def readable(text: str) -> str:
    """Text as a person reads it: bytes that are not UTF-8 (which Python keeps in command-line
    arguments and file names as lone surrogates) become U+FFFD, so printing and JSON never fail."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def stdin_lines() -> Iterator[str]:
    """Standard input, one line at a time, decoded as UTF-8 with replacement.

    Read as bytes: with a strict text decoder, one invalid byte raised a traceback and lost
    the answers to the valid lines before it.
    """
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text (a test's StringIO)
        yield from sys.stdin
        return
    for raw in stream:
        yield raw.decode("utf-8", "replace")


def _guard_output() -> None:
    """Whatever slips through is printed with replacement characters, never as a traceback
    (or as invalid UTF-8 bytes under a C.UTF-8 locale)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - a closed or odd stream
                pass


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


class _ProgressBar:
    """A one-line progress bar on stderr, shown only on a terminal and only if the build takes a moment."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.enabled = sys.stderr.isatty()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0 or time.monotonic() - self.started < 0.5:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\rIndexing [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


# ------------------------------------------------------------------ commands


def cmd_build(args: argparse.Namespace) -> int:
    with quiet_imports():
        from index.store.build import build_index
    # A build allocates by the million (the previous generation's manifest and registry, then passages)
    # and makes little cyclic garbage: collect young objects every 50,000 allocations, not every 700
    # (163 collections were 4% of a one-file rebuild).
    gc.set_threshold(50_000, 10, 10)

    bar = _ProgressBar()
    try:
        report = build_index(_seeds_dir(args), _index_dir(args), full=args.full, verify=args.verify, progress=bar)
    finally:
        bar.finish()
    if args.json:
        _print_json(report.model_dump(mode="json"))
    else:
        from index.present.text import render_build  # only for people: --json needs no presenter

        print(render_build(report))
    return 0


def _engine(args: argparse.Namespace):
    with quiet_imports():  # the answering modules: as the build's (see index.quiet_imports)
        from index.answer.engine import Engine
        from index.store.ensure import ensure_index

    if not getattr(args, "index", None):
        # The configured index is built on first use. An explicit --index that holds
        # nothing is more likely a typo than a wish for a new index: it is reported.
        ensure_index(_seeds_dir(args), _index_dir(args), lambda text: print(text, file=sys.stderr))
    return Engine(_index_dir(args))


def cmd_ask(args: argparse.Namespace) -> int:
    from index.present.text import render_answer

    engine = _engine(args)
    ask = _asker(engine, args)
    if args.question == ["-"]:
        for line in stdin_lines():
            question = line.rstrip("\n")
            answer = ask(question)
            if args.json:
                _print_json(answer.to_json_dict())
                sys.stdout.flush()
            else:
                print(render_answer(answer) + "\n")
        return 0
    for i, question in enumerate(_questions([readable(q) for q in args.question])):
        answer = ask(question)
        if args.json:
            _print_json(answer.to_json_dict())
        else:
            print(("\n" if i else "") + render_answer(answer))
    return 0


def _asker(engine, args: argparse.Namespace) -> Callable[[str], Answer]:
    """``engine.ask``; with ``--after-json``/``--context-out``, each question is read after the one
    before it, as a follow-up in a conversation (the context is a file: the engine keeps none)."""
    from index.models import ParsedQuestion

    if not args.after_json and not args.context_out:
        return engine.ask
    after: ParsedQuestion | None = None
    if args.after_json:
        try:
            after = ParsedQuestion.model_validate_json(Path(args.after_json).read_text(encoding="utf-8"))
        except OSError as exc:  # a reason a person can act on, not an exception's class name
            raise DossierError(f"--after-json {args.after_json}: cannot read it ({exc.strerror or 'unreadable'})"
                               ) from None
        except ValueError:
            raise DossierError(f"--after-json {args.after_json}: not a context saved by --context-out "
                               "(write one with: dossier ask --context-out FILE ...)") from None

    def ask(question: str) -> Answer:
        nonlocal after
        answer, after = engine.follow(question, after)
        if args.context_out:
            Path(args.context_out).write_text(after.model_dump_json(), encoding="utf-8")
        return answer

    return ask


def _questions(words: list[str]) -> list[str]:
    """The questions in ``ask``'s arguments.

    ``dossier ask What did the minister say?`` (unquoted: the shell split one question into
    words) is one question. ``dossier ask "Q1" "Q2"`` (several arguments, any of them
    holding a space, so the user quoted them) is several questions, each answered in
    turn: joining them silently made one nonsense question.
    """
    if len(words) > 1 and any(any(ch.isspace() for ch in w.strip()) for w in words):
        return words
    return [" ".join(words)]


def cmd_check(args: argparse.Namespace) -> int:
    """Verdicts on claimed quotations; ``-`` checks one claim (message) per line of stdin, as ``ask`` does."""
    from index.present.check import render_check

    engine = _engine(args)
    color = sys.stdout.isatty()
    if args.claim == ["-"]:
        for line in sys.stdin:
            result = engine.check(line.rstrip("\n"))
            if args.json:
                _print_json(result.to_json_dict())
                sys.stdout.flush()
            else:
                print(render_check(result, color=color) + "\n")
        return 0
    result = engine.check(" ".join(args.claim))
    if args.json:
        _print_json(result.to_json_dict())
    else:
        print(render_check(result, color=color))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from index.present.text import render_hits

    query = readable(" ".join(args.query))
    hits = _engine(args).search(query, limit=args.limit)
    if args.json:
        _print_json({"query": query, "hits": [h.model_dump(mode="json") for h in hits]})
    else:
        print(render_hits(query, hits, color=sys.stdout.isatty()))
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from index.present.text import render_sources

    engine = _engine(args)
    rows = engine.sources()
    generation = engine.generation()
    if args.json:
        _print_json({"generation": generation.model_dump(mode="json"),
                     "sources": [{**r.meta.model_dump(mode="json"), "paragraphs": r.paragraphs,
                                  "passages": r.passages, "quotations": r.quotations} for r in rows]})
    else:
        print(render_sources(rows, generation))
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    """The 👍/👎 users gave answers and verdicts, oldest first, for the operator."""
    from index.store.feedback import FeedbackStore

    rows = FeedbackStore(_index_dir(args)).all()
    if args.json:
        for row in rows:
            _print_json(row.model_dump(mode="json"))
        return 0
    if not rows:
        print("No feedback yet.")
        return 0
    for r in rows:
        mark = "👍" if r.vote == "up" else "👎"
        where = f" [{r.source_id} ¶{r.paragraph} {r.start}-{r.end}]" if r.source_id else ""
        print(f"{r.at} {mark} {r.kind} by {r.user} on {r.generation or '?'}: {r.question}")
        if r.quote:
            print(f"    “{r.quote}”{where}")
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from index.present.text import render_speakers

    rows = _engine(args).speakers()
    rows = sorted(rows, key=lambda s: (-s.quotation_count, s.name))
    if args.json:
        _print_json([s.model_dump(mode="json") for s in rows])
    else:
        print(render_speakers(rows))
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    """Run the quotation extractor on arbitrary files; offsets are into each file's decoded text."""
    from index.extract.quotes import extract_quotations
    from index.extract.registry import SpeakerRegistry, attribute
    from index.ingest.loading import read_source
    from index.ingest.paragraphs import split_paragraphs
    from index.models import Document, SourceMeta

    docs = []
    status = 0
    for name in args.files:
        path = Path(name)
        try:
            text = read_source(path)
        except DossierError as exc:
            print(f"dossier: {exc}", file=sys.stderr)
            status = 1
            continue
        shown = readable(str(path))  # a file name need not be UTF-8; what is printed must be
        doc = Document(meta=SourceMeta(id=readable(path.stem), path=shown), text=text,
                       paragraphs=split_paragraphs(text))
        docs.append((shown, doc, extract_quotations(doc)))
    registry = SpeakerRegistry.build([(d, q) for _, d, q in docs])
    for path, _doc, quotes in docs:
        for q in attribute(registry, quotes):
            row = {"path": path, "quote": q.text, "speaker": q.speaker, "start": q.start, "end": q.end,
                   "rule": q.rule, "confidence": q.confidence, "speaker_description": q.speaker_description}
            if args.json:
                _print_json(row)
            else:
                # One line per quotation, however the file wraps it (JSON keeps the exact span).
                print(f"{path}:{q.start}-{q.end}  {q.speaker or '(unattributed)'}: “{' '.join(q.text.split())}”")
    return status


def cmd_clean(args: argparse.Namespace) -> int:
    from index.ingest.clean import clean_text
    from index.ingest.loading import read_source

    status = 0
    for name in args.files:
        try:
            print(clean_text(read_source(Path(name))))
        except DossierError as exc:
            print(f"dossier: {exc}", file=sys.stderr)
            status = 1
    return status


# ------------------------------------------------------------------ parser


def make_parser(bot: Callable[[argparse.Namespace], int] | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``bot`` is given by the launcher above both packages, so that the
    engine's CLI never imports the Discord layer (``python -m index`` simply has no ``bot``)."""
    parser = argparse.ArgumentParser(
        prog="dossier",
        description="Answer questions about a folder of documents with verbatim, cited quotations.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings")
    # The same flag after the subcommand (`dossier build --verbose`); SUPPRESS keeps a
    # `dossier -v build` from being reset to False by the subcommand's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log progress and warnings")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(subparsers={})

    def add(name: str, func, help_text: str, *, index: bool = True, json_flag: bool = True):
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        parser.get_default("subparsers")[name] = p
        if index:
            p.add_argument("--index", metavar="DIR",
                           help="index folder (default: $DOSSIER_INDEX, else var/index in the project folder)")
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON for scripts")
        p.set_defaults(func=func)
        return p

    p = add("build", cmd_build, "(Re)build the index from the sources folder, atomically.")
    p.add_argument("--seeds", metavar="DIR", help="sources folder (default: $DOSSIER_SEEDS, else seeds in the project folder)")
    p.add_argument("--full", action="store_true", help="re-index every source, not only changed ones")
    p.add_argument("--verify", action="store_true",
                   help="hash every source, even one whose size and modification time are unchanged")

    # The question commands share their names and descriptions with the console and Discord.
    p = add(ASK.name, cmd_ask, ASK.description + ".")
    p.add_argument("question", nargs="+",
                   help=ASK.option("question").description + " (several quoted questions are answered in turn); "
                        "'-' reads one question per line from stdin")
    p.add_argument("--after-json", metavar="FILE",
                   help="read the question as a follow-up of the one whose context FILE holds "
                        "(\"and about Afghanistan?\", \"what else did he say?\", \"when was that?\")")
    p.add_argument("--context-out", metavar="FILE",
                   help="write the conversation's context after answering, for the next --after-json "
                        "(with several questions, each is read after the one before)")

    p = add(CHECK.name, cmd_check, CHECK.description + ": verbatim, altered, someone else's, narration or not found.")
    p.add_argument("claim", nargs="+",
                   help='the claim, e.g. \'"the words you saw" — Name\'; \'-\' reads one per line from stdin')

    p = add(SEARCH.name, cmd_search, SEARCH.description + "; the matching words are highlighted.")
    p.add_argument("query", nargs="+", help=SEARCH.option("query").description)
    p.add_argument("--limit", type=_positive_int, default=10, help="how many passages, at least 1 (default 10)")

    add(SOURCES.name, cmd_sources, SOURCES.description + ", with their metadata.")
    add("feedback", cmd_feedback, "List the 👍/👎 users gave answers and verdicts (user ids hashed).")
    add("speakers", cmd_speakers, "List the people and organisations quoted, with aliases and counts.")

    p = add("quotes", cmd_quotes, "Extract direct quotations and their speakers from text files.", index=False)
    p.add_argument("files", nargs="+", metavar="FILE")

    p = add("clean", cmd_clean, "Print the cleaned text of a file, exactly as it is indexed.", index=False,
            json_flag=False)
    p.add_argument("files", nargs="+", metavar="FILE")

    if bot is not None:
        add("bot", bot, "Start the Discord bot (or the local console without DISCORD_TOKEN).", index=False,
            json_flag=False)
    return parser


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` once a command has returned, without the interpreter's teardown.

    Tearing down frees every object the command made, one by one, after a last garbage
    collection: a one-file BBC rebuild holds the previous manifest and speaker registry, and
    its teardown took longer than its whole commit. Nothing needs it: the output is flushed and
    the exit handlers run here (logging's flush among them), the kernel closes the files, and
    a build has published and synced its generation before it returned. If the output cannot
    be flushed, the ordinary exit takes over and reports it as Python always did.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None:  # pragma: no cover - not CPython: exit the ordinary way
        raise SystemExit(code)
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        raise SystemExit(code)  # a thread still working is joined by the ordinary exit, never cut off
    run_exit_handlers()
    os._exit(code)


def main(argv: Sequence[str] | None = None, *, bot: Callable[[argparse.Namespace], int] | None = None) -> int:
    _guard_output()
    parser = make_parser(bot)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # `dossier ask --foo`: the usage of `ask`, not the top-level one
        parser.get_default("subparsers").get(getattr(args, "command", None), parser).error(
            f"unrecognized arguments: {' '.join(unknown)}")
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except (IndexMissing, IndexCorrupt) as exc:
        if getattr(args, "index", None):  # the fix names the folder the user gave
            exc.fix = f"dossier build --index {shlex.quote(args.index)}"
        print(f"dossier: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"dossier: {exc}", file=sys.stderr)
        return 2
    except BuildError as exc:
        print(f"dossier: build failed: {exc}", file=sys.stderr)
        return 1
    except DossierError as exc:
        print(f"dossier: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dossier: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
