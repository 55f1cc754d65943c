"""Whole-word search for one word, without a regular expression made for that word.

``re.search(rf"\\b{re.escape(word)}\\b", text)`` compiles a new pattern for every name it
is asked about: a thousand names in a few hundred articles, and each new pattern pushed the
extractor's own patterns out of ``re``'s cache of 512, to be compiled again. This finds the
same thing with ``str.find`` and the regex engine's own idea of a word character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _is_word_char(c: str) -> bool:
    """What ``\\b`` takes for a word character in a ``str`` pattern: a Unicode letter or digit, or ``_``."""
    return c.isalnum() or c == "_"


def has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None``, exactly."""
    if not word:
        return re.search(r"\b", text) is not None
    return next(_starts(text, word), None) is not None


def word_starts(text: str, word: str) -> list[int]:
    """``[m.start() for m in re.finditer(rf"\\b{re.escape(word)}\\b", text)]``, exactly."""
    if not word:
        return [m.start() for m in re.finditer(r"\b", text)]
    return list(_starts(text, word))


def _starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (not empty) stands as a whole word in ``text``, left to right, never overlapping.

    ``\\b`` holds where the characters on its two sides differ in being word characters
    (outside the text counts as not one), so an occurrence counts when the character before
    it differs in that from the word's first one and the character after it from its last.
    """
    first, last, n = _is_word_char(word[0]), _is_word_char(word[-1]), len(word)
    at = text.find(word)
    while at >= 0:
        end = at + n
        before = at > 0 and _is_word_char(text[at - 1])
        after = end < len(text) and _is_word_char(text[end])
        if before != first and after != last:
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
