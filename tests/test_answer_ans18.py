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


# ----------------------------------------------------------------- off the topic: what the sources report them saying

STORY_BRIDGE = (
    "Council rows over bridge\n\n"
    "Kelby council has delayed a vote on the new river bridge.\n\n"
    "Council leader Vera Holm said: \"We will not be rushed into spending this money.\"\n\n"
    "Sources close to the council told reporters Vera Holm has always opposed the ferry subsidy.\n\n"
    "Finance chief Ruth Amsel criticised the delay, saying the ferry subsidy could not wait.\n"
)

bridge_engine = engine_fixture({"bridge.txt": STORY_BRIDGE, **OTHER_STORY})


def test_off_the_topic_others_talking_about_the_person_is_not_shown_as_what_they_said(bridge_engine) -> None:
    result = bridge_engine.ask("What did Vera Holm say about the ferry subsidy?")
    assert result.refused_by == "quote.off_topic"
    assert not any("always opposed" in a.text for a in result.answers)


def test_off_the_topic_a_sentence_reporting_the_person_saying_it_is_shown_under_no_name(bridge_engine) -> None:
    result = bridge_engine.ask("What did Ruth Amsel say about the ferry subsidy?")
    assert result.answers and "could not wait" in result.answers[0].text
    assert result.answers[0].speaker is None


def test_reports_them_reads_titles_according_to_and_participles() -> None:
    from index.answer.quote import reports_them

    assert reports_them("Ada Turner|Turner", "The rise is small, said chairman Ada Turner.")
    assert reports_them("Oudendijk", "Prices fell by 43% last year, according to Mr Oudendijk.")
    assert reports_them("Liam Fox|Fox", "Conservative co-chairman Liam Fox derided the photo call, saying:  ")
    # someone else does the saying
    assert not reports_them("Liam Fox|Fox", "The Tories attacked Liam Fox over it, saying:  ")
    assert not reports_them("Vera Holm|Holm", "Sources told reporters Vera Holm has always opposed the subsidy.")


# ----------------------------------------------------------------- what the story introduces the speaker with

STORY_FINAL = (
    "Marlow beats Brenner in Kelby final\n\n"
    "The Kelby Open final went the distance on Sunday.\n\n"
    "Ida Marlow took the title in three long sets. She had lost in the first round a year ago. "
    "Her coach called it the best week of her career. The defending champion Brenner hurt his wrist in the semi-final. "
    "The crowd was the largest the club has seen. Rain held play up for an hour. "
    "Marlow said: \"I played my best tennis today and the serve finally came good.\"\n"
)

final_engine = engine_fixture({"final.txt": STORY_FINAL, **OTHER_STORY})


def test_a_name_far_from_where_the_story_introduces_the_speaker_is_not_their_matter(final_engine) -> None:
    # Brenner is named four sentences after Marlow is introduced, and not near her words
    result = final_engine.ask("What did Ida Marlow say about Brenner?")
    assert not any("best tennis" in a.quote for a in result.answers)


def test_her_words_still_answer_on_her_own_matter(final_engine) -> None:
    result = final_engine.ask("What did Ida Marlow say about her serve?")
    assert result.answers and "best tennis" in result.answers[0].quote
