"""Escaping and cutting text for Discord, kept pure so it is tested without Discord.

Source text is verbatim and may contain anything (``@everyone``, ``*``, ``_``,
backticks); it must reach the reader exactly as written, never as markup or a
ping. Cuts happen at word boundaries on the *raw* text, so an ellipsis never
lands inside an escape sequence or a bold marker.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Sequence

from discord.utils import escape_mentions

from index.models import Span

ELLIPSIS = "…"


# discord.py's own pattern for a bare or <bracketed> URL: links are left alone so they still work.
_URL = re.compile(r"<?https?://[^\s<]+[^<.,:;\"')\]\s]>?")
# Markup wherever it appears; "<" also starts Discord's live tokens: <#channel>, <t:0:R>
# timestamps, <:emoji:id>, </command:id>, <id:browse> (bare and <bracketed> URLs are kept above).
_ALWAYS = frozenset("\\*_~|`[]<")
_LINE_START = frozenset(">#-+")  # block quote, heading, subtext and list markers
_NUMBERED = re.compile(r"\d+(?=\.\s)")  # "1. " would start a numbered list


def escape_markdown(text: str) -> str:
    """Every markdown character behind a backslash, URLs untouched.

    ``discord.utils.escape_markdown`` is not used: its masked-link rule swallows
    everything between the first ``[`` and the last ``)`` of a text unescaped, so
    wiki-style "[3] … (see *x*)" came out with live markup.
    """
    out: list[str] = []
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    u, i, line_start = 0, 0, True
    while i < len(text):
        if u < len(urls) and i == urls[u][0]:
            out.append(text[i: urls[u][1]])
            i, u, line_start = urls[u][1], u + 1, False
            continue
        ch = text[i]
        if ch == "\n" or (line_start and ch in " \t"):
            out.append(ch)
            line_start = ch == "\n" or line_start
            i += 1
            continue
        if line_start and (number := _NUMBERED.match(text, i)):
            out.append(number.group() + "\\.")
            i, line_start = number.end() + 1, False
            continue
        out.append(f"\\{ch}" if ch in _ALWAYS or (line_start and ch in _LINE_START) else ch)
        line_start = False
        i += 1
    return "".join(out)


# Invisible format characters (Unicode category Cf): U+202E RIGHT-TO-LEFT OVERRIDE and the other
# bidi controls would let a source or a question reorder what readers see ("gpj.exe"). The
# joiners stay: Persian, Indic scripts and emoji sequences need them.
_FORMAT_CONTROLS = re.compile("[" + "".join(
    re.escape(chr(cp)) for cp in range(sys.maxunicode + 1)
    if unicodedata.category(chr(cp)) == "Cf" and chr(cp) not in "\u200c\u200d"
) + "]")


def strip_format_controls(text: str) -> str:
    """``text`` without bidi overrides, isolates, marks and other invisible format characters."""
    return _FORMAT_CONTROLS.sub("", text)


def escape(text: str) -> str:
    """Text shown literally in Discord: format controls dropped, markdown neutralised, mentions defused."""
    return escape_mentions(escape_markdown(strip_format_controls(text)))


def escape_link_text(text: str) -> str:
    """Safe inside ``[...]`` of a masked link: :func:`escape` already escapes every bracket."""
    return escape(text)


def _cut_points(raw: str) -> list[int]:
    """Lengths at which ``raw`` may be cut: just before each run of whitespace."""
    points = [i for i in range(1, len(raw)) if raw[i].isspace() and not raw[i - 1].isspace()]
    return points or list(range(1, len(raw)))


def fit(raw: str, limit: int, render: Callable[[str], str] = escape) -> str:
    """``render(raw)`` if it fits in ``limit`` characters, else the longest word-boundary cut + "…"."""
    full = render(raw)
    if len(full) <= limit:
        return full
    points = _cut_points(raw)
    lo, hi, best = 0, len(points) - 1, ELLIPSIS if limit >= 1 else ""
    while lo <= hi:  # rendered length grows with the cut, so bisect
        mid = (lo + hi) // 2
        candidate = render(raw[: points[mid]].rstrip()) + ELLIPSIS
        if len(candidate) <= limit:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best


def clip(text: str, limit: int) -> str:
    """Cut already-safe text (no markup) at a word boundary."""
    return fit(text, limit, render=lambda s: s)


def highlight(text: str, spans: Sequence[Span]) -> str:
    """``text`` escaped, with each span in bold; spans past the end are clipped away."""
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        start, end = max(span.start, pos), min(span.end, len(text))
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(f"**{escape(text[start:end])}**")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def fit_highlighted(text: str, spans: Sequence[Span], limit: int) -> str:
    return fit(text, limit, render=lambda raw: highlight(raw, spans))


def blockquote(rendered: str) -> str:
    """Every line behind ``> `` so a multi-line quotation stays one block quote."""
    return "\n".join(f"> {line}" for line in rendered.split("\n"))


def unescape(text: str) -> str:
    """What a reader sees of escaped text: the backslashes and mention guards gone.

    Unescaped ``**`` (the bold we added) is kept, as the console shows it.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if ch == "\u200b" and out and out[-1] == "@":
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)
