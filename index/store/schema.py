"""The Whoosh schema: passages, the only records searched by words.

A passage is a paragraph or a window of sentences of a long one; ``start``/``end``
locate it in its source's cleaned text so every snippet is cut verbatim. Sources,
quotations and descriptions are looked up by key, so they live in the records file
(:mod:`index.store.records`), not here. ``source_id`` is indexed so an incremental build
can delete a changed source's passages.
"""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from index.store.analysis import ANALYZER


def make_schema() -> Schema:
    return Schema(
        source_id=ID(stored=True),
        paragraph=STORED(),
        start=STORED(),
        end=STORED(),
        text=TEXT(analyzer=ANALYZER, stored=True, phrase=False),  # no phrase queries: no positions to write
    )
