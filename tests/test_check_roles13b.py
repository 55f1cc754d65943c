"""Wave 13 of the quote checker: a former holder of a role, a role with two holders, words said jointly.

A role qualified as past ("the former Dunmore manager", "Former chancellor Ann Berg", "ex-", "then") is not the office
a frame's bare role names, so a bare-role frame confirms nobody the story gives only that past role. When the story
gives one role two holders, a frame naming the role alone confirms and accuses neither. Words two named people said
jointly ("Tom Ash and his deputy Sam Okoro said in a joint statement") are either person's words. Every name here is
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import _bare_role, _conjuncts, _past_before, past_role
from index.answer.frames import Frame
from tests.conftest import index_over, only_check


@pytest.mark.parametrize("title, past", [("former Dunmore manager", True), ("ex-chancellor", True),
                                         ("the then chancellor", True), ("Dunmore manager", False),
                                         ("chancellor", False)])
def test_a_role_qualified_as_past_is_read_as_past(title: str, past: bool) -> None:
    assert past_role(title) is past


@pytest.mark.parametrize("who, role", [
    ("the Dunmore manager", {"dunmore", "manager"}),
    ("Saturday's defeat the Dunmore manager", {"dunmore", "manager"}),  # a fronted phrase the frame kept
    ("the former Dunmore manager", set()),  # a past role is not the office
    ("Dunmore manager Ray Quinn", set()),  # a frame that names its speaker
    ("director of research Ray Quinn", set()),
    ("he", set()),
])
def test_a_frame_giving_only_a_present_role_yields_its_words(who: str, role: set[str]) -> None:
    assert _bare_role(Frame(who=who)) == role


@pytest.mark.parametrize("part, sides", [
    ("Mr Ash and his deputy Sam Okoro", ["Mr Ash", "his deputy Sam Okoro"]),
    ("chairman and chief executive Ann Berg", ["chairman and chief executive Ann Berg"]),
    ("Marks and Spencer", ["Marks and Spencer"]),
])
def test_a_frame_joining_two_named_people_gives_either(part: str, sides: list[str]) -> None:
    assert _conjuncts(part) == sides

FORMER = """Dunmore stand by their manager

Dunmore have stood by their manager after a third defeat in a row.

Peter Lyle, the former Dunmore manager, said the board had been patient with him too. Ray Quinn, who was named Dunmore manager in May, has won two of his ten games.

After Saturday's defeat the Dunmore manager said: "We are not far away from turning this around."
"""

TURN = '"We are not far away from turning this around."'


def test_a_bare_role_frame_does_not_confirm_the_roles_former_holder(capsys, tmp_path: Path) -> None:
    """"The Dunmore manager" is the present one: Lyle, only ever "the former Dunmore manager", is not confirmed, and
    the frame names nobody, so neither is Quinn."""
    index = index_over(tmp_path, {"dunmore.txt": FORMER})
    assert only_check(capsys, index, f"Peter Lyle: {TURN}")["verdict"] != "verbatim"
    assert only_check(capsys, index, f"Ray Quinn: {TURN}")["verdict"] != "someone_else"


FORMER_TITLE = """Fees row at Hallam University

Former chancellor Ann Berg has criticised the rise in fees. Her successor, Jonas Stahl, has defended it.

The chancellor said: "Fees will rise by five per cent next year and we make no apology."
"""


def test_a_former_title_before_a_name_is_not_the_bare_role(capsys, tmp_path: Path) -> None:
    """"The chancellor" is Ann Berg's successor: her "Former chancellor" title does not make his words hers."""
    index = index_over(tmp_path, {"fees.txt": FORMER_TITLE})
    fees = '"Fees will rise by five per cent next year and we make no apology."'
    assert only_check(capsys, index, f"Ann Berg: {fees}")["verdict"] != "verbatim"
    assert only_check(capsys, index, f"Jonas Stahl: {fees}")["verdict"] != "someone_else"


NEW_HOLDER = """University has a new chancellor

Hallam University has a new chancellor after ten years.

Chancellor Jonas Stahl led the university for a decade. Ann Berg took over as chancellor in March.

On Monday the chancellor said: "Our students deserve better buildings and we will build them."
"""

BUILD = '"Our students deserve better buildings and we will build them."'


def test_a_role_with_two_holders_confirms_and_accuses_neither(capsys, tmp_path: Path) -> None:
    index = index_over(tmp_path, {"chancellor.txt": NEW_HOLDER})
    assert only_check(capsys, index, f"Jonas Stahl: {BUILD}")["verdict"] != "verbatim"
    assert only_check(capsys, index, f"Ann Berg: {BUILD}")["verdict"] != "someone_else"


JOINT = """Hallam council to close two libraries

Hallam council is to close two libraries to save money.

Council leader Tom Ash said the decision had been a hard one. Mr Ash and his deputy Sam Okoro said in a joint statement: "We have no choice but to make these savings."

Opposition leader Dana Price called the closures a disgrace.
"""

SAVE = '"We have no choice but to make these savings."'


def test_words_said_jointly_are_either_persons(capsys, tmp_path: Path) -> None:
    index = index_over(tmp_path, {"libraries.txt": JOINT})
    assert only_check(capsys, index, f"Tom Ash: {SAVE}")["verdict"] != "someone_else"
    assert only_check(capsys, index, f"Sam Okoro: {SAVE}")["verdict"] != "someone_else"
    # a third person of the story did not say them
    assert only_check(capsys, index, f"Dana Price: {SAVE}")["verdict"] == "someone_else"



@pytest.mark.parametrize("sentence, past", [
    ("Ann Berg, the former chancellor, spoke.", True),
    ("The one-time chancellor Ann Berg spoke.", True),
    ("And then Ann Berg took over as chancellor.", False),
    ("Late on Monday Ann Berg was named chancellor.", False),
])
def test_a_role_is_past_only_by_the_words_right_before_it(sentence: str, past: bool) -> None:
    assert _past_before(sentence, {"chancellor"}) is past
