"""Escaping and cutting text for Discord, kept pure so it is tested without Discord.

Source text is verbatim and may contain anything (``@everyone``, ``*``, ``_``,
backticks); it must reach the reader exactly as written, never as markup or a
ping. Cuts happen at word boundaries on the *raw* text, so an ellipsis never
lands inside an escape sequence or a bold marker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from discord.utils import escape_markdown, escape_mentions

from index.models import Span

ELLIPSIS = "…"


def escape(text: str) -> str:
    """Text shown literally in Discord: markdown neutralised, mentions defused."""
    return escape_mentions(escape_markdown(text))


def escape_link_text(text: str) -> str:
    """Like :func:`escape`, and safe inside ``[...]`` of a masked link.

    Only brackets :func:`escape` left unescaped get a backslash: escaping an
    already escaped one would turn ``\\[`` into ``\\\\[`` (a visible backslash and a
    live bracket).
    """
    out: list[str] = []
    escaped = escape(text)
    i = 0
    while i < len(escaped):
        ch = escaped[i]
        if ch == "\\" and i + 1 < len(escaped):
            out.append(escaped[i: i + 2])
            i += 2
            continue
        out.append(f"\\{ch}" if ch in "[]" else ch)
        i += 1
    return "".join(out)


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
