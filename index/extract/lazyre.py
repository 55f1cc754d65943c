"""Regular expressions compiled on first use, not at import.

The extractor's patterns are large (a name token alone is a character class of
every upper-case letter up to U+024F, and the attribution patterns nest it
dozens of times): compiling them all costs more than a second.  Serving and
``dossier ask`` import the registry and the name helpers but never run the
extractor, so they should not pay for it.  A :class:`LazyPattern` stands where
a compiled pattern stood and compiles itself the first time it is used.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A ``re.Pattern`` stand-in: same methods, compiled at the first call.

    ``pattern`` gives the source without compiling, so larger patterns can be
    built from smaller ones at import for free.  Code that compares a match's
    ``m.re`` must compare with :attr:`compiled`.
    """

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def lazy(pattern: str, flags: int = 0) -> Any:
    """A pattern compiled on first use (typed ``Any`` so callers read it as a ``re.Pattern``)."""
    return LazyPattern(pattern, flags)
