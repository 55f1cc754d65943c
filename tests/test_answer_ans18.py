"""Issue 9, wave 18, helper ans18: what sets a quotation up is the few sentences right before it, not everything
earlier in a story printed as one long paragraph. Invented stories, a real index."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture

# after the lead, the whole body is one paragraph, as many news feeds print it
STORY_CUP = (
    "Rovers short of strikers for the cup\n\n"
    "Kelby Rovers have no fit strikers for Saturday's cup replay.\n\n"
    "Striker Ivo Marsh is suspended after being sent off against Dunmore when Rovers were a man up. "
    "Midfielder Ola Brandt is likely to play up front. "
    "Rovers boss Tam Oduya has yet to choose a second striker. "
    "Rovers are also without winger Piet Laar, who hurt his ankle in training. "
    "The club doctor examined him on Monday. "
    "Oduya said: \"Nothing is broken, but it is a bad ankle sprain.\" "
    "The winger has not missed a game all season.\n"
)

cup_engine = engine_fixture({"cup.txt": STORY_CUP, **OTHER_STORY})


def test_words_said_sentences_after_a_matter_are_not_about_it(cup_engine) -> None:
    # Marsh's suspension is named five sentences before Oduya's words on another player's ankle
    result = cup_engine.ask("What did Oduya say about Marsh being suspended?")
    assert not any("ankle sprain" in a.quote for a in result.answers)
    assert result.refused_by == "quote.off_topic"


def test_words_set_up_right_before_still_answer(cup_engine) -> None:
    result = cup_engine.ask("What did Oduya say about Laar's ankle?")
    assert result.answers and "ankle sprain" in result.answers[0].quote


def test_last_sentences_keeps_the_end_of_the_set_up() -> None:
    from index.answer.quote import last_sentences

    set_up = "One thing happened. Then another. Finally a third."
    assert last_sentences(set_up, 2) == "Then another. Finally a third."
    assert last_sentences(set_up, 5) == set_up
    # the last sentence of the paragraph before stays: it is what the quotation's paragraph answers
    assert last_sentences(f"The pair built a grid.\n\n{set_up}", 1) == "The pair built a grid.\n\nFinally a third."
