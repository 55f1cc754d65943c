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


def test_one_of_a_persons_people_speaks_unnamed_not_that_person() -> None:
    """'One of X's bandmates said the tour would be "…"' / 'A friend of X said …': the subject is someone X is
    known to, whom the text leaves unnamed; neither X (the object of "of") nor X carried on from the quotation
    before speaks."""
    text = ('Tour news\n\nSinger Miles Garrow spoke on Monday. "We are thrilled to be back," said Garrow.\n\n'
            'One of Garrow\'s bandmates said the tour would be "the biggest we have ever done".\n\n'
            '"It will be loud," said Garrow. A friend of Garrow said the shows were "sold out within the hour".')
    assert speakers_in(text) == ["Miles Garrow", None, "Miles Garrow", None]


def test_two_people_joined_after_the_verb_give_no_single_name() -> None:
    """'"…," said Senator X and Governor Y' / 'said X and Y': two people speak as one, neither alone (as "X and Y
    said:" before the words already reads); two titles of one person joined by "and" still name that person."""
    text = ('Deal signed\n\nThe deal was signed on Monday.\n\n'
            '"This is a historic day for the region," said Senator Vic Arlow and Governor Nina Pratt.\n\n'
            '"We have waited a long time for this," said Tom Keel and Rosa Lund.\n\n'
            '"It will bring jobs to the valley," said former Ohio Gov. and party chairman Vic Arlow.')
    assert speakers_in(text) == [None, None, "Vic Arlow"]


def test_a_relative_of_a_titled_person_is_not_that_person() -> None:
    """'The daughter of councillor X helped …. "…," she said': "councillor" is a title, so X is the object of "of";
    the daughter speaks, and the text does not name her."""
    text = ('Fair day\n\nThe town held its fair on Saturday.\n\n'
            'The daughter of councillor Edna Rowe helped organise the stalls. "It was a great day for everyone," '
            'she said.')
    assert speakers_in(text) == [None]
