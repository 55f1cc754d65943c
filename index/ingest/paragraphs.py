"""Split cleaned text into paragraphs with exact offsets."""

from __future__ import annotations

from index.lazyre import lazy
from index.models import Paragraph

_BLANK_LINE = lazy(r"\n[ \t]*\n+")


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs are separated by one or more blank lines.

    Offsets are kept exact (``text[p.start:p.end] == p.text``) because every
    snippet shown to a user is cut from the cleaned text by these offsets.
    Leading/trailing whitespace of each paragraph is excluded from its span.
    """
    paragraphs: list[Paragraph] = []
    pos = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            stop = start + len(stripped)
            paragraphs.append(Paragraph(number=len(paragraphs) + 1, start=start, end=stop, text=stripped))
        if match:
            pos = match.end()
    return tuple(paragraphs)
