"""Bounds that keep extraction linear in the length of a text, whatever the text.

The extraction patterns look for names, titles and reporting clauses: runs of
capitalised words, a word and what follows it. Over ordinary prose each match
attempt looks at a few words. Over a 30 KB run of capitals or DNA letters, or a
20 MB file of nested quotation marks, an attempt at every position could read to
the end of the run, and a build took minutes (issue 13). These bounds cap the
work per position and per paragraph, at sizes that prose never reaches, so on
real sources they change nothing.
"""

from __future__ import annotations

import re

MAX_WORD = 64  # characters; the longest hyphenated compounds in the corpora are about 45
_LONG_WORD = re.compile(rf"[\w&'’\-]{{{MAX_WORD + 1},}}")


def extraction_text(text: str) -> str:
    """``text`` with every word longer than :data:`MAX_WORD` blanked out, offsets unchanged.

    No name or reporting clause hides inside such a run, and blanking it keeps
    the patterns that read word by word from reading it at every position.
    """
    if not _LONG_WORD.search(text):
        return text
    return _LONG_WORD.sub(lambda m: " " * len(m.group()), text)


MAX_CONTEXT = 2000  # characters of a quotation's sentence kept on each side of it
MAX_QUOTATIONS_PER_PARAGRAPH = 100  # the most in one news paragraph of the corpora is 17


def too_many_quotations(count: int, length: int) -> bool:
    """A paragraph with more quotation marks than prose ever has (a JSON dump, nested marks) is not
    mined for quotations: each would cost the work of one, and none would be anyone's words."""
    return count > MAX_QUOTATIONS_PER_PARAGRAPH or (count > 10 and count * 25 > length)
