"""Issue 9, wave 11, helper ans11a: who is meant by a role phrase, each mechanism alone on a small collection
written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, answers_to, engine_fixture

# ----------------------------------------------------------------- a reporting verb before the role word

STORY_WAGES = (
    "Minimum wage to rise next year\n\n"
    "The minimum wage will rise by 20p an hour, the Fair Wages Board has recommended.\n\n"
    "\"We have kept the increase modest so that small shops can absorb the cost,\" said chairman Idris Penhale.\n\n"
    "Retailers welcomed the news.\n"
)

wages_engine = engine_fixture({"wages.txt": STORY_WAGES, **OTHER_STORY})


def test_a_role_introduced_by_a_reporting_verb_finds_its_holder(wages_engine) -> None:
    answers = answers_to(wages_engine, "What did the chairman of the Fair Wages Board say about small shops?")
    assert answers and answers[0].speaker == "Idris Penhale"
    assert "absorb the cost" in answers[0].quote


def test_a_reporting_verb_is_no_rival_qualifier() -> None:
    from index.answer.roles import rival_qualifier

    said = "\"It is modest,\" said chairman Idris Penhale."
    start = said.index("chairman")
    assert not rival_qualifier(said, start, start + len("chairman"))
    other = "The regional chairman Idris Penhale spoke."
    start = other.index("chairman")
    assert rival_qualifier(other, start, start + len("chairman"))
