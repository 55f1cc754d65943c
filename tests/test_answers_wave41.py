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

# (review of wave 41)
BANK2 = ("Dunmere Bank results\n\n"
         "Peter Holt, the executive who has run Dunmere Bank since 2001, said he was delighted.\n")

ROUNDS = ("Ames through\n\n"
          "Jo Brent beat Ben Ames 6-3 6-4 in the second round of the Arvel Open on Tuesday.\n\n"
          "On Friday, she was knocked out by Ann Kerr in straight sets.\n")

HEADLINE = ("Ann Brent knocked out by Ann Kerr\n\n"
            "Ann Brent's run in the Arvel Open ended on Thursday.\n")

POLLUTION = ("River row\n\n"
             "A spokesman for Arvon Water said angler Jim Dale, who first reported the pollution, had been invited to "
             "meet the board. He said he would not go. \"They have poisoned my river and now they want a photo "
             "opportunity,\" he said.\n")

engine = engine_fixture({"society.txt": SOCIETY, "bank.txt": BANK, "tennis.txt": TENNIS, "bank2.txt": BANK2,
                         "rounds.txt": ROUNDS, "pollution.txt": POLLUTION, "headline.txt": HEADLINE})


def test_a_role_nobody_holds_in_the_sources_is_not_answered_with_passages_about_the_body(engine) -> None:
    assert no_answer(engine, "who is the chief executive of kelby building society")


def test_a_role_the_sources_give_its_holder_is_still_answered(engine) -> None:  # a guard
    assert "Ann Kerr" in first_answer(engine, "who is the chief executive of arvel bank").text



def test_who_knocked_someone_out_is_answered_by_their_defeat(engine) -> None:
    assert "defeat to Tom Varos" in first_answer(engine, "who knocked sam okoro out in kelby").quote


def test_who_beat_someone_is_not_answered_by_another_players_win(engine) -> None:
    assert "Tom Varos" in first_answer(engine, "who beat okoro").quote


def test_a_role_written_otherwise_beside_the_body_still_answers(engine) -> None:  # a guard (review)
    assert any("Peter Holt" in a.quote for a in engine.ask("who is the chief executive of dunmere bank").answers)


def test_who_knocked_someone_out_is_never_their_own_win(engine) -> None:  # a guard (review)
    assert "knocked out by Ann Kerr" in first_answer(engine, "who knocked jo brent out").quote


def test_the_words_after_he_said_of_a_man_the_spokesman_named_are_not_the_spokesmans(engine) -> None:  # a guard
    # (review: "A spokesman for Arvon Water said angler Jim Dale … He said he would not go. '…,' he said")
    answer = engine.ask("what did the arvon water spokesman say")
    assert all("poisoned my river" not in a.quote for a in answer.answers)


def test_a_headline_passive_is_no_win_of_the_one_asked_about(engine) -> None:  # a guard (review of the whole change)
    assert "Ann Kerr" in first_answer(engine, "who knocked ann brent out").quote
