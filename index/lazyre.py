"""Regular expressions compiled on first use, not at import, and remembered across processes.

The extractor's patterns are large (a name token alone is a character class of
every upper-case letter up to U+024F, and the attribution patterns nest it
dozens of times): compiling them all costs more than a second.  Serving and
``dossier ask`` import the registry and the name helpers but never run the
extractor, so they should not pay for it.  A :class:`LazyPattern` stands where
a compiled pattern stood and compiles itself the first time it is used.

A build does run the extractor, and a one-file rebuild is a fresh process that
used to spend half its time compiling these patterns again (0.47 s of CPU).
Nearly all of that is Python's own regex *parser*, written in Python; the
matching engine (``_sre``) only needs the parser's output, a list of integers.
So :func:`save_cache` writes that output for every pattern to a file, and
:func:`load_cache` hands it straight to ``_sre.compile`` in the next process
(7 ms for all of them).  It is exactly what ``re.compile`` does after parsing,
so a pattern from the cache is the same ``re.Pattern`` with the same code.  The
file is keyed by the Python build and the pattern text, and checksummed; a
missing, stale, damaged or foreign file is ignored and the pattern compiled
the ordinary way, so the cache can only ever save time.
"""

from __future__ import annotations

import array
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from index import cachefile

log = logging.getLogger(__name__)

_TAG: str | None = None  # names the Python build whose regex code a cache file holds
_CODE_TYPE = ""  # the array type of one code word
try:  # CPython's regex internals, as 3.11 to 3.13 have them; otherwise patterns compile the ordinary way
    import _sre
    from re import _compiler, _parser

    if sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13):
        _CODE_TYPE = next((t for t in "HIL" if array.array(t).itemsize == _sre.CODESIZE), "")
        _TAG = f"dossier-patterns 1 {sys.version} {_sre.MAGIC} {_sre.CODESIZE}" if _CODE_TYPE else None
except (ImportError, AttributeError):  # pragma: no cover - other Pythons
    pass

# (pattern, flags) -> (flags, code as bytes, groups - 1, groupindex, indexgroup): ``_sre.compile``'s arguments
Entry = tuple[int, bytes, int, dict, tuple]
_stored: dict[tuple[str, int], Entry] = {}  # read from a cache file
_fresh: dict[tuple[str, int], Entry] = {}  # compiled by this process, not yet in a file
_patterns: list[LazyPattern] = []  # every lazy pattern of the program (all are module constants)


class LazyPattern:
    """A ``re.Pattern`` stand-in: same methods, compiled at the first call.

    ``pattern`` gives the source without compiling, so larger patterns can be
    built from smaller ones at import for free.  Code that compares a match's
    ``m.re`` must compare with :attr:`compiled`.  Once compiled, the pattern's
    methods are bound on the instance, so a call costs what a compiled
    pattern's call costs (no ``__getattr__`` on every ``search``).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = int(flags)
        self._compiled: re.Pattern[str] | None = None
        _patterns.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = _compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern compiled on first use (typed ``Any`` so callers read it as a ``re.Pattern``)."""
    return LazyPattern(pattern, flags)


# ---------------------------------------------------------------- compiling, keeping the code


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    key = (pattern, flags)
    entry = _stored.get(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except Exception:  # a cache entry this Python does not accept: compile as usual
            del _stored[key]
    if _TAG is None:
        return re.compile(pattern, flags)
    try:
        entry = _parse(pattern, flags)
    except re.error:
        raise
    except Exception:  # internals not as expected: the ordinary way
        return re.compile(pattern, flags)
    _fresh[key] = entry
    return _from_entry(pattern, entry)


def _parse(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before handing over to ``_sre.compile`` (CPython 3.11-3.13)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, array.array(_CODE_TYPE, code).tobytes(), p.state.groups - 1, groupindex,
            tuple(indexgroup))


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)


# ---------------------------------------------------------------- the cache file

_HEADER = b"DPC1"


def load_cache(path: Path) -> int:
    """Take the patterns' code from ``path``; how many entries it gave (0 for a missing or unusable file)."""
    loaded = _read(path)
    _stored.update(loaded)
    return len(loaded)


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    """The entries of the cache file ``path``; none for a missing, damaged or foreign file."""
    if _TAG is None:
        return {}
    kept = cachefile.read(Path(path), _HEADER, "pattern cache")
    if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == _TAG and isinstance(kept[1], dict)):
        return {}
    return {k: v for k, v in kept[1].items() if _well_formed(k, v)}


def _well_formed(key: object, value: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
            and isinstance(value, tuple) and len(value) == 5 and isinstance(value[1], bytes))


def complete() -> bool:
    """True when every lazy pattern of the program is compiled or has its code at hand."""
    return all(p._compiled is not None or (p.pattern, p._flags) in _stored or (p.pattern, p._flags) in _fresh
               for p in _patterns)


def unsaved() -> bool:
    """True when this process compiled a pattern the cache it read did not hold."""
    return bool(_fresh)


def save_cache(path: Path, *, everything: bool = False) -> None:
    """Write the code of every pattern known here to ``path`` (atomically; failures are only logged).

    ``everything`` first parses the patterns no one used yet, so the file serves any later
    process in full. Only the program's current patterns are written, so edited ones drop out.
    """
    if _TAG is None:
        return
    if everything:
        for p in _patterns:
            key = (p.pattern, p._flags)
            if key not in _stored and key not in _fresh:
                try:
                    _fresh[key] = _parse(*key)
                except Exception:
                    pass
    known = {**_stored, **_fresh}
    entries = {(p.pattern, p._flags): known[(p.pattern, p._flags)] for p in _patterns
               if (p.pattern, p._flags) in known}
    if _write(Path(path), entries):
        _stored.update(_fresh)
        _fresh.clear()


def _write(path: Path, entries: dict[tuple[str, int], Entry]) -> bool:
    """Write ``entries`` to the cache file ``path`` atomically; False (and a log line) when it cannot be written."""
    return cachefile.write(path, _HEADER, (_TAG, entries), "pattern cache")


# ---------------------------------------------------------------- patterns the modules compile as they import

# The answer modules (and a few others) compile their patterns with ``re.compile`` at import: 313 of them,
# a quarter of a serving process's imports (0.11 s of 0.45 s CPU). Their code depends on the program only,
# never on an index, so it is kept beside the program's bytecode, as Python keeps that.
PROGRAM_CACHE = Path(__file__).resolve().parent / "__pycache__" / f"import-patterns.{sys.implementation.cache_tag}.cache"
_MAX_PROGRAM_ENTRIES = 5000  # past this (old patterns of edited code), a save keeps only what this process used
_program: dict[tuple[str, int], Entry] | None = None  # the program cache's entries, once read
_imported: set[tuple[str, int]] = set()  # the patterns compiled through the hook by this process
_parsed: dict[tuple[str, int], Entry] = {}  # of those, the ones the caches lacked, not yet in the file
_hook_depth = 0


@contextmanager
def compiling_from_cache(path: Path | None = None) -> Iterator[None]:
    """While the block runs, every text pattern compiled through ``re`` (``re.compile``, ``re.search``…) takes
    its code from the program's pattern cache ``path`` (default :data:`PROGRAM_CACHE`), and is parsed the
    ordinary way only when the cache lacks it; at the end, patterns parsed here are added to the file.

    The same code as ``re.compile`` would make (see :func:`_parse`); ``re``'s own cache of recent patterns
    still answers first. Blocks may nest: the outermost one reads and writes the file. Like the index's
    pattern cache (and unlike bytecode) it is written even under ``PYTHONDONTWRITEBYTECODE``: it holds only
    regex code, and a folder that cannot be written just leaves every start to parse the patterns.
    """
    global _hook_depth, _program
    if _TAG is None:
        yield
        return
    path = PROGRAM_CACHE if path is None else Path(path)
    real = _compiler.compile
    if _hook_depth == 0:
        if _program is None:
            _program = _read(path)
            _stored.update(_program)
        _compiler.compile = _hooked(real)
    _hook_depth += 1
    try:
        yield
    finally:
        _hook_depth -= 1
        if _hook_depth == 0:
            _compiler.compile = real
            try:
                _save_program(path)
            except Exception as exc:  # a cache is never worth a failed command
                log.info("cannot save the program pattern cache %s (%s)", path, exc)


def _hooked(real: Any) -> Any:
    """``re._compiler.compile`` taking a text pattern's code from the cache; anything else goes to ``real``."""

    def compile(p: Any, flags: int = 0) -> Any:
        if type(p) is not str or flags & re.DEBUG:  # (marshal writes plain strings only)
            return real(p, flags)
        key = (p, int(flags))
        _imported.add(key)
        entry = _stored.get(key) or _parsed.get(key)
        if entry is not None:
            try:
                return _from_entry(p, entry)
            except Exception:  # a cache entry this Python does not accept: compile as usual
                _stored.pop(key, None)
                _parsed.pop(key, None)
        try:
            entry = _parse(p, key[1])
        except re.error:
            raise
        except Exception:  # internals not as expected: the ordinary way
            _imported.discard(key)
            return real(p, flags)
        _parsed[key] = entry
        return _from_entry(p, entry)

    return compile


def _save_program(path: Path) -> None:
    """Add the patterns parsed through the hook to the program cache (nothing when none was)."""
    global _program
    if not _parsed or _program is None:
        return
    entries = {**_program, **_parsed}
    if len(entries) > _MAX_PROGRAM_ENTRIES:
        known = {**_stored, **_parsed}
        entries = {k: known[k] for k in _imported if k in known}
    if _write(path, entries):
        _program = entries
        _stored.update(_parsed)
        _parsed.clear()
