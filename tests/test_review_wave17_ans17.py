"""Review of ans17 (wave 17): invented stories where the name gate's second chance (quote.set_up_as_asked over second_chance.set_up_quotations) should
not fire but did. A real index over each story; each test failed on ans17 before its mend."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, no_answer

STORY_DERBY = (
    "Arsenal edge Chelsea\n\n"
    "Arsenal beat Chelsea 2-1 at the Emirates on Saturday, with a late goal from Tomas Rosicky.\n\n"
    "Chelsea boss Jose Mourinho said: \"The referee cost us the game and everyone saw it.\"\n"
)
STORY_REPLAY = (
    "Kelby hold Marrow\n\n"
    "Kelby drew 1-1 with Marrow in the cup on Tuesday, so the tie goes to a replay.\n\n"
    "\"The pitch was a disgrace and the linesman missed a clear offside,\" said Okafor, whose side are second.\n\n"
    "The Marrow boss Ike Okafor was later fined for his remarks.\n"
)
STORY_STRIKE = (
    "Bus drivers to strike\n\n"
    "Bus drivers in Dunmore will strike on Monday over pay, the union announced.\n\n"
    "The union leader said: \"We have received no offer at all from the company.\"\n"
)

STORY_AWAY_WIN = (
    "Arsenal win away\n\n"
    "Arsenal won 2-0 at Chelsea on Saturday. Gunners boss Arsene Wenger was delighted with his defence.\n\n"
    "\"We were poor and deserved to lose the game,\" said Mourinho.\n"
)

review_engine = engine_fixture({"derby.txt": STORY_DERBY, "replay.txt": STORY_REPLAY, "strike.txt": STORY_STRIKE,
                                **OTHER_STORY})
away_engine = engine_fixture({"away.txt": STORY_AWAY_WIN, **OTHER_STORY})


def test_the_other_sides_boss_is_not_the_asked_clubs_manager(review_engine) -> None:
    # "Arsenal" a paragraph before, but the words are the Chelsea boss's: the story names Chelsea as the other side
    no_answer(review_engine, "What did the Arsenal manager say about the referee?")
    no_answer(review_engine, "What did the Arsenal manager say?")


def test_the_other_sides_boss_named_later_in_the_story_is_not_the_asked_clubs_manager(review_engine) -> None:
    # the speaker's description comes after the words ("The Marrow boss Ike Okafor"); Marrow is Kelby's opponent
    no_answer(review_engine, "What did the Kelby manager say about the linesman?")


def test_a_name_is_not_met_by_words_its_letters_clip(review_engine) -> None:
    # nobody called Ann Lee: "announced" and "leader" hold her letters in order, which sets up no name
    no_answer(review_engine, "What did Ann Lee say about the offer?")


def test_a_nickname_written_only_before_the_role_word_still_answers() -> None:
    from index.answer.second_chance import speaks_for_another

    heads = {"manager", "boss"}
    # "Gunners" is nowhere else in the story: it may be the asked club's other name
    assert not speaks_for_another(["arsenal", "manager"], heads, "Gunners boss Arsene Wenger said",
                                  "Gunners boss Arsene Wenger said Arsenal are without Pires")
    # "Chelsea" is also named on its own: the boss is the other side's
    assert speaks_for_another(["arsenal", "manager"], heads, "Chelsea boss Jose Mourinho said",
                              "Chelsea boss Jose Mourinho said Arsenal beat Chelsea")


def test_the_role_of_the_person_in_the_sentence_before_is_not_the_named_speakers(away_engine) -> None:
    # "Gunners boss Arsene Wenger" is the sentence before; the words are Mourinho's, whom the story gives no role
    no_answer(away_engine, "What did the Arsenal manager say about the game?")
    no_answer(away_engine, "What did the Arsenal manager say?")


STORY_PRESS = (
    "Rovers lose winger\n\n"
    "Kelby will be without winger Dario Fenn for the cup tie on Saturday.\n\n"
    "Borough boss Tam Oduya said at a press conference: \"It is a bad hamstring strain and Dario will miss three "
    "weeks.\"\n"
)

press_engine = engine_fixture({"press.txt": STORY_PRESS, **OTHER_STORY})


def test_words_said_at_a_press_conference_were_not_told_to_a_radio_station(press_engine) -> None:
    # twin: asked without an audience, the second chance answers with the manager's words
    assert press_engine.ask("What did the Kelby manager say about Dario?").answers
    # the words were said at a press conference, never to BBC Radio Kelby: as for a named speaker, no answer
    no_answer(press_engine, "What did the Kelby manager tell BBC Radio Kelby about Dario?")


STORY_RAMS = (
    "Rams beaten again\n\n"
    "Derby County were beaten 3-0 at home on Saturday and it is understood the board will meet on Monday.\n\n"
    "Rams boss Nigel Clough said: \"We were second best all afternoon and the fans deserve better.\"\n"
)
STORY_UNITED = (
    "United held at home\n\n"
    "Manchester United were held 1-1 by Fulham on Sunday.\n\n"
    "Red Devils boss Alex Ferguson said: \"The ground staff gave us a pitch like a ploughed field.\"\n"
)

clipped_engine = engine_fixture({"rams.txt": STORY_RAMS, "united.txt": STORY_UNITED, **OTHER_STORY})


def test_a_clipped_word_is_not_met_by_a_lower_case_word_holding_its_letters(clipped_engine) -> None:
    # "utd": u, t, d in order in "understood"; nobody in the story is United's manager
    no_answer(clipped_engine, "What did the utd manager say about the fans?")


def test_a_clipped_word_still_stands_for_the_body_it_clips(clipped_engine) -> None:
    # twin: "utd" of the capitalised "United" a paragraph before the Red Devils boss's words
    answer = clipped_engine.ask("What did the utd manager say about the pitch?")
    assert answer.answers and "ploughed field" in (answer.answers[0].quote or answer.answers[0].text)


def test_a_body_named_with_the_asked_words_is_the_asked_body() -> None:
    from index.answer.second_chance import speaks_for_another

    heads = {"leader", "boss"}
    # "Council" also stands apart in the story, but only as "Kelby Council": the asked Kelby's council
    assert not speaks_for_another(["kelby", "leader"], heads, "Council boss Ann Hart said",
                                  "Council boss Ann Hart said Kelby Council passed its budget")
    assert speaks_for_another(["kelby", "leader"], heads, "Council boss Ann Hart said",
                              "Council boss Ann Hart said Kelby and the Marrow Council met")
