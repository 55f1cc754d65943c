"""Finding the quotations: pairing the double quotation marks of each paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.extract.quotes.patterns import CLOSERS, OPENERS
from index.lazyre import lazy


@dataclass
class _Raw:
    """A pair of quotation marks inside one paragraph (offsets into the document)."""

    open_at: int  # offset of the opening mark (or of the paragraph start when it has none)
    close_at: int  # offset of the closing mark (or of the paragraph end when it never closes)
    paragraph: int
    closed: bool
    chained: bool = False  # opened right after an unclosed quotation: the same speaker goes on


_NOT_NEWLINE = lazy(r"[^\n]")
_SENTENCE_END = ".!?…:;,"
_OPEN_BEFORE = "([{—–-/"
_CLOSE_AFTER = ".,;:!?)]}—–-'’…"


def find_quote_spans(text: str, para_start: int, para_end: int, number: int) -> list[_Raw]:
    """Pair the double quotation marks of one paragraph.

    Curly marks say which way they face.  A straight mark is read from its
    neighbours: after a space and before a word it opens, after a word and
    before a space or punctuation it closes.  That matters because the BBC
    files put several paragraphs on one line and a quote that runs on into
    the next paragraph has no closing mark (``…poorest. "Two million…``):
    blind alternation would then pair the marks out of step and list the
    narration between them as speech.  So while a quotation is open, a mark
    that can only open, following the end of a sentence, starts a new
    quotation and the open one ends unclosed before it (``chained``: the
    same speaker goes on).  A quotation still open at the end of the
    paragraph runs to its end.
    """
    out: list[_Raw] = []
    open_at: int | None = None
    chained = False
    for i in range(para_start, para_end):
        c = text[i]
        if c not in '"“”„«»':
            continue
        if c in OPENERS:
            if open_at is None:
                open_at, chained = i, False
            elif i > open_at + 1 and text[i - 1].isspace():
                # a second opener: the first never closed; it runs to here
                out.append(_Raw(open_at, i, number, False))
                open_at, chained = i, True
        elif c in CLOSERS:
            if open_at is not None:
                out.append(_Raw(open_at, i, number, True, chained))
                open_at = None
        else:
            p = text[i - 1] if i > para_start else " "
            n = text[i + 1] if i + 1 < para_end else " "
            opener_like = (p.isspace() or p in _OPEN_BEFORE) and not n.isspace()
            closer_like = not p.isspace() and (n.isspace() or n in _CLOSE_AFTER or n in '"“”')
            if open_at is None:
                if closer_like and not opener_like and i + 1 < para_end:
                    continue  # a stray closing mark: nothing to close
                open_at, chained = i, False
            elif opener_like and not closer_like and i > open_at + 1:
                before = text[open_at + 1 : i].rstrip()
                if before and before[-1] in _SENTENCE_END + "\"”’)":
                    out.append(_Raw(open_at, i, number, False, chained))
                    open_at, chained = i, True
                else:
                    out.append(_Raw(open_at, i, number, True, chained))
                    open_at = None
            else:
                out.append(_Raw(open_at, i, number, True, chained))
                open_at = None
    if open_at is not None and para_end - open_at > 1:
        out.append(_Raw(open_at, para_end, number, False, chained))
    return out


def _inner(text: str, raw: _Raw) -> tuple[int, int]:
    a, b = raw.open_at + 1, raw.close_at
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _mask_quotes(text: str, raws: Sequence[_Raw]) -> str:
    """``text`` with quotation interiors blanked (offsets kept): words someone says are never their attribution."""
    pieces: list[str] = []
    done = 0  # text[:done] is already in pieces
    for r in sorted(raws, key=lambda r: r.open_at):
        a, b = max(r.open_at + 1, done), min(r.close_at, len(text))
        if b <= a:
            continue
        pieces.append(text[done:a])
        pieces.append(_NOT_NEWLINE.sub(" ", text[a:b]))
        done = b
    pieces.append(text[done:])
    return "".join(pieces)

