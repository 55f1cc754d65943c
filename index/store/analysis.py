"""The text analysis shared by indexing, querying and highlighting.

One analyzer everywhere means a word highlighted in a snippet is exactly a word
the query matched. Hyphens and dashes split words, so "NATO-Russia",
"NATO–Russia" and "NATO Russia" all become ``nato russia``; accents are folded
so "Radosław" matches "Radoslaw".
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.analysis.acore import Token
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang.porter import stem

from index.extract.names import fold

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"


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
