"""The shortcuts that make a one-file rebuild fast give exactly what the long way gives.

Each shortcut (compiled patterns from a cache file, listing the folder with one
``scandir`` per folder, deciding a plain file with one ``lstat``, ids without
``pathlib``, the previous registry's file shared instead of rewritten, a setting
known without pydantic-settings) is checked here against the long way it replaces.
"""

from __future__ import annotations

import _sre
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import index.store.build  # noqa: F401  (imports every lazy pattern of the build)
from index import environment, lazyre
from index.errors import IndexCorrupt
from index.extract import given_names, sentences
from index.extract.bounds import MAX_WORD, extraction_text
from index.extract.entities import doc_entities, find_descriptions
from index.extract.names import ORG_LONG, org_long_iter, org_long_search, word_alternation
from index.extract.words import has_word, word_starts
from index.ingest.loading import (
    SOURCES_TOML,
    SUPPORTED_SUFFIXES,
    source_check,
    source_paths,
)
from index.ingest.paragraphs import split_paragraphs
from index.lazyre import lazy
from index.models import Document, SourceMeta
from index.store import build as build_module
from index.store import generation, layout
from index.store.build import RACY_SECONDS, build_index, file_hash, relative_source_ids, settle_racy
from index.store.manifest import Manifest, SourceEntry
from tests.conftest import REPO

needs_cache = pytest.mark.skipif(lazyre._TAG is None, reason="this Python has no regex internals to cache")


# ---------------------------------------------------------------- compiled patterns


@needs_cache
def test_cached_code_is_what_re_compile_hands_to_the_regex_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple] = []
    real = _sre.compile

    def spy(pattern, flags, code, groups, groupindex, indexgroup):
        seen.append((flags, list(code), groups, dict(groupindex), tuple(indexgroup)))
        return real(pattern, flags, code, groups, groupindex, indexgroup)

    for lp in lazyre._patterns:
        seen.clear()
        monkeypatch.setattr(_sre, "compile", spy)
        re.purge()
        re.compile(lp.pattern, lp._flags)
        monkeypatch.setattr(_sre, "compile", real)
        flags, code, groups, groupindex, indexgroup = lazyre._parse(lp.pattern, lp._flags)
        assert seen == [(flags, lazyre.array.array(lazyre._CODE_TYPE, code).tolist(), groups, groupindex,
                         indexgroup)], lp.pattern[:60]


@needs_cache
def test_patterns_from_a_cache_file_match_as_compiled_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.cache"
    lazyre.save_cache(cache, everything=True)
    monkeypatch.setattr(lazyre, "_stored", {})
    monkeypatch.setattr(lazyre, "_fresh", {})
    assert lazyre.load_cache(cache) == len({(p.pattern, p._flags) for p in lazyre._patterns})
    text = (REPO / "seeds" / "cnn-russia-nato-deepen-ties.txt").read_text(encoding="utf-8")
    for lp in lazyre._patterns:
        cached = lazyre._compile(lp.pattern, lp._flags)
        plain = re.compile(lp.pattern, lp._flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == \
               (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert not lazyre._fresh  # nothing had to be parsed


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty", "other-python"])
def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    damage: str) -> None:
    cache = tmp_path / "patterns.cache"
    lazyre.save_cache(cache, everything=True)
    data = cache.read_bytes()
    if damage == "flip":
        data = data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1:]
    elif damage == "truncate":
        data = data[: len(data) // 3]
    elif damage == "garbage":
        data = os.urandom(5000)
    elif damage == "empty":
        data = b""
    else:
        monkeypatch.setattr(lazyre, "_TAG", "dossier-patterns 1 another python")
    cache.write_bytes(data)
    monkeypatch.setattr(lazyre, "_stored", {})
    monkeypatch.setattr(lazyre, "_fresh", {})
    assert lazyre.load_cache(cache) == 0
    some = lazyre._patterns[0]
    assert lazyre._compile(some.pattern, some._flags).pattern == some.pattern


def _fresh_program_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as a new one: no program cache read yet, nothing compiled through the hook."""
    for name, value in (("_stored", {}), ("_fresh", {}), ("_parsed", {}), ("_imported", set()), ("_program", None)):
        monkeypatch.setattr(lazyre, name, value)
    re.purge()  # re's own cache of recent patterns would answer before the hook


@needs_cache
def test_patterns_compiled_while_importing_come_from_the_program_cache_the_second_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "__pycache__" / "import-patterns.cache"
    texts = [rf"\b(?P<word>{w})\b|zz{i}" for i, w in enumerate(("chair(?:man|woman)?", "[A-Z][a-z]+", "Ü+"))]
    sample = "The chairwoman met Ümit and the Chairman; ÜÜ zz1 Zz2"
    plain = [re.compile(t, re.IGNORECASE) for t in texts]
    real = re._compiler.compile
    _fresh_program_cache(monkeypatch)
    with lazyre.compiling_from_cache(cache):
        first = [re.compile(t, re.IGNORECASE) for t in texts]
        assert re.search(texts[0], sample) is not None  # re's functions go through it too
    assert re._compiler.compile is real  # put back once the block ends
    assert cache.is_file()

    _fresh_program_cache(monkeypatch)
    parsed: list[str] = []
    monkeypatch.setattr(lazyre, "_parse", lambda pattern, flags: parsed.append(pattern))  # must not be needed
    with lazyre.compiling_from_cache(cache):
        second = [re.compile(t, re.IGNORECASE) for t in texts]
    assert parsed == []
    for a, b, c in zip(plain, first, second, strict=True):
        assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex) \
            == (c.pattern, c.flags, c.groups, c.groupindex)
        assert [m.span() for m in a.finditer(sample)] == [m.span() for m in b.finditer(sample)] \
            == [m.span() for m in c.finditer(sample)] != []


@needs_cache
@pytest.mark.parametrize("damage", ["garbage", "other-python", "unwritable"])
def test_a_bad_program_cache_leaves_patterns_compiled_the_ordinary_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    folder = tmp_path / "__pycache__"
    folder.mkdir()
    cache = folder / "import-patterns.cache"
    if damage == "garbage":
        cache.write_bytes(os.urandom(3000))
    elif damage == "other-python":
        with lazyre.compiling_from_cache(cache):
            re.compile(r"(?:x|y)+other-python")
        monkeypatch.setattr(lazyre, "_TAG", "dossier-patterns 1 another python")
    else:
        cache = tmp_path / "a-file-not-a-folder" / "import-patterns.cache"
        cache.parent.write_text("")
    _fresh_program_cache(monkeypatch)
    with lazyre.compiling_from_cache(cache):
        pattern = re.compile(r"(?P<n>\d+) (?:miles|km) " + damage)
        assert re.compile(rb"\d+").match(b"42").group() == b"42"  # bytes: the ordinary way
    assert pattern.search("about 60 km " + damage).group("n") == "60"
    assert (pattern.pattern, pattern.groupindex) == (re.compile(pattern.pattern).pattern, {"n": 1})


def test_pattern_texts_do_not_depend_on_the_hash_seed() -> None:
    """A pattern joined from a set in set order changed from process to process, and missed the cache."""
    script = "import index.store.build\nfrom index import lazyre\nprint([p.pattern for p in lazyre._patterns])"
    outs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


@needs_cache
def test_a_build_leaves_the_cache_and_the_next_process_uses_it(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for src in (REPO / "seeds").glob("*.txt"):
        (seeds / src.name).write_bytes(src.read_bytes())
    ix = tmp_path / "ix"
    run = [sys.executable, "-m", "index", "build", "--json", "--seeds", str(seeds), "--index", str(ix)]
    subprocess.run(run, check=True, capture_output=True, cwd=REPO)
    assert (ix / layout.PATTERN_CACHE).is_file()
    before = (ix / layout.PATTERN_CACHE).stat().st_mtime_ns
    wiki = seeds / "wiki-nato-russia-relations.txt"
    wiki.write_text(wiki.read_text().replace("28 May 2002", "29 May 2002"))
    subprocess.run(run, check=True, capture_output=True, cwd=REPO)
    # every pattern the edit needed was in the file: it was not written again
    assert (ix / layout.PATTERN_CACHE).stat().st_mtime_ns == before


# ---------------------------------------------------------------- listing and refusing sources


def _tricky_tree(root: Path) -> Path:
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/d.HTM", "sub/deeper/e.txt", "e.pdf", SOURCES_TOML,
                "sub/" + SOURCES_TOML, ".hidden.txt", ".git/x.txt", "sub/.cache/y.txt", "x.", "noext",
                "dots.in.name.txt", "big.txt", "sub-x/f.txt", "sub.d/g.md"]:
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x" * (5000 if rel == "big.txt" else 3))
    (root / "folder.txt").mkdir()
    (root / "folder.txt" / "inner.md").write_text("x")
    outside = root.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "o.txt").write_text("x")
    (outside / "odir").mkdir(exist_ok=True)
    (outside / "odir" / "z.txt").write_text("x")
    (root / "link-out.txt").symlink_to(outside / "o.txt")
    (root / "link-in.txt").symlink_to(root / "b.txt")
    (root / "link-hidden.txt").symlink_to(root / ".hidden.txt")
    (root / "broken.txt").symlink_to(root / "nowhere.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "dirlink").symlink_to(outside / "odir")
    (root / "dirlink.md").symlink_to(outside / "odir")
    os.mkfifo(root / "pipe.txt")
    return root


def _rglob_listing(folder: Path) -> list[Path]:
    """The listing as ``rglob`` gave it before the build listed folders with ``scandir``."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.name == SOURCES_TOML or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        if path.is_symlink() or path.exists():
            found.append(path)
    return sorted(found)


def test_listing_sources_gives_what_rglob_gave(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tricky_tree(tmp_path / "src")
    assert [Path(p) for p in source_paths(root)] == _rglob_listing(root)
    assert len(source_paths(root)) > 10
    monkeypatch.chdir(tmp_path)
    for folder in (root, Path("src"), Path("src/"), Path("./src")):  # the texts a build uses are the Paths' str()
        assert source_paths(folder) == [str(p) for p in _rglob_listing(folder)]
    monkeypatch.chdir(root)
    assert source_paths(Path(".")) == [str(p) for p in _rglob_listing(Path("."))]


@pytest.mark.parametrize("follow_links", [False, True])
def test_the_quick_refusal_says_what_the_full_check_says(tmp_path: Path, follow_links: bool) -> None:
    root = _tricky_tree(tmp_path / "src")
    real_root = root.resolve()
    paths = [Path(p) for p in source_paths(root)] + [root / ".hidden.txt", root / "gone.txt", root / "sub" / "c.html"]
    for path in paths:
        quick = source_check(path, root, follow_links=follow_links, max_bytes=1000, real_root=real_root)[0]
        full = source_check(path, root, follow_links=follow_links, max_bytes=1000)[0]
        assert quick == full, path
        # the stat a build reuses to see whether a source changed is the one it would have taken
        checked, st = source_check(path, root, follow_links=follow_links, max_bytes=1000, real_root=real_root)
        assert checked == quick, path
        assert source_check(str(path), root, follow_links=follow_links, max_bytes=1000,
                            real_root=real_root)[0] == quick, path  # as a build gives it: the path's text
        if checked is None:
            assert st is not None and (st.st_size, st.st_mtime_ns) == (path.stat().st_size, path.stat().st_mtime_ns)


def test_source_ids_without_pathlib_are_the_pathlib_ones(tmp_path: Path) -> None:
    rels = ["a.txt", "dir/b.md", "dir/sub/c.tar.gz", "x.", "a..b", "a.b.", "dir.d/noext", "report.txt", "report.md"]
    for root in [tmp_path, Path("."), Path("rel/dir")]:
        paths = [root / r for r in rels] + [Path("/elsewhere/q.txt")]
        expected = {}
        for p in paths:
            try:
                rel = p.relative_to(root).as_posix()
            except ValueError:
                rel = p.name
            expected[p] = str(Path(rel).with_suffix("").as_posix())
        expected[root / "report.txt"], expected[root / "report.md"] = "report.txt", "report.md"
        assert relative_source_ids(paths, root) == expected
        assert relative_source_ids([str(p) for p in paths], root) == {str(p): sid for p, sid in expected.items()}


# ---------------------------------------------------------------- the registry carried over


def test_an_unchanged_registry_is_shared_with_the_previous_generation_and_still_checked(
        seeds_copy: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    build_index(seeds_copy, ix)
    old = layout.read_current(ix)
    wiki = seeds_copy / "wiki-nato-russia-relations.txt"
    wiki.write_text(wiki.read_text().replace("28 May 2002", "29 May 2002"))
    build_index(seeds_copy, ix)
    new = layout.read_current(ix)
    assert (new / layout.SPEAKERS).stat().st_ino == (old / layout.SPEAKERS).stat().st_ino
    assert Manifest.read(new).checks[layout.SPEAKERS] == Manifest.read(old).checks[layout.SPEAKERS]
    # garbled in place, in either generation: the serving one is reported damaged
    data = bytearray((new / layout.SPEAKERS).read_bytes())
    data[len(data) // 2] ^= 0x20
    (new / layout.SPEAKERS).write_bytes(bytes(data))
    from index.answer.engine import Engine

    with pytest.raises(IndexCorrupt):
        Engine(ix).ask("What did Medvedev say?")
    build_index(seeds_copy, ix)  # and the next build repairs it
    assert Engine(ix).ask("What did Medvedev say?").answers


# ---------------------------------------------------------------- settings without pydantic-settings


def test_a_setting_is_mentioned_by_the_environment_or_the_settings_file(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    monkeypatch.setattr(environment, "ENV_FILE", env_file)
    monkeypatch.delenv("DOSSIER_FOLLOW_LINKS", raising=False)
    assert not environment.mentioned("dossier_follow_links")  # no file
    env_file.write_text("DOSSIER_INDEX=var/index\n")
    assert not environment.mentioned("dossier_follow_links")
    env_file.write_text("export dossier_Follow_Links=1\n")
    assert environment.mentioned("dossier_follow_links")
    env_file.write_text("")
    monkeypatch.setenv("Dossier_Follow_Links", "0")
    assert environment.mentioned("dossier_follow_links")
    monkeypatch.delenv("Dossier_Follow_Links")
    env_file.unlink()
    env_file.mkdir()  # unreadable as a file: read the settings the full way
    assert environment.mentioned("dossier_follow_links")


def test_reordering_ties_in_the_word_alternations_changes_no_match() -> None:
    """The alternations list words longest first; ties used to come in set order and are now sorted.
    That changes no match only while no word is a prefix (ignoring case) of another word of the same
    length as written in the pattern, i.e. while two tied words can never both match at one place."""
    import itertools

    from index.extract.names import DOCUMENT_NOUNS, ROLE_WORDS
    from index.extract.quotes import patterns

    alternations = {
        "roles, documents, organisations, crowds": [re.escape(w) for w in ROLE_WORDS | DOCUMENT_NOUNS
                                                    | patterns.ORG_NOUNS | patterns.CROWD_WORDS],
        "groups": list(patterns.GROUP_NOUNS | patterns._PLURAL_ROLES),
        "documents": list(DOCUMENT_NOUNS),
        "roles": list(ROLE_WORDS),
    }
    for name, words in alternations.items():
        for _, tied in itertools.groupby(sorted(words, key=len), key=len):
            plain = [w.replace("\\", "").lower() for w in tied]
            clashes = [(a, b) for a, b in itertools.permutations(plain, 2) if b.startswith(a)]
            assert not clashes, (name, clashes)


# ---------------------------------------------------------------- the previous generation checked in the background


@pytest.mark.parametrize("name", [layout.RECORDS, layout.SPEAKERS, "segment"])
def test_a_previous_generation_garbled_in_place_gives_a_full_build_never_a_copy_of_the_damage(
        seeds_copy: Path, tmp_path: Path, name: str, caplog: pytest.LogCaptureFixture) -> None:
    """The previous generation's files are checksummed while the incremental build runs; a garbled one
    (same size, so only the CRC tells) drops that build for a full one before anything is published."""
    ix = tmp_path / "ix"
    build_index(seeds_copy, ix)
    old = layout.read_current(ix)
    target = max((old / layout.WHOOSH_DIR).glob("*.seg"), key=lambda p: p.stat().st_size) if name == "segment" \
        else old / name
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x20
    target.write_bytes(bytes(data))
    wiki = seeds_copy / "wiki-nato-russia-relations.txt"
    wiki.write_text(wiki.read_text().replace("28 May 2002", "29 May 2002"))
    with caplog.at_level("WARNING"):
        report = build_index(seeds_copy, ix)
    assert not report.incremental
    assert "previous index damaged" in caplog.text
    new = layout.read_current(ix)
    assert generation.verify(new, Manifest.read(new)) is None
    from index.answer.engine import Engine

    assert Engine(ix).ask("When was the NRC created?").answers


# ---------------------------------------------------------------- racy sources settled at the end of a build


def _racy_entry(path: Path) -> tuple[SourceEntry, int]:
    """An entry for ``path`` as a build leaves it when it hashed the file 1 s after it was written."""
    st = path.stat()
    entry = SourceEntry(hash=file_hash(path), stamp=(st.st_size, st.st_mtime_ns), checked=st.st_mtime_ns + 10**9,
                        meta=SourceMeta(id=path.stem, path=str(path)))
    return entry, st.st_mtime_ns


def test_a_source_hashed_just_after_it_was_written_is_trusted_once_hashed_again_after_the_window(
        tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("First words.\n")
    entry, mtime = _racy_entry(path)
    later = mtime + (RACY_SECONDS + 1) * 10**9
    sources = {"a": entry}
    settle_racy(sources, {"a": str(path)}, now_ns=later)
    assert sources["a"].checked == later and sources["a"].hash == entry.hash
    assert sources["a"].checked - mtime > RACY_SECONDS * 10**9  # the next build takes size and mtime at their word


def test_a_racy_source_is_left_to_the_next_build_while_in_the_window_or_when_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("First words.\n")
    entry, mtime = _racy_entry(path)
    sources = {"a": entry}
    settle_racy(sources, {"a": str(path)}, now_ns=mtime + 10**9)  # still too soon after the edit
    assert sources["a"] is entry
    # edited within the timestamp's granularity: same size, same mtime, other words
    path.write_text("Other words.\n")
    os.utime(path, ns=(mtime, mtime))
    settle_racy(sources, {"a": str(path)}, now_ns=mtime + (RACY_SECONDS + 1) * 10**9)
    assert sources["a"] is entry  # so the next build hashes it again and sees the edit
    path.unlink()
    settle_racy(sources, {"a": str(path)}, now_ns=mtime + (RACY_SECONDS + 1) * 10**9)
    assert sources["a"] is entry


def test_a_copied_folder_built_at_once_needs_no_hashing_on_the_next_build(seeds_copy: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for path in seeds_copy.glob("*.txt"):  # written just now, as a copy is, and so hashed too soon after
        path.write_bytes(path.read_bytes())
    monkeypatch.setattr(build_module, "RACY_SECONDS", 0.5)
    finish = build_module._finish

    def slow_finish(*args, **kwargs):  # a build that outlasts the window, as a full BBC build does
        time.sleep(0.6)
        return finish(*args, **kwargs)

    monkeypatch.setattr(build_module, "_finish", slow_finish)
    ix = tmp_path / "ix"
    build_index(seeds_copy, ix)
    first = Manifest.read(layout.read_current(ix)).sources
    assert all(e.checked - e.stamp[1] > 0.5 * 10**9 for e in first.values())
    hashed: list[Path] = []
    monkeypatch.setattr(build_module, "file_hash", lambda path: hashed.append(path) or file_hash(path))
    report = build_index(seeds_copy, ix)
    assert report.unchanged == len(first) and report.changed == 0 and hashed == []


# ---------------------------------------------------------------- Whoosh without the modules it never uses here

_STOOD_IN = """
import json, sys
from pathlib import Path
from index.store.build import build_index

build_index(Path(sys.argv[1]), Path(sys.argv[2]))
changed = sorted(Path(sys.argv[1]).glob("*.txt"))[0]
changed.write_text(changed.read_text() + "\\n\\nOne more paragraph.\\n")
assert build_index(Path(sys.argv[1]), Path(sys.argv[2])).changed == 1  # deletes and adds in Whoosh
loaded = [m for m in ("asyncio", "urllib.request", "whoosh.lang.morph_en") if m in sys.modules]
from index.answer.engine import Engine
answers = Engine(Path(sys.argv[2])).ask("What did Rasmussen say about Afghanistan?").answers

import asyncio, urllib.request, whoosh.lang.morph_en  # the real modules, whenever asked for
import cached_property, whoosh.query.terms

async def coroutine(): pass
def plain(): pass
print(json.dumps({
    "answers": len(answers), "loaded": loaded,
    "real": [hasattr(asyncio, "run"), hasattr(urllib.request, "urlopen"), hasattr(whoosh.lang.morph_en, "variations")],
    "coroutine": [cached_property.asyncio.iscoroutinefunction(f) == asyncio.iscoroutinefunction(f) for f in (coroutine, plain)],
    "variations": sorted(whoosh.query.terms.variations("running")) == sorted(whoosh.lang.morph_en.variations("running")),
}))
"""


def test_whoosh_loads_without_the_modules_it_never_calls_and_they_load_for_real_when_asked(
        seeds_copy: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _STOOD_IN, str(seeds_copy), str(tmp_path / "ix")], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["answers"] > 0
    assert result["loaded"] == []  # builds, without asyncio, urllib.request or morph_en
    assert result["real"] == [True, True, True]
    assert result["coroutine"] == [True, True] and result["variations"] is True


_NO_PLUGINS = """
import json, os, sys
from pathlib import Path
from index.quiet_imports import quiet_imports

with quiet_imports():
    from index.store.build import build_index
build_index(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({"setting": os.environ.get("PYDANTIC_DISABLE_PLUGINS"),
                  "metadata_loaded": "importlib.metadata" in sys.modules}))
"""


@pytest.mark.parametrize("given, kept", [(None, "__all__"), ("", ""), ("logfire", "logfire")])
def test_a_command_looks_for_no_pydantic_plugins_unless_the_user_says_otherwise(
        seeds_copy: Path, tmp_path: Path, given: str | None, kept: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if given is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = given
    done = subprocess.run([sys.executable, "-c", _NO_PLUGINS, str(seeds_copy), str(tmp_path / "ix")], cwd=REPO,
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["setting"] == kept
    # plugins looked for (an empty setting) means the installed distributions were read, for real
    assert result["metadata_loaded"] is (kept == "" or kept == "logfire")


# ---------------------------------------------------------------- extraction shortcuts


_WORD_TEXTS = ["Blair said", "said Blair.", "Blairite Blair", "Tony_Blair Blair_", "O'Brien", "(O'Brien) O'Briens",
               "Rühe Rühes Rühe", "Blair2 Blair", "", "x-Blair-y", "BlairBlair", "Ivan Sokolov, the envoy",
               "d'Alema said d'Alema's", "Blair Blair,Blair", "-Blair--Blair-", "'s's 's"]
_WORDS = ["Blair", "O'Brien", "Rühe", "d'Alema", "Blair_", "-Blair-", "'s", "Sokolov,", ""]


@pytest.mark.parametrize("text", _WORD_TEXTS)
@pytest.mark.parametrize("word", _WORDS)
def test_has_word_finds_what_the_word_boundary_pattern_finds(text: str, word: str) -> None:
    assert has_word(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)


@pytest.mark.parametrize("text", _WORD_TEXTS)
@pytest.mark.parametrize("word", _WORDS)
def test_word_starts_are_the_word_boundary_pattern_s_matches(text: str, word: str) -> None:
    """Every match, left to right and never overlapping ("-Blair--Blair-": the second starts where the first ends)."""
    assert word_starts(text, word) == [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]


def test_the_kept_extraction_text_and_runs_belong_to_the_text_asked_about() -> None:
    """The last text's extraction text and runs of capitals are kept: another text must get its own."""
    long_word = "x" * (MAX_WORD + 5)
    plain, odd = "Tony Blair met Gordon Brown.", f"Tony Blair met {long_word} Brown."
    for text in (plain, odd, plain, odd):
        assert extraction_text(text) == lazy(rf"[\w&'’\-]{{{MAX_WORD + 1},}}").sub(lambda m: " " * len(m.group()), text)
    assert extraction_text(odd) == f"Tony Blair met {' ' * len(long_word)} Brown."


def test_two_documents_with_one_id_one_after_another_each_get_their_own_entities() -> None:
    """The entity table and descriptions are kept per text (and runs of capitals for the last text):
    a document edited under the same id, and edited back, is read anew each time."""
    def doc(text: str) -> Document:
        return Document(meta=SourceMeta(id="same"), text=text, paragraphs=split_paragraphs(text))

    one = doc("Foreign Minister Oleg Petrov met Anna Berg. Petrov said the talks went well.")
    two = doc("Defence Secretary John Reid met Carla Moretti. Reid said the talks went badly.")
    for d, person, other in ((one, "Oleg Petrov", "John Reid"), (two, "John Reid", "Oleg Petrov"),
                             (one, "Oleg Petrov", "John Reid")):
        ents = doc_entities(d)
        assert person in ents.full_names and other not in ents.full_names
        assert [name for name, _span in find_descriptions(d)] == [person]


@pytest.mark.parametrize("order", [sorted, lambda ws: sorted(ws, key=lambda w: (len(w), w), reverse=True)])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_prefix_tree_alternation_matches_what_the_plain_alternation_matches(order, flags: int) -> None:
    """Where two words could both match (one a prefix of the other), the one listed first is tried first."""
    words = order(["chair", "chairman", "chairwoman", "chief", "chief executive", "vice-president", "president",
                   "co-founder", "founder", "pre", "press", "a", "an", "and"])
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?:\b|man)", flags)
    tree = re.compile(rf"{word_alternation(words)}(?:\b|man)", flags)
    text = ("The Chairman and chairwoman, a chairmanship, chief executive Bob, CHIEF Executive, vice-president-elect, "
            "co-founders, pressman preman anan and an a andman; the Chief executives' chair, a chairmanman")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert word_alternation(["only"]) == "only"


def test_the_order_of_an_alternation_can_change_its_matches() -> None:
    """What the test above guards: listed the other way round, the same words match differently."""
    text = "a chairmanman"
    assert re.search(rf"{word_alternation(['chair', 'chairman'])}(?:\b|man)", text).group() == "chairman"
    assert re.search(rf"{word_alternation(['chairman', 'chair'])}(?:\b|man)", text).group() == "chairmanman"


@pytest.mark.parametrize("text", ["A. B", "end.  \n\nNext", "x \t \n  \ny", "Hi!?  She", "a\n\n\nb", "U.S. President",
                                  "“Yes.” He said. Then", "x.\n a", "  \n\tA", "…A", ". \n", "\n", "",
                                  "One. Two?\n\n  Three…  • Four\nfive \n Six"])
def test_sentence_boundaries_tried_only_where_one_can_start_are_the_pattern_s_matches(text: str) -> None:
    def found(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in matches]

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert found(sentences._boundaries(text, start, end)) == found(sentences._BOUNDARY.finditer(text, start, end))


@pytest.mark.parametrize("text", ["the Bank of England said", "Trade and Industry Committee", "Finance and Economy Ministry's",
                                  "the Office for National Statistics and the Institute of Fiscal Studies", "Banks of the Nile",
                                  "a bank of England", "Department  of Health", "Trade and Industry committee", "no organisation"])
def test_organisation_names_looked_for_only_where_one_can_be_are_the_pattern_s_matches(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert [m.span() for m in org_long_iter(text, start, end)] == \
                [m.span() for m in ORG_LONG.finditer(text, start, end)]
    found, plain = org_long_search(text), ORG_LONG.search(text)
    assert (found and found.span()) == (plain and plain.span())


def test_a_mention_is_compared_only_with_the_titles_that_can_fit_it_and_resolves_as_against_all() -> None:
    """The registry looks a descriptive mention up among the titles holding its head role noun (or a synonym):
    every other title scores 0, so the best title — ties to the most quoted, then the first — is the one a
    comparison with every title finds."""
    from index.extract.names import title_score
    from index.extract.registry import SpeakerRegistry
    from index.models import Speaker

    roles = ["president", "prime minister", "premier", "foreign minister", "chief executive", "head", "leader",
             "secretary-general", "spokesman", "coach", "manager", "boss", "chairman", "finance minister"]
    places = ["", "Russian ", "US ", "Tory ", "Conservative ", "Labour's ", "NATO ", "UN ", "British ", "the U.S. "]
    titles = sorted({(fold_title, f"s{i % 9}") for i, fold_title in
                     enumerate(f"{p}{r}".lower() for p in places for r in roles)} | {("italian premier", "s3")})
    speakers = [Speaker(id=f"s{i}", name=f"Person {i}", quotation_count=i % 4) for i in range(9)]
    registry = SpeakerRegistry(speakers, {}, titles)

    def against_all(text: str) -> tuple[str, float] | None:
        best = None
        for title, sid in titles:
            s = title_score(text, title)
            if s > 0 and (best is None or s > best[1] or s == best[1]
                          and registry._quotation_count(sid) > registry._quotation_count(best[0])):
                best = (sid, s)
        return best

    mentions = ["the president", "the russian president", "the minister", "the premier", "the tory leader",
                "the alliance chief", "the head", "the us secretary-general", "the boss", "the club manager",
                "britain's prime minister", "the finance minister", "mr smith", "the company", "", "the",
                "the conservative chief executive", "the spokesman", "the nato boss", "coach", "the italian minister"]
    found = 0
    for m in mentions:
        assert registry._best_title(m) == against_all(m), m
        found += against_all(m) is not None
    assert found >= 12  # the comparison is about mentions that do fit titles


_SERVING_START = """
import json, sys
from index import lazyre
from index.quiet_imports import quiet_imports

with quiet_imports():
    from index.cli import main
parsed = []
real_parse = lazyre._parse
lazyre._parse = lambda pattern, flags: parsed.append(pattern) or real_parse(pattern, flags)
main(["ask", "--json", "--index", sys.argv[1], "What did Rasmussen say about Afghanistan?"])
print(json.dumps({"settings": "pydantic_settings" in sys.modules, "asyncio": "asyncio" in sys.modules,
                  "parsed_while_importing": sum(key[0] in parsed for key in lazyre._imported),
                  "imported": len(lazyre._imported)}))
"""


@needs_cache
def test_a_serving_start_with_an_index_folder_loads_no_settings_and_parses_its_patterns_once(
        seed_index: Path, tmp_path: Path) -> None:
    """``dossier ask --index`` (the bot's and the benchmark's serving process): pydantic-settings (with asyncio
    and ssl) is never imported, and the second start takes every pattern its modules compile from the cache."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", _SERVING_START, str(seed_index)], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        answer, report = (json.loads(line) for line in done.stdout.splitlines()[-2:])
        assert answer["answers"]
        runs.append(report)
    assert [r["settings"] for r in runs] == [False, False] and [r["asyncio"] for r in runs] == [False, False]
    assert runs[1]["imported"] > 100 and runs[1]["parsed_while_importing"] == 0


# ---------------------------------------------------------------- given names kept beside the bytecode


def _names_file() -> Path:
    from importlib import resources

    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    if not isinstance(source, Path) or not source.is_file():
        pytest.skip("gender-guesser's names are not a plain file here")
    return source


def test_given_names_from_the_cache_are_those_parsed_from_the_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = _names_file()
    parsed = given_names.parse_names(source.read_bytes())
    cache = tmp_path / "__pycache__" / "given-names.cache"
    monkeypatch.setattr(given_names, "CACHE", cache)
    given_names._tables.cache_clear()
    try:
        assert given_names._given_names() == parsed and cache.is_file()  # parsed, then kept
        given_names._tables.cache_clear()
        monkeypatch.setattr(given_names, "parse_names", lambda data: pytest.fail("parsed again"))
        monkeypatch.setattr(given_names, "parse_genders", lambda data: pytest.fail("parsed again"))
        assert given_names._given_names() == parsed  # the next process reads them, genders with them
        assert given_names.is_given_name("Damien") and not given_names.is_given_name("Matchwinner")
        assert given_names.given_name_gender("Martin") == "male" and given_names.given_name_gender("Kim") is None
    finally:
        given_names._tables.cache_clear()


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "stale", "unwritable"])
def test_a_damaged_stale_or_unwritable_given_names_cache_means_parsing_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    source = _names_file()
    parsed = given_names.parse_names(source.read_bytes())
    cache = tmp_path / "__pycache__" / "given-names.cache"
    monkeypatch.setattr(given_names, "CACHE", cache)
    key = given_names._cache_key(source)
    assert key is not None
    given_names._write_cache(cache, key, frozenset({"onlyname"}))
    data = cache.read_bytes()
    if damage == "flip":
        cache.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "truncate":
        cache.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        cache.write_bytes(os.urandom(3000))
    elif damage == "stale":  # written for a data file of another size or time
        given_names._write_cache(cache, key + "0", frozenset({"onlyname"}))
    else:
        cache = tmp_path / "a-file-not-a-folder" / "given-names.cache"
        cache.parent.write_text("")
        monkeypatch.setattr(given_names, "CACHE", cache)
    given_names._tables.cache_clear()
    try:
        assert given_names._given_names() == parsed
    finally:
        given_names._tables.cache_clear()


def test_given_names_looked_up_in_the_cached_lines_answer_as_the_set_and_dict(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-file rebuild asks about a few words in the cache's lines, a full build's worker about many in a set:
    every word gets the same answer both ways, before and after the switch."""
    source = _names_file()
    data = source.read_bytes()
    names, genders = given_names.parse_names(data), given_names.parse_genders(data)
    monkeypatch.setattr(given_names, "CACHE", tmp_path / "__pycache__" / "given-names.cache")
    words = ["Damien", "Matchwinner", "Kim", "Martin", "Marla", "", "a", "an", "a\nb", "Ann Marie", "zzzq"]
    words += sorted(names)[::997] + sorted(genders)[::991] + [w[:-1] for w in sorted(names)[::1999]]
    given_names._tables.cache_clear()
    try:
        given_names._tables()  # parsed, and kept in the cache
        for ask in (given_names.is_given_name, given_names.given_name_gender):
            given_names._tables.cache_clear()  # read back from the cache's lines
            assert given_names._tables()._names is None
            got = [ask(w) for w in words]
            assert given_names._tables()._names is not None or given_names._tables()._genders is not None
            if ask is given_names.is_given_name:
                assert got == [w.casefold() in names for w in words]
            else:
                assert got == [genders.get(w.casefold()) for w in words]
        assert given_names.given_name_gender("Martin") == "male" and given_names.given_name_gender("Marla") == "female"
    finally:
        given_names._tables.cache_clear()
