"""Wave 13 review (helper review13b): made-up news shapes that broke who13's speaker rules, each alone.

Each text is written for these tests; none is copied from a gold case, a seed or a BBC article. The tests read what
``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.quotes.confidence import unnamed_speaker_nearer
from index.extract.quotes.resolver import department_of_role
from tests.conftest import quotes_shown


def test_a_name_after_a_role_is_its_holder_not_its_department(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """'Speaking on behalf of the mayor, Tom Reed, his deputy, Anne Lyle, said …': the deputy speaks. The name after
    'his deputy' was read as the deputy's department, so the mayor, who said nothing, was given her words."""
    shown = quotes_shown(tmp_path, capsys, (
        "Budget agreed\n\n"
        "Speaking on behalf of the mayor, Tom Reed, his deputy, Anne Lyle, said the budget was \"balanced for the "
        "first time in years\".\n"))
    assert [q["speaker"] for q in shown] == ["Anne Lyle"]


@pytest.mark.parametrize(("before", "piece", "expected"), [
    (" his deputy", " Anne Lyle", False),  # a given name opens it: the role's holder
    (" the club's chairman", " Sir Alex Ward", False),  # an honorific opens it
    (" chief executive", " Asia Pacific", True),  # a region, whatever a type check of its words says
])
def test_department_of_role_is_never_a_person(before: str, piece: str, expected: bool) -> None:
    assert department_of_role(before, piece) is expected


def test_one_word_said_after_a_colon_is_a_whole_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Asked whether he would resign, Health Minister Peter Grant said: "No."': the word is all he said, a quotation
    a user asking what he said should get; the label rule dropped it. A word the verb's clause quotes ('said the
    sentence would be "exemplary"') is still a label."""
    shown = quotes_shown(tmp_path, capsys, (
        "Minister faces questions\n\n"
        "Asked by reporters on Tuesday whether he would resign over the contract, Health Minister Peter Grant "
        "said: \"No.\"\n\n"
        "Judge Alan Pierce said the sentence would be \"exemplary\".\n"))
    assert [(q["quote"], q["speaker"]) for q in shown] == [("No.", "Peter Grant")]


@pytest.mark.parametrize(("text", "who", "expected"), [
    # a description opening the sentence before the quotation's is as near a speaker as one after a comma
    ("Mark Devlin said members were angry. One nurse, who asked not to be named, said staff were", "Mark Devlin", True),
    ("Jane Holloway backed it in 2019, and a year later told the committee it was", "Jane Holloway", False),  # a time
    ("Ruth Pike opposed it. A second route said to cost £40m was rejected", "Ruth Pike", False),  # a passive
])
def test_an_unnamed_speaker_is_a_person_who_speaks(text: str, who: str, expected: bool) -> None:
    """The window starts at the sentence before the quotation's, as the extractor gives it."""
    lo = text.find(". ") + 2 if ". " in text else 0
    assert unnamed_speaker_nearer(text, lo, len(text), who) is expected


def test_a_year_later_is_no_one_between_the_name_and_she(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Council leader Jane Holloway backed the bypass in 2019, and a year later told the committee … "…," she
    said.': 'a year later' is when she spoke, not someone else speaking, so 'she' is still Jane Holloway."""
    shown = quotes_shown(tmp_path, capsys, (
        "Bypass approved\n\n"
        "Council leader Jane Holloway backed the bypass in 2019, and a year later told the planning committee it "
        "was \"the only answer for the town\". \"We cannot wait any longer,\" she said.\n"))
    assert shown[-1]["quote"] == "We cannot wait any longer," and shown[-1]["speaker"] == "Jane Holloway"
