"""Answers about one text, remembered while that text is being read.

Some questions the extractor asks of a document's whole text ("does the text write 'Jim Hale' as a name?", "which
peer's title does it put before 'Falconer'?") are asked again for every quotation that names the same person: on a
5 MB single-file source that was a third of the extraction, each asking a regular expression to read the whole text
again. The answer depends only on the question and the text, so it is kept until another text is asked about. Only
the last text is held (one per thread, as builds may extract in threads), so memory stays what the text costs.

Remembering is not enough when the questions are about a thousand different names: each still read the text once.
:func:`finditer_from` answers them without reading it with a pattern: it tries the pattern only where the text
writes what every match opens with (``str.find``, in C), and finds what ``finditer`` finds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

_T = TypeVar("_T")


class TextMemo(threading.local):
    """``get(key, text, compute)``: ``compute()``'s answer for ``key`` about ``text``, computed once per text."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._answers: dict[Hashable, object] = {}

    def get(self, key: Hashable, text: str, compute: Callable[[], _T]) -> _T:
        if self._text is not text:
            self._text, self._answers = text, {}
        if key not in self._answers:
            self._answers[key] = compute()
        return self._answers[key]  # type: ignore[return-value]


def finditer_where(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (ascending; extra ones are harmless).

    A question asked once per name ("is 'Jim Hale' written?") used to send a regular expression through the whole
    text, trying it at every position: on a long text that names a thousand people, a thousand readings of it.
    Tried only where a match can start (where the text writes the name's first word, found by ``str.find``),
    it gives the same matches in the same order: ``match`` at a position sees the text before it (for ``\\b`` and
    look-behinds) as ``finditer`` does, and a position inside the last match is skipped as ``finditer`` skips it.
    Not for patterns that can match the empty string.
    """
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)) is not None:
            yield m
            end = m.end()


def written_at(text: str, literal: str) -> Iterator[int]:
    """Every position where ``text`` writes ``literal`` (overlapping ones too), ascending: read by ``str.find``."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def sparse(text: str, *literals: str) -> bool:
    """Whether ``text`` writes ``literals`` rarely enough (less than once per 100 characters, counted in C) that
    trying a pattern where they are written beats reading the whole text with it: a text that writes a short
    name everywhere (a list, a dump) is read with the pattern, as before, never tried at each of thousands of
    places from Python."""
    return sum(text.count(lit) for lit in literals) * 100 <= len(text)


def finditer_from(pattern: re.Pattern[str], text: str, *literals: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of ``literals`` (see
    :func:`finditer_where`); where they are written densely (:func:`sparse`), the pattern reads the text."""
    if not sparse(text, *literals):
        return pattern.finditer(text)
    if len(literals) == 1:
        return finditer_where(pattern, text, written_at(text, literals[0]))
    return finditer_where(pattern, text, sorted({at for lit in literals for at in written_at(text, lit)}))
