"""The text analysis shared by indexing, querying and highlighting.

One analyzer everywhere means a word highlighted in a snippet is exactly a word
the query matched. Hyphens and dashes split words, so "NATO-Russia",
"NATO–Russia" and "NATO Russia" all become ``nato russia``; accents are folded
so "Radosław" matches "Radoslaw".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.analysis.acore import Token
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang.porter import stem

# Letters that NFKD does not decompose but users type without the accent.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                              "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th"})

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """Lower-case, accent-free form of a word ("Radosław" -> "radoslaw")."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


class FoldFilter(Filter):
    """Accent folding that also handles letters without a decomposition (ł, ø, ß)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold(t.text)
            yield t


def make_analyzer() -> CompositeAnalyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | FoldFilter()
        | StopFilter(minsize=2)
        | StemFilter(stemfn=stem, cachesize=100_000)
    )


ANALYZER = make_analyzer()


def terms(text: str) -> list[str]:
    """The index terms of ``text`` (stemmed, folded, stop words dropped)."""
    try:
        return [t.text for t in ANALYZER(text)]
    except Exception:  # analysis must never take a question down
        return []


def term_spans(text: str) -> list[tuple[str, int, int]]:
    """Each index term of ``text`` with its character span, for highlighting."""
    try:
        return [(t.text, t.startchar, t.endchar) for t in ANALYZER(text, chars=True)]
    except Exception:
        return []
