"""Issue 9, wave 13, helper ans13: who a role means, where the text gives it. Each rule alone on a small
collection written here (real files, a real index; no seed or gold fact); every end-to-end test that asks for an
answer fails on the code before it, and each has a twin that must still give none or no wrong name."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- a role's qualifiers stop at another person

STORY_KEEPER = (
    "Keeper Dunmore out for a month\n\n"
    "Scotland goalkeeper Ewan Dunmore will miss a month with a broken finger.\n\n"
    "Dunmore picked up the injury in training on Tuesday. And coach Neil Barrow said: \"I am sorry for Ewan, "
    "he has been our best player all season.\"\n"
)
STORY_TRANSFER = (
    "Talks over striker's move\n\n"
    "Rovers and Scotland striker Iain Kerr reportedly met City boss Paolo Venn on Monday to talk about a move.\n\n"
    "City have yet to comment on the meeting.\n"
)

coach_engine = engine_fixture({"keeper.txt": STORY_KEEPER, "transfer.txt": STORY_TRANSFER, **OTHER_STORY})


def test_the_qualifier_of_another_persons_role_is_not_this_ones() -> None:
    from index.answer.roles import qualifier_run

    # "Scotland" qualifies the striker's role, not the boss's
    assert "Scotland" not in qualifier_run("Rovers and Scotland striker Iain Kerr reportedly met City ")
    assert "City" in qualifier_run("Rovers and Scotland striker Iain Kerr reportedly met City ")
    # a qualifier of the role's own phrase stays, lower-case words and all
    assert qualifier_run("Wales' team ") == "Wales' team "
    assert qualifier_run("Liberal Democrat treasury ") == "Liberal Democrat treasury "


def test_the_coach_the_text_gives_the_role_is_the_one_asked(coach_engine) -> None:
    first = first_answer(coach_engine, "What did the Scotland coach say about Ewan Dunmore's injury?")
    assert first.speaker == "Neil Barrow"
    assert "sorry for Ewan" in first.text


def test_a_boss_of_another_team_is_not_the_scotland_coach(coach_engine) -> None:
    answer = coach_engine.ask("What did the Scotland coach say about the transfer talks?")
    assert all(a.speaker != "Paolo Venn" for a in answer.answers)
    no_answer(coach_engine, "What did the City boss say about Iain Kerr's move?")


# ----------------------------------------------------------------- one person under two names

STORY_ALIAS = (
    "Folk is not dead, says Moonfield\n\n"
    "Singer Tara Quill - aka Moonfield - has said that folk music is not dead.\n\n"
    "\"People have written folk off every year since I started, and every year it comes back,\" Quill told a "
    "radio show.\n"
)
STORY_TWO = (
    "Festival line-up named\n\n"
    "The Moorside festival named its line-up on Monday, with the band Redhill, also known as the Hill, at the top.\n\n"
    "Organiser Jan Cobb said: \"We sold out in an hour.\"\n"
)

STORY_REAL_NAME = (
    "Rapper signs new deal\n\n"
    "Kid Harbour, real name Owen Pask, has signed with a new label.\n\n"
    "\"I wanted a label that lets me make the records I hear in my head,\" Pask said.\n"
)

alias_engine = engine_fixture({"folk.txt": STORY_ALIAS, "festival.txt": STORY_TWO, "rapper.txt": STORY_REAL_NAME,
                               **OTHER_STORY})


def test_a_name_the_text_gives_as_another_name_of_a_quoted_person_means_them(alias_engine) -> None:
    first = first_answer(alias_engine, "What did Moonfield say about folk music being dead?")
    assert first.speaker == "Tara Quill"
    assert "written folk off" in first.text


def test_every_mark_of_a_second_name_that_check_reads_is_read_by_quote_too(alias_engine) -> None:
    # one table of marks (index/answer/aliases.py) for /quote and check: "real name" was check's only
    first = first_answer(alias_engine, "What did Kid Harbour say about his new label?")
    assert first.speaker == "Owen Pask"
    assert "lets me make the records" in first.text


def test_an_alias_of_no_quoted_person_gives_no_one_elses_words(alias_engine) -> None:
    answer = alias_engine.ask("What did the Hill say about the festival line-up?")
    assert all(a.speaker != "Jan Cobb" for a in answer.answers)


# ----------------------------------------------------------------- an unnamed group's report, read under its story

STORY_PORTS = (
    "Ports face new levy\n\n"
    "Shipping firms have reacted coolly to the government's plan to charge a levy on container ports from May.\n\n"
    "Dockers' unions said they would study the plan.\n\n"
    "Analysts cautioned that it was too soon to judge what the change would cost.\n"
)

ports_engine = engine_fixture({"ports.txt": STORY_PORTS, **OTHER_STORY})


def test_what_analysts_said_is_read_under_the_story_that_says_what_it_is_about(ports_engine) -> None:
    first = first_answer(ports_engine, "What did analysts say about the levy on container ports?")
    assert first.speaker is None
    assert first.text.startswith("Analysts cautioned")


def test_a_group_the_story_never_reports_gives_no_one_elses_words(ports_engine) -> None:
    no_answer(ports_engine, "What did economists say about the levy on container ports?")


# ----------------------------------------------------------------- modifiers coordinated before one head

STORY_TRADE = (
    "Fishing quota row grows\n\n"
    "Norway's plan to cut fishing quotas has met resistance, with senior EU or member state officials warning of "
    "\"a fish war\" and \"empty harbours\".\n"
)

trade_engine = engine_fixture({"trade.txt": STORY_TRADE, **OTHER_STORY})


def test_modifiers_coordinated_before_one_head_all_qualify_it() -> None:
    from index.answer.roles import own_description

    assert own_description("with senior EU or member state officials warning", "offici") == [
        "senior EU or member state officials"]
    # a full name before "and" is another person, not a modifier of the role
    assert own_description("Tom Hale and Lib Dem spokesman Ed Davey said", "spokes") == ["Lib Dem spokesman Ed Davey"]


def test_what_senior_eu_officials_said_is_found_in_a_coordinated_description(trade_engine) -> None:
    first = first_answer(trade_engine, "What have senior EU officials said about Norway's fishing quotas?")
    assert first.speaker is None
    assert "fish war" in first.text


def test_officials_of_a_body_the_description_does_not_name_have_said_nothing(trade_engine) -> None:
    no_answer(trade_engine, "What have senior UN officials said about Norway's fishing quotas?")
