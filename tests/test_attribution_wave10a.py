"""Wave 10 (issue 10, helper who10a): the wrong names and missed quotations of fresh news, each mechanism alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from index.extract.quotes import extract_quotations
from index.ingest.paragraphs import split_paragraphs
from index.models import Document, Quotation, SourceMeta


def _quotes(text: str) -> list[Quotation]:
    doc = Document(meta=SourceMeta(id="w10a"), text=text, paragraphs=split_paragraphs(text))
    return extract_quotations(doc)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(text)]


def test_an_auxiliary_before_the_reporting_verb_keeps_the_clause_a_report() -> None:
    """'he did say the plan had been "handy at first"': "did say" reports words as "said" does."""
    text = ('Party leader Tom Hale said the defector had let everyone down. However, he did say the former '
            'presenter had been "handy at first".')
    assert _speakers(text) == [("handy at first", "Tom Hale")]
