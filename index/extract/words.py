"""Whole-word search for one word, without a regular expression made for that word.

``re.search(rf"\\b{re.escape(word)}\\b", text)`` compiles a new pattern for every name it
is asked about: a thousand names in a few hundred articles, and each new pattern pushed the
extractor's own patterns out of ``re``'s cache of 512, to be compiled again. This finds the
same thing with ``str.find`` and the regex engine's own idea of a word character.
"""

from __future__ import annotations

import re


def _is_word_char(c: str) -> bool:
    """What ``\\b`` takes for a word character in a ``str`` pattern: a Unicode letter or digit, or ``_``."""
    return c.isalnum() or c == "_"


def has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None``, exactly.

    ``\\b`` holds where the characters on its two sides differ in being word characters
    (outside the text counts as not one), so an occurrence counts when the character before
    it differs in that from the word's first one and the character after it from its last.
    """
    if not word:
        return re.search(r"\b", text) is not None
    first, last, n = _is_word_char(word[0]), _is_word_char(word[-1]), len(word)
    at = text.find(word)
    while at >= 0:
        end = at + n
        before = at > 0 and _is_word_char(text[at - 1])
        after = end < len(text) and _is_word_char(text[end])
        if before != first and after != last:
            return True
        at = text.find(word, at + 1)
    return False
