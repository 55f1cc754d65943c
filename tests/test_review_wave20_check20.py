"""Review of check20 (wave 20): a "he said" read back to a sentence whose subject is a body or a place accuses no one.

``points_back_to_another`` makes unnamed words someone else's when the pronoun's antecedent (the subject of the
sentence before) is a named person other than the claimed one. A firm or a town that "said" something is no "he":
the pronoun then means a person named elsewhere, quite possibly the claimed one, so the accusation needs the source
to write the antecedent as a person's name (``introduced_as_person``). Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import introduced_as_person
from index.models import Verdict
from tests.conftest import index_over
from tests.test_check_wave18 import unnamed_verdict

FIRM = """Kelby ferry fares

Piet Varga has run the ferry line for ten years.

Kelby Ferries said the fares would rise in May.

"We have no choice with fuel this dear," he said.
"""

TOWN = """Corran flood defences

Mayor Piet Varga toured the flooded streets on Tuesday.

Upper Corran said it had been forgotten by the council.

"We will rebuild every wall," he said.
"""

CITY = """Orrin port dispute

Port director Piet Varga flew home on Monday night.

Dunmore said it would take the dispute to the courts.

"We will not be bullied by anyone," he said.
"""

BOSS = """Arden ferry fares

Piet Varga has run the ferry line for ten years.

Ferry boss Tomas Brandt said the fares would rise in May.

"We have no choice with oil this dear," he said.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("rev20"),
                      {"firm.txt": FIRM, "town.txt": TOWN, "city.txt": CITY, "boss.txt": BOSS})


@pytest.mark.parametrize("source, words", [
    ("firm", "We have no"),  # "Kelby Ferries said …": a firm is no "he"
    ("town", "We will rebuild"),  # "Upper Corran said …": nor is a place
    ("city", "We will not"),  # a place by one word ("Dunmore said"), as news writes a city's government
])
def test_a_body_or_place_read_back_through_he_said_accuses_no_one(index: Path, source: str, words: str) -> None:
    assert unnamed_verdict(index, source, words, "Piet Varga") is Verdict.speaker_unconfirmed


def test_a_person_read_back_through_he_said_still_accuses(index: Path) -> None:
    """The rule keeps its reason: "Ferry boss Tomas Brandt said …. ¶ "…," he said." is Brandt's, not Varga's."""
    assert unnamed_verdict(index, "boss", "We have no", "Piet Varga") is Verdict.someone_else


@pytest.mark.parametrize("text, name, person", [
    ("Mr Varga left. Piet Varga said so.", "Piet Varga", True),  # titled
    ("Piet Varga, who chairs it, said so.", "Piet Varga", True),  # a relative "who"
    ("Piet Varga, 54, said so.", "Piet Varga", True),  # an age
    ("Piet Varga, chief executive of Kelby Ferries, said so.", "Piet Varga", True),  # a role beside the name
    ("Kelby Ferries, which runs the boats, said so.", "Kelby Ferries", False),  # a body's "which"
    ("The ferry firm Kelby Ferries said so.", "Kelby Ferries", False),  # a body's noun before the name
    ("The neighbouring Upper Corran said so.", "Upper Corran", False),  # a modifier, no description of a person
    ("The ferry boss Piet Varga said so.", "Piet Varga", True),  # a description before the name
    ("Piet Varga spoke. Later Varga said so.", "Piet Varga", True),  # the surname alone, speaking
    ("Kelby Ferries said so. Profits fell.", "Kelby Ferries", False),  # nothing marks a person
    ("Ships left Kelby. Kelby Ferries said so.", "Kelby Ferries", False),  # a place word alone is no surname
    ("Cohen said so. Ann Cohen, 40, agreed.", "Cohen", True),  # a surname, its full name a person's
    ("Moscow said so.", "Moscow", False),
])
def test_introduced_as_person(text: str, name: str, person: bool) -> None:
    assert introduced_as_person(text, name) is person


CHAIRMAN = """Orrin harbour plan

Tomas Brandt, the dock company's manager, said the plan was a real chance for the town.

The chairman of the harbour users' group said the move would change how the port works.

"I think other ports will copy us," the chairman said.
"""

SAME_CHAIRMAN = """Maddon harbour plan

Tomas Brandt, chairman of the harbour users' group, spoke to the press on Monday. The chairman of the group said the move would change how the port works.

"I think other towns will copy us," the chairman said.
"""


@pytest.mark.parametrize("source, verdict", [
    # the role spelled out with a body the sentence about Brandt never names introduces another man: never verbatim
    ("chairman", Verdict.someone_else),
    # the same body named beside Brandt: the role goes on about him
    ("same_chairman", Verdict.verbatim),
])
def test_a_role_of_a_body_new_to_the_story_does_not_go_on_about_the_man_before(
        tmp_path: Path, source: str, verdict: Verdict) -> None:
    index = index_over(tmp_path, {"chairman.txt": CHAIRMAN, "same_chairman.txt": SAME_CHAIRMAN})
    assert unnamed_verdict(index, source, "I think other", "Tomas Brandt") is verdict


BOTH = """Kelby ferry deal

Karl Weiss, 61, has crewed the ferry for decades.

Ferry boss Tomas Brandt and union leader Piet Varga signed the deal on Monday.

"It took far too long to get here," he said.
"""


@pytest.mark.parametrize("claimed", ["Tomas Brandt", "Karl Weiss"])
def test_a_he_said_after_two_men_joined_by_and_is_read_back_to_neither(tmp_path: Path, claimed: str) -> None:
    """Either signatory may have spoken: the first is not confirmed (a "verbatim" for words that may be Varga's) and
    no third man is accused on a guess of which one it was."""
    index = index_over(tmp_path, {"both.txt": BOTH})
    assert unnamed_verdict(index, "both", "It took", claimed) is Verdict.speaker_unconfirmed
