"""Questions as people ask them, read from held40's mistakes (wave 41's validation set) (issue 9).

"who is the chief executive of britannia building society" answered with a sentence about the society's members: the
sources name nobody in that role, and the passages about the society said nothing of who holds it. "who knocked
lleyton hewitt out in adelaide" found nobody where the story says "Lleyton Hewitt suffered a shock defeat to Taylor
Dent", and "who beat hewitt" answered first with another player's win ("Olivier Rochus beat third seed Nicolas
Kiefer"). Invented
stories, checked end to end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

SOCIETY = ("Kelby Building Society pays out\n\n"
           "More than 800,000 Kelby Building Society members are to receive a profit share worth on average £80.\n\n"
           "The society said its members would get the money in April.\n")

BANK = ("Arvel Bank names new boss\n\n"
        "Arvel Bank has appointed Ann Kerr as its chief executive, the bank said on Monday.\n")

TENNIS = ("Okoro crashes out in Kelby\n\n"
          "Sam Okoro suffered a shock defeat to Tom Varos in the quarter-finals of the Kelby Open on Friday.\n\n"
          "Ben Ames beat third seed Jo Brent 6-3 6-4 and will face Varos in the semi-finals.\n")

engine = engine_fixture({"society.txt": SOCIETY, "bank.txt": BANK, "tennis.txt": TENNIS})


def test_a_role_nobody_holds_in_the_sources_is_not_answered_with_passages_about_the_body(engine) -> None:
    assert no_answer(engine, "who is the chief executive of kelby building society")


def test_a_role_the_sources_give_its_holder_is_still_answered(engine) -> None:  # a guard
    assert "Ann Kerr" in first_answer(engine, "who is the chief executive of arvel bank").text



def test_who_knocked_someone_out_is_answered_by_their_defeat(engine) -> None:
    assert "defeat to Tom Varos" in first_answer(engine, "who knocked sam okoro out in kelby").quote


def test_who_beat_someone_is_not_answered_by_another_players_win(engine) -> None:
    assert "Sam Okoro" in first_answer(engine, "who beat okoro").quote
