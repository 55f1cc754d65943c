"""The Whoosh schema: one index holds four kinds of record.

* ``doc`` — one per source: its cleaned text and metadata, so any snippet can be
  cut verbatim and a later incremental build can reuse it without re-reading
  the file.
* ``passage`` — the retrieval unit (a paragraph or a sentence window).
* ``quote`` — a direct quotation with its canonical speaker and the sentence
  that carries it.
* ``desc`` — a description of a person ("Dmitry Rogozin, the Russian envoy to
  NATO"), for "who is" questions.
"""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from index.analysis import ANALYZER


def make_schema() -> Schema:
    return Schema(
        kind=ID(stored=True),
        uid=ID(stored=True, unique=True),
        source_id=ID(stored=True),
        paragraph=STORED(),
        start=STORED(),
        end=STORED(),
        text=TEXT(analyzer=ANALYZER, stored=True, phrase=False),  # no phrase queries: no positions to write
        words=STORED(),  # quotation / description text: looked up by speaker, never searched
        context=STORED(),
        context_start=STORED(),
        context_end=STORED(),
        speaker=STORED(),
        speaker_id=ID(stored=True),
        body=STORED(),
        meta=STORED(),
        extra=STORED(),
    )
