"""Wrong names on news never seen (issue 10, wave 15): shapes whose words describe the speaker but do not name
them, where the name the reader used to give is someone else's, or nobody's. Each is withheld.

Made-up texts, the whole extractor run on each.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes


def _speaker(text: str, needle: str) -> str | None:
    """The speaker a user sees for the quotation holding ``needle``."""
    return next(q for q in quotes(text) if needle in q.text).speaker


@pytest.mark.parametrize(
    "text",
    [
        'The final ended late on Sunday.\n\nA delighted Briton said: "I never thought I would see this day."',
        'The final ended late on Sunday.\n\nAn emotional Croatian told reporters: "I never thought I would see '
        'this day."',
        'The final ended late on Sunday.\n\n"I never thought I would see this day," said a tearful Dane.',
    ],
)
def test_indefinite_demonym_names_nobody(text: str) -> None:
    """'A delighted Briton said': one capitalised word after an indefinite article is what the speaker is, not
    who (it used to be named "Briton")."""
    assert _speaker(text, "see this day") is None


def test_indefinite_adjective_before_a_known_person_still_names_them() -> None:
    """'A defensive Orla Brent … A defensive Brent said': a person the text names keeps the words."""
    text = ('Orla Brent faced hostile questions at the summit.\n\nA defensive Brent said: "My critics think '
            'louder words would change the outcome."')
    assert _speaker(text, "louder words") == "Orla Brent"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('Flood waters rose overnight in Marbury.\n\nThe sister of Dylan Pratt, 30, who died in the flood, said: '
         '"He was the kindest man I knew."', "kindest man"),
        ('A worker was hurt at the plant.\n\nThe employer of Rhea Vance, 25, a welder, said: "Safety is our first '
         'concern."', "first concern"),
        ('The vote was close.\n\nCritics of Sen. Wade Harlan said: "He has abandoned the farmers of this state."',
         "abandoned the farmers"),
        ('The inquiry was published on Friday.\n\nA report on Dana Kirby said: "Her conduct fell below the '
         'standard expected."', "conduct fell"),
    ],
)
def test_description_ending_on_a_person_is_not_that_person(text: str, needle: str) -> None:
    """'The sister of X, 30, …, said', 'Critics of Sen. X said', 'A report on X said': the description speaks,
    not the person it ends on (X used to be named; an appositive after X cut the subject phrase at the name)."""
    assert _speaker(text, needle) is None


def test_name_after_a_body_and_comma_still_speaks() -> None:
    """'The chairman of Marlow Ferries, Tom Bell, 54, said': the name set off after the description is its
    holder and speaks."""
    text = ('The ferry strike ended on Monday.\n\nThe chairman of Marlow Ferries, Tom Bell, 54, said: "We are '
            'glad the crews are back."')
    assert _speaker(text, "crews are back") == "Tom Bell"
