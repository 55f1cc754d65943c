"""Who said it, read from holdout35's wrong names (wave 35's validation set).

"Mr Kilroy-Silk said the man, who later disappeared, claimed he was "…"" gave the attacker's words to the man who
reported them. Invented stories, run through the whole extractor; each fails on the code before the change unless
marked as a guard.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation


@pytest.mark.parametrize("clause, description", [
    ("the intruder, who fled on foot, claimed he was", "the intruder"),
    ("a neighbour insisted she was", "a neighbour"),
    ("the caller had claimed it was", "the caller"),
    ("the intruder claimed he'd been", "the intruder"),
    ("the intruder claimed to be", "the intruder"),
    ("his brother claimed he was", "his brother"),
])
def test_a_described_claimant_inside_a_named_report_owns_the_words(clause: str, description: str) -> None:
    story = ("Fire at depot\n\n"
             "Firefighters were called to the depot on Monday.\n\n"
             f"Depot owner Sam Pike said {clause} \"only looking for work on the site\".\n")
    q = quotation(story, "only looking for work")
    assert q.speaker is None and q.speaker_description == description


def test_the_reporter_s_own_words_after_a_described_object_stay_his() -> None:  # a guard
    story = ("Fire at depot\n\n"
             "Depot owner Sam Pike said the intruder was \"a danger to everyone on the site\".\n")
    assert quotation(story, "a danger to everyone").speaker == "Sam Pike"
