"""Shared fixtures: real indexes built from real files, never mocks."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

# Never read a developer's real .env (it may hold a live DISCORD_TOKEN): settings come from the
# environment each test sets. Subprocesses inherit this too.
os.environ["DOSSIER_ENV_FILE"] = os.devnull

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
BBC = SHARED / "corpora" / "bbc-news"


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real index of the five seed articles, built once per test session."""
    from index.store.build import build_index

    index_dir = tmp_path_factory.mktemp("seed-index")
    build_index(SEEDS, index_dir)
    return index_dir


@pytest.fixture(scope="session")
def engine(seed_index: Path):
    from index.answer.engine import Engine

    eng = Engine(seed_index)
    yield eng
    eng.close()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seeds folder that a test may change."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture(scope="session")
def bbc_dir() -> Path:
    if not BBC.is_dir():
        pytest.skip("../shared/corpora/bbc-news is not available")
    return BBC


def bbc_sample(names: list[str], dest: Path) -> Path:
    """Copy a few BBC articles into ``dest`` (a sources folder) and return it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(BBC / name, dest / name)
    return dest


@pytest.fixture
def own_index(tmp_path: Path, seeds_copy: Path) -> Iterator[tuple[Path, Path, Any]]:
    """A private index (seeds copy → index folder) that a test may rebuild under the running bot."""
    from index.answer.engine import Engine
    from index.store.build import build_index

    index_dir = tmp_path / "index"
    build_index(seeds_copy, index_dir)
    eng = Engine(index_dir)
    yield seeds_copy, index_dir, eng
    eng.close()


def index_over(root: Path, files: dict[str, str]) -> Path:
    """A real index of ``files`` (name -> text) built in ``root``; its folder."""
    from index.store.build import build_index

    src = root / "src"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    build_index(src, root / "index")
    return root / "index"


@contextmanager
def engine_on(index: Path) -> Iterator[Any]:
    """An engine on the index folder ``index``, closed when the ``with`` block ends, however it ends."""
    from index.answer.engine import Engine

    eng = Engine(index)
    try:
        yield eng
    finally:
        eng.close()


def engine_over(root: Path, files: dict[str, str]) -> Iterator[Any]:
    """An engine on :func:`index_over`, closed afterwards: the body of a module-scoped fixture
    (``yield from engine_over(...)``)."""
    with engine_on(index_over(root, files)) as eng:
        yield eng


def engine_fixture(files: dict[str, str]) -> Any:
    """A module-scoped fixture of an engine over ``files`` (name -> text), built once for the module and closed
    afterwards; pytest names it after the variable it is assigned to (``port_engine = engine_fixture({...})``)."""

    @pytest.fixture(scope="module")
    def _engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
        yield from engine_over(tmp_path_factory.mktemp("engine"), files)

    return _engine


def answers_to(engine: Any, question: str) -> Sequence[Any]:
    """The engine's answers to ``question``, best first, asserting it gives at least one (its message says
    why, when not)."""
    answer = engine.ask(question)
    assert answer.answers, answer.message
    return answer.answers


def no_answer(engine: Any, question: str) -> Any:
    """The engine's answer to ``question``, asserting it gives none (the texts it gave, when it does)."""
    answer = engine.ask(question)
    assert not answer.answers, [a.text for a in answer.answers]
    return answer


def first_answer(engine: Any, question: str) -> Any:
    """The engine's best answer to ``question``, asserting it gives one (its message says why, when not)."""
    return answers_to(engine, question)[0]


def document(text: str, **meta: Any) -> Any:
    """A made-up article ``text`` as the extractor reads it (split into paragraphs), with ``meta`` (e.g. ``author``)
    on its source."""
    from index.ingest.paragraphs import split_paragraphs
    from index.models import Document, SourceMeta

    return Document(meta=SourceMeta(id=meta.pop("id", "t"), **meta), text=text, paragraphs=split_paragraphs(text))


def quotation_opening(text: str, opening: str) -> Any:
    """The first quotation the whole extractor finds in ``text`` that opens with ``opening`` (asserting one does)."""
    from index.extract.quotes import extract_quotations

    found = [q for q in extract_quotations(document(text)) if q.text.startswith(opening)]
    assert found, "no quotation found"
    return found[0]


def speakers_in(text: str) -> list[str | None]:
    """Whom the extractor makes speak each quotation of the made-up article ``text``, in order (None: nobody)."""
    from index.extract.quotes import extract_quotations

    return [q.speaker for q in extract_quotations(document(text))]


def check_json(capsys: pytest.CaptureFixture[str], index: Path, message: str) -> dict[str, Any]:
    """What ``dossier check --json`` prints for ``message`` over ``index``, asserting it exits 0."""
    from index.cli import main

    assert main(["check", "--index", str(index), "--json", message]) == 0
    return json.loads(capsys.readouterr().out)


def only_check(capsys: pytest.CaptureFixture[str], index: Path, message: str) -> dict[str, Any]:
    """The check of the one claim in ``message`` (:func:`check_json`), asserting the checker finds exactly one."""
    (check,) = check_json(capsys, index, message)["checks"]
    return check


def assert_span_verbatim(engine: Any, span: dict[str, Any]) -> None:
    """A span a check shows (its JSON ``real`` or one of its ``nearest``) is its source's text at its offsets, to the
    letter."""
    text = engine.snapshot().document(span["source"]["id"])[0]
    assert text[span["start"]:span["end"]] == span["quote"]


# A story on another matter, for a collection whose question must be told apart from something unrelated
OTHER_STORY = {"rain.txt": "Rain due in the north\n\nHeavy rain is expected in the north on Monday, forecasters said.\n"}


def vocabulary(text: str) -> tuple[list[str], dict[str, int]]:
    """The terms an index of ``text`` would hold (alphabetic, three letters or more) and their counts:
    what spelling correction chooses from, without building an index for a one-line check."""
    from index.store.analysis import terms as analyse

    counts: dict[str, int] = {}
    for t in analyse(text):
        counts[t] = counts.get(t, 0) + 1
    return sorted(t for t in counts if t.isalpha() and len(t) >= 3), counts


def match_claim(real: str, claim: str, brackets: bool = True) -> Any:
    """How the checker compares ``claim`` with one real quotation ``real`` (its words as the index tokenises a
    quotation: with editors' brackets marked, unless ``brackets`` is false)."""
    from index.answer.check import Unit, compare
    from index.answer.wording import tokens

    unit = Unit(source_id="s", paragraph=1, start=0, end=len(real), words=tuple(tokens(real, 0, brackets=brackets)),
                speech=True)
    return compare(unit, [tokens(claim, 0)])


def quotes_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[dict[str, object]]:
    """What ``dossier quotes --json`` prints for a file holding ``text``, one object per quotation."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    from index.cli import main

    assert main(["quotes", "--json", str(path)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def speakers_by_opening(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, object]:
    """The speaker ``dossier quotes --json`` gives each quotation of ``text``, keyed by the quotation's first 12
    characters: how the attribution tests name the quotation they assert on."""
    return {str(q["quote"])[:12]: q["speaker"] for q in quotes_shown(tmp_path, capsys, text)}
