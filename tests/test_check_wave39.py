"""Checking a quote whose speaker is given by another word for their role, read from judge37's mistakes (wave 39's
validation set) (issue 11).

"France Telecom's boss really said '…'" of words the story gives to "chief executive Thierry Breton" was called
"speaker unconfirmed": the claimed role's head, "boss", is the word news uses for a chief executive, a manager or a
coach, and the checker read titles only word for word. Invented stories, checked end to end on a real index; each
fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture

RESULTS = ("Kelbco profits rise\n\n"
           "Kelbco, the Kelbian telephone group, has reported a 5% rise in profits for 2004.\n\n"
           "The firm said it had met its main aims. \"Our results for 2004 allow us to cut our debt while we invest "
           "in the networks of the future,\" said chief executive Tom Varos.\n\n"
           "Shares in the group rose 2% on the news.\n")

CLUB = ("Dunmore win again\n\n"
        "Dunmore Rovers beat Arvel City 2-0 on Saturday.\n\n"
        "\"We were the better side from the first minute to the last,\" said Rovers manager Ann Hale.\n\n"
        "Arvel captain Jo Brent said: \"We never got going and that is down to us.\"\n")

engine = engine_fixture({"results.txt": RESULTS, "club.txt": CLUB})


def test_the_boss_of_a_firm_is_its_chief_executive(engine) -> None:
    check = engine.check("did Kelbco's boss really say \"Our results for 2004 allow us to cut our debt while we "
                         "invest in the networks of the future\"").checks[0]
    assert check.verdict is Verdict.verbatim and check.real is not None and check.real.speaker == "Tom Varos"


def test_the_boss_of_a_club_is_its_manager(engine) -> None:  # a guard: the registry reads "boss" so already
    check = engine.check('Rovers boss: "We were the better side from the first minute to the last"').checks[0]
    assert check.verdict is Verdict.verbatim


def test_a_role_the_speaker_does_not_hold_is_not_confirmed_by_a_synonym(engine) -> None:  # a guard
    # the captain is no boss: "boss" stands for a chief, a manager or a coach, never for every title
    check = engine.check('Arvel boss: "We never got going and that is down to us."').checks[0]
    assert check.verdict is not Verdict.verbatim


def test_the_chairman_is_not_confirmed_by_the_chief_executive_s_title(engine) -> None:  # a guard
    check = engine.check("Kelbco's chairman said \"Our results for 2004 allow us to cut our debt while we invest in "
                         "the networks of the future\"").checks[0]
    assert check.verdict is not Verdict.verbatim
