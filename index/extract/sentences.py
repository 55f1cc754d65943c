"""Sentence spans with exact offsets.

Quotations are shown to users together with the sentence that carries them and
long paragraphs are windowed by sentence, so the splitter runs over every
paragraph at build time: it is a single regex pass plus a few cheap checks per
candidate boundary (linear in the text), never a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.lazyre import lazy
from index.models import Span

# Words that end with a full stop but rarely end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof sen sens rep reps gov gen lt col capt cpt sgt maj adm cmdr cdr gens
    st ste mt ft jr sr rev hon pres supt insp det cpl pte
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols fig figs pp art approx est dept univ assn bros inc corp ltd plc
    vs v cf al e.g i.e a.m p.m
    """.split()
)

# After an acronym such as "U.S." a capitalised word usually continues the
# sentence ("U.S. President"); these words usually start a new one.
_SENTENCE_STARTERS = frozenset(
    "The A An It He She We They I But And In This That These Those There His Her Its Our Their "
    "However Meanwhile Yet So If When While After Before Since".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can open a sentence.  Also single newlines
# inside a paragraph (lists, headings) and blank lines (paragraph breaks).
_BOUNDARY = lazy(
    r"""(?P<punct>[.!?\u2026]+)(?P<close>["'\u201d\u2019)\]]*)(?P<space>[ \t\u00a0]+|[ \t]*\n[ \t]*)"""
    r"""(?=["'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u00de\u2022])"""
    r"""|(?P<para>[ \t]*\n[ \t]*\n\s*)"""
    r"""|(?P<line>[ \t]*\n[ \t]*)(?=[^a-z\s])"""
)

_WORD_BEFORE = lazy(r"([A-Za-z][A-Za-z.]*)$")
_ACRONYM = lazy(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD = lazy(r"[\"'\u201c\u2018(\[]*([A-Za-z]+)")


def _is_false_stop(text: str, punct_start: int, punct: str, close: str, after: int) -> bool:
    """True when a full stop belongs to an abbreviation or an initial, not a sentence end."""
    if punct != "." or close:
        return False
    match = _WORD_BEFORE.search(text, max(0, punct_start - 20), punct_start)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():  # initial: "Harold P. Lane"
        return True
    low = word.lower()
    if low in _ABBREVIATIONS:
        return True
    if _ACRONYM.match(word):  # "U.S." / "U.N."
        nxt = _NEXT_WORD.match(text, after)
        return not (nxt and nxt.group(1) in _SENTENCE_STARTERS)
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (absolute offsets) within ``[start, end)``, whitespace-trimmed.

    No span crosses a paragraph break; a closing quotation mark stays with the
    sentence it closes, and a quote followed by a lower-case continuation
    (``"Never," Jensen said`` / ``"Why?" he asked``) is not split.
    """
    n = len(text)
    if end is None or end > n:
        end = n
    start = max(0, start)
    if start >= end:
        return []
    spans: list[Span] = []
    seg_start = start
    for m in _boundaries(text, start, end):
        if m.group("punct") is not None:
            punct_start = m.start("punct")
            if _is_false_stop(text, punct_start, m.group("punct"), m.group("close"), m.end()):
                continue
            cut = m.end("close")
        else:
            cut = m.start()
        _add(text, seg_start, cut, spans)
        seg_start = m.end()
    _add(text, seg_start, end, spans)
    return spans


_BOUNDARY_START = lazy(r"[.!?\u2026\n]")  # where a boundary starts, or the newline a run of blanks before it ends in


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(text, start, end)``, with the pattern tried only where a boundary can start.

    The pattern opens with an alternation of groups, so the regex engine tried it at every
    character (a sixth of the extractor's pattern time). Each branch starts with terminal
    punctuation, or with blanks (``[ \t]*``) that end in a newline; and where the blanks before
    a newline fail from their first character they fail from every later one (the rest of the
    attempt is the same). So trying each punctuation mark and newline, a newline from the first
    blank before it, finds the same matches in the same order.
    """
    pos = start
    while (c := _BOUNDARY_START.search(text, pos, end)) is not None:
        at = c.start()
        if text[at] == "\n":
            while at > pos and text[at - 1] in " \t":
                at -= 1
        m = _BOUNDARY.match(text, at, end)
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def _add(text: str, a: int, b: int, spans: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append(Span(start=a, end=b))
