"""Cut documents into passages, the unit the index retrieves and cites.

A paragraph is the natural citation unit (¶ numbers are what users see), so a
passage is a whole paragraph unless the paragraph is long; then it is cut into
overlapping windows of whole sentences so a hit points near the answer.
"""

from __future__ import annotations

from collections.abc import Iterator

from index.extract.bounds import MAX_SENTENCE_CHARS, cut_long_spans
from index.extract.sentences import split_sentences
from index.models import Document, Passage, Span

MAX_WORDS = 120
WINDOW_SENTENCES = 4
OVERLAP_SENTENCES = 1


def make_passages(doc: Document) -> list[Passage]:
    return list(iter_passages(doc))


def iter_passages(doc: Document) -> Iterator[Passage]:
    """The passages of ``doc`` one at a time: a very long file's passages (1.3 times its text) need
    never all be held at once."""
    for para in doc.paragraphs:
        short = len(para.text) <= MAX_SENTENCE_CHARS
        # a "sentence" of megabytes (a line without full stops) is cut into pieces at spaces,
        # so no passage is larger than a few windows' worth of text
        spans = [] if short and len(para.text.split()) <= MAX_WORDS else cut_long_spans(
            doc.text, split_sentences(doc.text, para.start, para.end) or [Span(start=para.start, end=para.end)])
        if short and len(spans) <= WINDOW_SENTENCES:  # a short paragraph (or one of few sentences) is one passage
            yield Passage(source_id=doc.id, paragraph=para.number, start=para.start, end=para.end, text=para.text)
            continue
        step = WINDOW_SENTENCES - OVERLAP_SENTENCES
        for i in range(0, len(spans), step):
            window = spans[i : i + WINDOW_SENTENCES]
            start, end = window[0].start, window[-1].end
            yield Passage(source_id=doc.id, paragraph=para.number, start=start, end=end, text=doc.text[start:end])
            if i + WINDOW_SENTENCES >= len(spans):
                break
