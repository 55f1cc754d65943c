"""Whether a word is a given name: the evidence that "Robbie Keane" is a person and "Matchwinner Keane" is not.

The extractor's own lists (:data:`index.extract.names.MALE_FIRST`/``FEMALE_FIRST``) hold
about 300 common English first names; news quotes people from everywhere. The data
file of ``gender-guesser`` (some 48,000 given names of many countries, from Jörg
Michael's ``nam_dict``) answers "is this a first name anywhere?" far better than a
hand-kept list could. The names, and the gender of those every country's list gives one
gender only, are read once, on first use, so commands that never extract quotations never
pay for it.

Reading them means parsing 48,000 fixed-column lines (45 ms of CPU): the largest single
step of a one-file rebuild, which is a fresh process. The names parsed are therefore
kept beside the program's bytecode (``index/__pycache__/given-names.*.cache``, in
:mod:`index.cachefile`'s format, as :mod:`index.lazyre` keeps the import patterns), keyed by the data file's path, size and
modification time and checksummed; the next process reads them in a few milliseconds.
A missing, stale, damaged or unwritable cache only means parsing the file again.

The cache keeps them as three strings of lines (names, male names, female names), and the first
few words asked are looked up in those strings: a one-file rebuild asks about two to ten words,
and making a set of 37,000 names and a dict of 34,000 genders (20 ms of that rebuild, unmarshalling
included) cost it more than all its questions. A process that asks more gets the set and the dict.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from index import cachefile

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_NAME_COLUMNS = slice(3, 29)  # nam_dict.txt: a gender code, then the name in fixed columns

CACHE = Path(__file__).resolve().parents[1] / "__pycache__" / f"given-names.{sys.implementation.cache_tag}.cache"
_HEADER = b"DGN3"  # the cache file's format; a change of the parsing below needs a new one
_TAG = f"given-names 2 {_NAME_COLUMNS.start}:{_NAME_COLUMNS.stop}"
LOOKUPS_IN_TEXT = 16  # words looked up in the lines themselves (0.14 ms each) before the set and dict are made (8 ms)


class _Names:
    """The given names and their genders, kept as the cache keeps them (lines) until a process asks about more
    than :data:`LOOKUPS_IN_TEXT` words; then as a set and a dict. The answers are the same either way: a name
    holds no line break and is never empty, and any word that is either is asked of the set and the dict."""

    def __init__(self, names: str, male: str, female: str) -> None:
        self._lines = (f"\n{names}\n", f"\n{male}\n", f"\n{female}\n")  # each name between two line breaks
        self._asked = 0
        self._names: frozenset[str] | None = None
        self._genders: dict[str, str] | None = None

    @classmethod
    def of(cls, names: frozenset[str], genders: dict[str, str]) -> _Names:
        made = cls(*_joined(names, genders))
        made._names, made._genders = names, genders
        return made

    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = frozenset(self._lines[0][1:-1].split("\n")) if len(self._lines[0]) > 2 else frozenset()
        return self._names

    def genders(self) -> dict[str, str]:
        if self._genders is None:
            self._genders = dict.fromkeys(self._lines[1][1:-1].split("\n") if len(self._lines[1]) > 2 else (), "male")
            self._genders.update(dict.fromkeys(
                self._lines[2][1:-1].split("\n") if len(self._lines[2]) > 2 else (), "female"))
        return self._genders

    def _in_lines(self, key: str) -> bool:
        """Whether a few words may still be looked up in the lines (``key`` a possible name: no break, not empty)."""
        self._asked += 1
        return self._asked <= LOOKUPS_IN_TEXT and bool(key) and "\n" not in key

    def is_name(self, key: str) -> bool:
        if self._names is None and self._in_lines(key):
            return f"\n{key}\n" in self._lines[0]
        return key in self.names()

    def gender(self, key: str) -> str | None:
        if self._genders is None and self._in_lines(key):
            line = f"\n{key}\n"
            return "male" if line in self._lines[1] else "female" if line in self._lines[2] else None
        return self.genders().get(key)


def _joined(names: frozenset[str], genders: dict[str, str]) -> tuple[str, str, str]:
    """The names, the male names and the female names, each sorted and one a line (no name holds a line break:
    ``splitlines`` and ``split`` made them)."""
    return ("\n".join(sorted(names)), "\n".join(sorted(n for n, g in genders.items() if g == "male")),
            "\n".join(sorted(n for n, g in genders.items() if g == "female")))


@cache
def _tables() -> _Names:
    """Every given name, and the one gender of those every country's list gives one gender, from one read of the
    data file: through the cache when it holds them, else parsed and kept."""
    source = _data_file()
    if source is None:
        return _Names.of(frozenset(), {})  # an install without it falls back to the extractor's own lists
    key = _cache_key(source)
    if key is not None:
        cached = _read_cache(CACHE, key)
        if cached is not None:
            return cached
    try:
        data = source.read_bytes()
    except (FileNotFoundError, OSError):
        return _Names.of(frozenset(), {})
    names, genders = parse_names(data), parse_genders(data)
    if key is not None:
        _write_cache(CACHE, key, names, genders)
    return _Names.of(names, genders)


def _data_file() -> Path | Traversable | None:
    """gender-guesser's ``nam_dict.txt``: found from where the package is installed, without importing it (nor
    ``importlib.resources``, with zipfile, tempfile and lzma: 3 ms of a one-file rebuild); through
    ``importlib.resources`` when it is not a plain file (in a zip); None without the package."""
    try:
        spec = importlib.util.find_spec("gender_guesser")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    for folder in spec.submodule_search_locations or ():
        path = Path(folder) / "data" / "nam_dict.txt"
        if path.is_file():
            return path
    from importlib import resources

    try:
        return resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None


def _given_names() -> frozenset[str]:
    return _tables().names()


def parse_names(data: bytes) -> frozenset[str]:
    """The given names of ``nam_dict.txt``'s bytes, case-folded, each part of a compound name on its own."""
    names: set[str] = set()
    for line in data.decode("iso-8859-1").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line[_NAME_COLUMNS].strip()
        if "<" in name:  # the file's escapes for letters outside Latin-1; those names are rare in English news
            continue
        for part in name.replace("+", " ").split():
            names.add(part.casefold())
    return frozenset(names)


# nam_dict.txt's gender codes: "M"/"F" a male/female name, "1M"/"1F" male/female as a first name; the "?" codes
# (mostly one gender, or both) are left out, so a name any line calls unisex or mostly one gender has no gender here
_MALE_CODES = frozenset(("M", "1M"))
_FEMALE_CODES = frozenset(("F", "1F"))


def parse_genders(data: bytes) -> dict[str, str]:
    """The single-word names of ``nam_dict.txt``'s bytes that every line gives one gender, case-folded, with it."""
    codes: dict[str, set[str]] = {}
    for line in data.decode("iso-8859-1").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line[_NAME_COLUMNS].strip()
        if "<" in name or " " in name or "+" in name:
            continue
        codes.setdefault(name.casefold(), set()).add(line[:2].strip())
    out: dict[str, str] = {}
    for name, seen in codes.items():
        if seen <= _MALE_CODES:
            out[name] = "male"
        elif seen <= _FEMALE_CODES:
            out[name] = "female"
    return out


def _cache_key(source: object) -> str | None:
    """What the cached names were parsed from: the data file's path, size and modification time (None when
    the data is not a plain file, e.g. inside a zip: then it is parsed every time)."""
    if not isinstance(source, Path):
        return None
    try:
        st = os.stat(source)
    except OSError:
        return None
    return f"{_TAG} {os.path.abspath(source)} {st.st_size} {st.st_mtime_ns}"


def _read_cache(path: Path, key: str) -> _Names | None:
    """The names and genders ``path`` keeps for ``key``; None for a missing, stale, damaged or foreign file."""
    kept = cachefile.read(path, _HEADER, "given-names cache")
    if not (isinstance(kept, tuple) and len(kept) == 4 and kept[0] == key
            and all(isinstance(lines, str) for lines in kept[1:])):
        return None
    return _Names(*kept[1:])


def _write_cache(path: Path, key: str, names: frozenset[str], genders: dict[str, str] | None = None) -> None:
    """Keep ``names`` and ``genders`` in ``path`` atomically; a folder that cannot be written is only logged."""
    cachefile.write(path, _HEADER, (key, *_joined(names, genders or {})), "given-names cache")


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name in some country ("Robbie", "Sontaya" no, "Damien" yes)."""
    return _tables().is_name(word.casefold())


def given_name_gender(word: str) -> str | None:
    """"male" or "female" when every country's list gives ``word`` that gender only ("Martin", "Marla"); ``None``
    for a name any list calls unisex or mostly one gender ("Chris", "Jordan", "Kim") and for a word no list holds.

    A pronoun's antecedent must agree with it in gender; the extractor's own lists know a few hundred English names,
    and a "she" resolved to a man named outside them is a wrong name no other evidence catches.
    """
    return _tables().gender(word.casefold())
