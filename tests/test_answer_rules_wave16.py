"""Issue 9, wave 16, helper ans16: answers to questions as people ask them. Each rule alone on a small collection
written here (real files, a real index; no seed or gold fact); every end-to-end test fails on the code before it,
and each has a twin whose answer must not change."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

# ----------------------------------------------------------------- a described speaker's story says what they spoke of

STORY_MINE = (
    "State miner grows again\n\n"
    "Ostrava, the state miner, has bought the Kessler copper mine, its third this year.\n\n"
    "The site employs 900 people. A Ostrava spokesman has said the purchase is part of its plan to build "
    "\"a strong, national mining group.\"\n\n"
    "Unions said the deal would protect jobs in the valley for a decade.\n"
)
STORY_FARM = (
    "Farm subsidies cut\n\n"
    "Grants to hill farmers will be reduced next year, the ministry said.\n\n"
    "\"We cannot carry on paying for empty fields,\" a ministry spokesman said.\n"
)

mine_engine = engine_fixture({"mine.txt": STORY_MINE, "farm.txt": STORY_FARM, **OTHER_STORY})


def test_a_described_spokesman_answers_on_the_topic_of_his_story(mine_engine) -> None:
    # the words name neither "Kessler" nor a "deal"; the lead and the story do
    first = first_answer(mine_engine, "What did an Ostrava spokesman say about the Kessler deal?")
    assert "national mining group" in (first.quote or first.text)
    assert first.speaker is None


def test_a_described_spokesman_off_the_topic_of_his_story_is_not_shown(mine_engine) -> None:
    # twin: the story never speaks of subsidies, so the spokesman's words are not about them
    assert not mine_engine.ask("What did an Ostrava spokesman say about farm subsidies?").answers


def test_a_bare_description_needs_its_own_words_on_the_topic() -> None:
    from index.answer.quote import has_modifier

    assert has_modifier("a Rosneft spokesman") and has_modifier("the prime minister's spokesman")
    assert not has_modifier("a spokesman") and not has_modifier("analysts")
