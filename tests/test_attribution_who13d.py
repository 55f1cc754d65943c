"""A description that qualifies an office by a word the holder's title lacks ("the deputy prime minister", "the
shadow chancellor") is another office's holder: it names nobody, not the only holder of the plain office.

Made-up texts, the whole extractor run on each, and the rule called alone.
"""

from __future__ import annotations

import pytest

from index.extract.quotes.resolver import same_office_titles
from tests.test_quotes import quotes


def _said(text: str, needle: str) -> tuple[str | None, str | None]:
    """The speaker and the speaker description a user sees for the quotation holding ``needle``."""
    q = next(q for q in quotes(text) if needle in q.text)
    return q.speaker, q.speaker_description


@pytest.mark.parametrize(
    ("text", "needle", "description"),
    [
        ('Prime Minister Ann Berg defended the budget on Monday. "We will not change course," Ms Berg told '
         'reporters.\n\nCritics were unconvinced. "This budget fails working families," the deputy prime minister '
         'said at a rally later that day.', "working families", "the deputy prime minister"),
        ('Chancellor Mark Dean set out his tax plans on Wednesday. "These are fair measures," Mr Dean told MPs.\n\n'
         'The opposition attacked the plans. "This is a tax on hope," the shadow chancellor said.', "tax on hope",
         "the shadow chancellor"),
        ('Home Secretary Ann Cole promised more officers on the streets. "Our streets will be safer," Ms Cole '
         'said.\n\n"These promises have been made before," the shadow home secretary said.', "made before",
         "the shadow home secretary"),
    ],
)
def test_qualified_office_is_not_the_plain_office_holder(text: str, needle: str, description: str) -> None:
    """The holder of the plain office did not say it; the description stays for the reader."""
    assert _said(text, needle) == (None, description)


def test_plain_adjective_keeps_the_holder() -> None:
    """A word that is no part of any title ("embattled") still describes the one prime minister."""
    text = ('Prime Minister Ann Berg defended the budget on Monday. "We will not change course," Ms Berg told '
            'reporters.\n\n"I am listening to everyone," the embattled prime minister said.')
    assert _said(text, "listening")[0] == "Ann Berg"


@pytest.mark.parametrize(
    ("title", "desc", "fits"),
    [
        ("Prime Minister", "the deputy prime minister", False),
        ("President", "the vice president", False),
        ("President", "the acting president", False),
        ("Prime Minister", "the former prime minister", False),
        ("Prime Minister", "the embattled prime minister", True),
        ("Deputy Prime Minister", "the deputy prime minister", True),
    ],
)
def test_same_office_titles_drops_other_office_words(title: str, desc: str, fits: bool) -> None:
    """Only a title that holds the description's office word still fits it."""
    assert same_office_titles([(title, "Ann Berg")], desc) == ([(title, "Ann Berg")] if fits else [])
