"""Wave 9 (issue 10, helper who9c): quotations that had a speaker in plain sight and got no name.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_a_capitalised_role_set_off_by_commas_leaves_the_name_speaking() -> None:
    """'Anna Berg, Green Party transport spokeswoman, said: "…"': the appositive is the role of the name before it."""
    text = ('The council approved the scheme on Monday.\n\n'
            'Meanwhile Anna Berg, Green Party transport spokeswoman, said: "This is a step backwards for the city."')
    assert speakers_in(text) == ["Anna Berg"]


def test_a_capitalised_role_after_the_quotation_leaves_the_name_speaking() -> None:
    text = ('The council approved the scheme on Monday.\n\n'
            '"We will fight this all the way to the courts," Tom Hale, Labour group leader, said.')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_plural_possessive_role_set_off_by_commas_leaves_the_name_speaking() -> None:
    text = ('The campaign raised more money than ever in March.\n\n'
            'Tom Hale, Jennings\' campaign manager, said: "People are giving a few dollars each month."')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_place_set_off_by_commas_is_no_appositive() -> None:
    """'Police in Leeds, West Yorkshire, said …': capitals set off by commas without a role noun are a place, not the
    role of a name, so neither the town nor the county is given as the speaker."""
    text = 'Storms hit the north on Sunday.\n\nPolice in Leeds, West Yorkshire, said: "Nobody was hurt in the night."'
    assert speakers_in(text) == [None]


def test_a_headline_word_glued_to_a_full_name_is_cut_off() -> None:
    """'… Split From Wife Anna Berg' in a headline made the fullest name 'Wife Anna Berg', which was refused as no
    name: the text also writes 'Anna Berg' on its own and 'wife' in lower case, so the name is Anna Berg."""
    text = ('Tom Hale Gets Bad News After Split From Wife Anna Berg\n\n'
            'Former senator Tom Hale had a rough day. First his wife, the lawyer Anna Berg, announced they had '
            'separated.\n\n'
            '"After long and painful consideration I have decided to separate from my husband," Berg said.')
    assert speakers_in(text) == ["Anna Berg"]

