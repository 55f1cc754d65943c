"""Wave 9 (issue 10, helper who9d): three wrong-name risks of this wave's speaker rules, each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from index.extract.names import parse_name, spelling_slip
from tests.conftest import speakers_in


def test_a_typing_slip_is_a_doubled_letter_or_a_swap_never_another_surname() -> None:
    assert spelling_slip("Hassel", "Hassell") and spelling_slip("Jonhson", "Johnson")
    assert not any(spelling_slip(a, b) for a, b in
                   [("Davis", "Davies"), ("Johnson", "Johnston"), ("Thomson", "Thompson"), ("Clark", "Clarke")])


def test_a_different_surname_alike_in_spelling_is_not_the_person_the_text_names() -> None:
    """'Ray Davies, the singer … Davis says': Davis is someone else, never Ray Davies."""
    text = ('Ray Davies, the singer, played a concert in the town on Monday.\n\n'
            'Davis says the hall "was never going to be big enough" for the crowd.')
    assert "Ray Davies" not in speakers_in(text)
    text = ('Boris Johnston attended the meeting on Monday.\n\n'
            'Johnson said: "It was a thought at one stage, but no more."')
    assert "Boris Johnston" not in speakers_in(text)


def test_a_bare_surname_two_relatives_share_names_neither() -> None:
    """Father and son both named in full: 'Hale said' is one of them, and the words do not say which."""
    text = ('Jim Hale founded the farm. His son Tom Hale, 30, now runs it with him. '
            '"I built this place with my own hands," Hale said.')
    assert speakers_in(text) == [None]


def test_a_bare_surname_only_one_person_bears_is_still_named() -> None:
    text = ('Jim Hale founded the farm with Anna Berg. "I built this place with my own hands," Hale said.')
    assert speakers_in(text) == ["Jim Hale"]


def test_an_initial_in_a_team_list_is_no_second_person_for_the_surname() -> None:
    """'S Hale (Leeds AC)' in a squad list does not make 'Hale said' in the prose anyone but Max Hale."""
    text = ('Squad named\n\nTeam chief Max Hale named the squad on Monday. "It is a strong team," Hale said.\n\n'
            'Squad: T Berg (Leeds AC), S Hale (York AC).')
    assert speakers_in(text) == ["Max Hale"]


def test_a_descriptor_glued_to_the_full_name_is_no_second_person() -> None:
    """'Broadcaster Tom Hale … Hale said': the longer run is Tom Hale described, not a namesake of his."""
    text = ('Tom Hale back on the market\n\nBroadcaster Tom Hale has opened a market stall.\n\n'
            'Asked why, Hale said: "I just want to get rid of it all, it is a headache."')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_party_word_opening_an_organisation_name_stays_in_it() -> None:
    """'Republican National Convention' is the body's name; only before a person is the party a label."""
    assert parse_name("Republican National Convention").name == "Republican National Convention"
    assert parse_name("Labour Party Conference").name == "Labour Party Conference"
    assert parse_name("Lib Dem Norman Hale").name == "Norman Hale"
    assert parse_name("Republican Sen. Tom Hale").name.endswith("Tom Hale")
    text = ('Delegates gathered in Leeds.\n\n'
            'Labour Party Conference said in a statement: "The hall is full and the debate will go on."')
    assert speakers_in(text) == ["Labour Party Conference"]
