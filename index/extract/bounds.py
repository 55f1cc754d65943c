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

from collections.abc import Iterable, Iterator

from index.lazyre import lazy
from index.models import Span

MAX_WORD = 64  # characters; the longest hyphenated compounds in the corpora are about 45
_LONG_WORD = lazy(rf"[\w&'’\-]{{{MAX_WORD + 1},}}")


_last: tuple[str, str] = ("", "")  # the last text asked for and its extraction text


def extraction_text(text: str) -> str:
    """``text`` with every word longer than :data:`MAX_WORD` blanked out and no-break spaces made spaces, offsets
    unchanged.

    No name or reporting clause hides inside such a run, and blanking it keeps
    the patterns that read word by word from reading it at every position.

    The entity table, the descriptions and the quotation finder each ask for the same
    document's text in turn, so the last answer is kept (for that very string object:
    the same object is the same text). The pattern's search was 5% of extraction.
    """
    global _last
    kept, kept_out = _last  # one read of the pair: another thread's build may replace it between two
    if text is kept:
        return kept_out
    out = text if _no_long_word(text) else _LONG_WORD.sub(lambda m: " " * len(m.group()), text)
    if "\xa0" in out:
        out = out.replace("\xa0", " ")  # a no-break space is a space between words ("his nephew\xa0Michery")
    _last = (text, out)
    return out


_SPLIT_AT_MOST = 1 << 20  # characters; a longer text is searched, not split into words (memory)


def _no_long_word(text: str) -> bool:
    """Whether no run of :data:`_LONG_WORD` characters is there; a run never holds a space, so where no
    whitespace-separated piece is longer than :data:`MAX_WORD` there is none (three times faster than the search)."""
    if len(text) <= _SPLIT_AT_MOST and max(map(len, text.split()), default=0) <= MAX_WORD:
        return True
    return not _LONG_WORD.search(text)


MAX_CONTEXT = 2000  # characters of a quotation's sentence kept on each side of it
MAX_QUOTATIONS_PER_PARAGRAPH = 100  # the most in one news paragraph of the corpora is 17


def too_many_quotations(count: int, length: int) -> bool:
    """A paragraph with more quotation marks than prose ever has (a JSON dump, nested marks) is not
    mined for quotations: each would cost the work of one, and none would be anyone's words."""
    return count > MAX_QUOTATIONS_PER_PARAGRAPH or (count > 10 and count * 25 > length)


MAX_SENTENCE_CHARS = 4000  # longer "sentences" (a line without full stops) are cut for passages


def cut_long_spans(text: str, spans: list[Span], limit: int = MAX_SENTENCE_CHARS) -> list[Span]:
    """``spans`` with each one longer than ``limit`` cut into pieces of at most ``limit``, at spaces where
    there are any; spans within the limit (every sentence of real prose) are returned as they are."""
    if all(s.end - s.start <= limit for s in spans):
        return spans
    out: list[Span] = []
    for s in spans:
        start = s.start
        while s.end - start > limit:
            cut = text.rfind(" ", start + 1, start + limit)
            cut = cut if cut > start else start + limit
            out.append(Span(start=start, end=cut))
            start = cut
            while start < s.end and text[start] == " ":
                start += 1
        if start < s.end:
            out.append(Span(start=start, end=s.end))
    return out


MAX_ACRONYMS_PER_TEXT = 500  # distinct all-caps words in one text; a news article has at most 28, 200 KB of them ~100


def too_many_acronyms(count: int) -> bool:
    """A text (or a piece of a long one) using more distinct all-caps words than prose ever does (a run of
    capitals, a table of codes) is no evidence for any of them, and each would be sought across the whole
    collection: a 20 MB file of capitals made millions of such guesses."""
    return count > MAX_ACRONYMS_PER_TEXT


MAX_RUN_WORDS = 40  # capitalised words in a row; names and titles are a few, headlines under 20
MAX_TEXT_CHARS = 200_000  # a text this long is read for acronyms a piece at a time (as extraction windows are)


def text_pieces(texts: Iterable[str], limit: int = MAX_TEXT_CHARS) -> Iterator[str]:
    """Each text, or a very long one in pieces of about ``limit`` characters cut at paragraph breaks.

    Learning acronyms keeps every word of a text as an object at once; for a 20 MB
    file that alone was gigabytes. A file that long is many articles, so its pieces
    are read as texts of their own; texts of ordinary length are passed on whole.
    """
    for text in texts:
        if not isinstance(text, str) or len(text) <= limit:
            yield text
            continue
        start = 0
        while start < len(text):
            end = min(len(text), start + limit)
            if end < len(text):
                brk = text.rfind("\n\n", start + 1, end)
                end = brk + 2 if brk > start else end
            yield text[start:end]
            start = end
