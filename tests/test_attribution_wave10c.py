"""Wave 10 (helper who10c): wrong names the review provoked with made-up articles, each mechanism alone.

Each test is a sentence shape news writing uses, written for this wave; none is copied from a gold case.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_with_a_name_then_more_words_before_saying_leaves_the_words_to_the_main_subject() -> None:
    """'X sided with opposition leader Y on Tuesday saying "…"' / 'X agreed with union chief Y in part saying "…"':
    words after the name close "with Y" as the main verb's object; only 'with Y saying' makes Y speak."""
    text = ('Vote delayed\n\nThe vote was held on Tuesday.\n\n'
            'Nora Quill sided with opposition leader Owen Farr on Tuesday saying "the bill is simply not ready".\n\n'
            'Ines Morrow agreed with union chief Pavel Stroud in part saying "the offer is not good enough".\n\n'
            'The council backed the plan, with housing chief Dora Lind saying it was "long overdue for the families who waited".')
    assert speakers_in(text) == ["Nora Quill", "Ines Morrow", "Dora Lind"]

