"""Wave 9 (issue 10, helper who9d): three wrong-name risks of this wave's speaker rules, each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from index.extract.names import spelling_slip
from index.extract.quotes import extract_quotations
from index.ingest.paragraphs import split_paragraphs
from index.models import Document, SourceMeta


def _speakers(text: str) -> list[str | None]:
    doc = Document(meta=SourceMeta(id="w9d"), text=text, paragraphs=split_paragraphs(text))
    return [q.speaker for q in extract_quotations(doc)]


def test_a_typing_slip_is_a_doubled_letter_or_a_swap_never_another_surname() -> None:
    assert spelling_slip("Hassel", "Hassell") and spelling_slip("Jonhson", "Johnson")
    assert not any(spelling_slip(a, b) for a, b in
                   [("Davis", "Davies"), ("Johnson", "Johnston"), ("Thomson", "Thompson"), ("Clark", "Clarke")])


def test_a_different_surname_alike_in_spelling_is_not_the_person_the_text_names() -> None:
    """'Ray Davies, the singer … Davis says': Davis is someone else, never Ray Davies."""
    text = ('Ray Davies, the singer, played a concert in the town on Monday.\n\n'
            'Davis says the hall "was never going to be big enough" for the crowd.')
    assert "Ray Davies" not in _speakers(text)
    text = ('Boris Johnston attended the meeting on Monday.\n\n'
            'Johnson said: "It was a thought at one stage, but no more."')
    assert "Boris Johnston" not in _speakers(text)
