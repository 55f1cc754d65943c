"""A very long document is analysed a window at a time, as the articles it is made of would be.

The entity table, the quotation resolver and the description patterns look at a
whole document at once: every quotation is resolved against every name and title
the document gives. For an article that is a few dozen names; for a 20 MB file
(a collection pasted into one file, a dump) it is tens of thousands, and the build
grew with the square of the file's size (issue 13: one 5 MB file took 2.2 times the
same text as articles, and memory grew with it). A file that long is many texts,
so it is read as consecutive windows of whole paragraphs, each analysed as a
document of its own, and the results are shifted back to the file's offsets.

Only documents longer than :data:`WINDOW_CHARS` are windowed, longer than any
article or report in the corpora (the longest BBC article is 25 KB), so the
analysis of ordinary sources is exactly as before. A paragraph longer than a
window (a line without breaks) is cut at spaces into window-sized pieces that keep
its number. What a window cannot see is context from the one before: a quotation
that continues a speaker named in the previous window is left unattributed, the
safe side of "attributed or nothing".
"""

from __future__ import annotations

from collections.abc import Iterator

from index.models import Document, Paragraph

# about 15 news articles, twice the longest BBC one: each window's entity table stays an article collection's size (a
# quotation is resolved against every name and title of its window, so a 200,000-character window made one 5 MB file
# cost 1.5 times the same text as articles to extract; a 50,000-character one, 1.2 times)
WINDOW_CHARS = 50_000


def is_long(doc: Document, limit: int = WINDOW_CHARS) -> bool:
    """Whether ``doc`` is analysed in windows."""
    return len(doc.text) > limit


def windows(doc: Document, limit: int = WINDOW_CHARS) -> Iterator[tuple[int, Document]]:
    """``(offset, window)`` pairs covering every paragraph of ``doc`` in order.

    Each window is a :class:`Document` with the same metadata whose text is
    ``doc.text[offset:offset + len(window.text)]``; its paragraphs keep their
    numbers and are re-based to the window (so the invariant
    ``text[p.start:p.end] == p.text`` holds in it). Windows are made one at a
    time: only one window's text is held besides the document's.
    """
    if not is_long(doc, limit):
        yield 0, doc
        return
    batch: list[Paragraph] = []
    for para in _bounded_paragraphs(doc, limit):
        if batch and para.end - batch[0].start > limit:
            yield _window(doc, batch)
            batch = []
        batch.append(para)
    if batch:
        yield _window(doc, batch)


def _bounded_paragraphs(doc: Document, limit: int) -> Iterator[Paragraph]:
    """The paragraphs of ``doc``, a paragraph longer than ``limit`` cut at spaces into pieces with its number."""
    text = doc.text
    for para in doc.paragraphs:
        if para.end - para.start <= limit:
            yield para
            continue
        start = para.start
        while start < para.end:
            end = min(para.end, start + limit)
            if end < para.end:
                cut = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
                end = cut if cut > start else end
            a, b = start, end
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                yield Paragraph.model_construct(number=para.number, start=a, end=b, text=text[a:b])
            start = end


def _window(doc: Document, paragraphs: list[Paragraph]) -> tuple[int, Document]:
    offset, end = paragraphs[0].start, paragraphs[-1].end
    rebased = tuple(Paragraph.model_construct(number=p.number, start=p.start - offset, end=p.end - offset,
                                              text=p.text) for p in paragraphs)
    window = Document.model_construct(meta=doc.meta, text=doc.text[offset:end], paragraphs=rebased,
                                      content_hash=doc.content_hash)
    return offset, window
