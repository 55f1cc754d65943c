"""Wave 13 review (helper review13a): wrong holders the ans13 rules and the role reader gave on made-up texts.
Each end-to-end test fails on the code before its mend; real files, a real index, no seed or gold fact."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- a reported clause is no apposition

STORY_BUDGET = (
    "Budget row deepens over fuel duty\n\n"
    "The government set out its budget on Wednesday, raising fuel duty by 3p a litre.\n\n"
    "Lib Dems leader Carol Penn said: \"Drivers in the countryside have been forgotten again.\"\n\n"
    "For the Lib Dems, Tom Arden said the chancellor had \"broken every promise he made on fuel\".\n\n"
    "After meeting Jane Holt, Mr Arden said the prime minister had \"let rural voters down\".\n\n"
    "Jane Holt said: \"We will vote against this budget.\"\n"
)

budget_engine = engine_fixture({"budget.txt": STORY_BUDGET, **OTHER_STORY})


def test_a_reporting_verb_between_a_name_and_a_role_makes_them_two_clauses() -> None:
    from index.answer.roles import reports_clause

    assert reports_clause(", Tom Arden said the ")
    assert reports_clause(", Mr Arden told reporters the ")
    # an apposition holds no reporting verb: the role is the name's
    assert not reports_clause(", the ")
    assert not reports_clause(", Britain's ")


def test_the_person_before_a_speakers_comma_is_not_the_role_they_speak_of(budget_engine) -> None:
    answer = budget_engine.ask("What did the prime minister say?")
    assert all(a.speaker != "Jane Holt" for a in answer.answers)
    assert "Lib Dems" not in (budget_engine.ask("What did the chancellor say about fuel duty?").message or "")


def test_an_apposition_still_gives_the_role(budget_engine) -> None:
    first = first_answer(budget_engine, "What did the Lib Dems leader say about drivers?")
    assert first.speaker == "Carol Penn"


# ----------------------------------------------------------------- an alias is a name, not someone's relation

STORY_TOUR = (
    "Singer's husband defends tour\n\n"
    "Ray Kemp, better known as Gail Brand's husband, has defended the singer's decision to cancel her European "
    "tour.\n\n"
    "Mr Kemp said: \"She needs rest, and nobody should judge her for that.\"\n\n"
    "DJ Mark Stone - aka Stoner - said the cancellation was \"a blow for every fan\".\n"
)

tour_engine = engine_fixture({"tour.txt": STORY_TOUR, **OTHER_STORY})


def test_a_person_known_as_someones_relation_is_not_that_someone(tour_engine) -> None:
    no_answer(tour_engine, "What did Gail Brand say about the tour?")


def test_a_plain_alias_still_means_the_quoted_person(tour_engine) -> None:
    first = first_answer(tour_engine, "What did Stoner say about the cancellation?")
    assert first.speaker == "Mark Stone"


# ----------------------------------------------------------------- an unnamed group that gave no words

STORY_LEVY = (
    "Airports face new passenger levy\n\n"
    "The government will charge a new levy on every passenger flying from UK airports from April, the Treasury "
    "said.\n\n"
    "The levy of 5 pounds a head is expected to raise 800 million pounds a year.\n\n"
    "Economists did not comment on the figures.\n\n"
    "Analysts said it was too soon to judge what the change would cost airlines.\n"
)

levy_engine = engine_fixture({"levy.txt": STORY_LEVY, **OTHER_STORY})


def test_a_group_that_did_not_comment_said_nothing_about_the_story(levy_engine) -> None:
    no_answer(levy_engine, "What did economists say about the passenger levy?")


def test_a_group_that_spoke_is_still_read_under_its_story(levy_engine) -> None:
    first = first_answer(levy_engine, "What did analysts say about the passenger levy?")
    assert first.speaker is None
    assert first.text.startswith("Analysts said")


# ----------------------------------------------------------------- a plural noun before "and" is a head of its own

STORY_STEEL = (
    "Steel tariff plan draws fire\n\n"
    "The European Commission's plan to put tariffs on imported steel has drawn criticism, with Chinese exporters and "
    "EU officials warning of \"a trade war nobody can win\".\n"
)

steel_engine = engine_fixture({"steel.txt": STORY_STEEL, **OTHER_STORY})


def test_a_plural_noun_before_and_is_not_a_modifier_of_the_head_after_it() -> None:
    from index.answer.roles import own_description

    assert own_description("with Chinese exporters and EU officials warning", "offici") == ["EU officials"]
    assert own_description("local and national union leaders said", "leader") == [
        "local and national union leaders"]


def test_exporters_are_not_chinese_officials(steel_engine) -> None:
    no_answer(steel_engine, "What did Chinese officials say about the steel tariffs?")
    assert "trade war" in first_answer(steel_engine, "What did EU officials say about the steel tariffs?").text
