"""Issue 9, wave 17, helper ans17: every "not covered" names the gate that refused, so refusals can be counted
by cause; and the tolerant second chances behind the biggest gates. Invented stories, a real index."""

from __future__ import annotations

import pytest

from tests.conftest import OTHER_STORY, engine_fixture

STORY_DAM = (
    "Valley dam approved\n\n"
    "Councillors in Marrow have approved a new dam on the river Keld.\n\n"
    "\"The dam will protect four hundred homes from floods,\" said council leader Petra Vasko.\n"
)

gate_engine = engine_fixture({"dam.txt": STORY_DAM, **OTHER_STORY})


def test_a_quoted_speaker_off_the_topic_is_refused_by_the_topic_gate(gate_engine) -> None:
    result = gate_engine.ask("What did Petra Vasko say about tax rises?")
    assert not result.answers
    assert result.refused_by == "quote.off_topic"


def test_an_unknown_speaker_is_refused_by_the_name_gate(gate_engine) -> None:
    result = gate_engine.ask("What did Oswin Trelawny say about the dam?")
    assert not result.answers
    assert result.refused_by == "quote.nobody_called"


def test_an_answer_carries_no_gate_and_the_gate_stays_out_of_the_json(gate_engine) -> None:
    result = gate_engine.ask("What did Petra Vasko say about the dam?")
    assert result.answers and result.refused_by is None
    refused = gate_engine.ask("What did Petra Vasko say about tax rises?")
    assert "refused_by" not in refused.to_json_dict()


def test_an_unknown_gate_name_is_an_error() -> None:
    from index.answer.common import not_covered
    from index.models import Intent

    with pytest.raises(ValueError):
        not_covered("q", Intent.search, gate="no_such_gate")
    assert not_covered("q", Intent.why).refused_by == "why.unnamed"


# ----------------------------------------------------------------- the name gate's second chance

STORY_ROVERS = (
    "Rovers lose winger for a month\n\n"
    "Kelby will be without winger Dario Fenn for the cup tie on Saturday.\n\n"
    "Kelby are also without defender Otto Brant, who hurt his ankle in training.\n\n"
    "Borough boss Tam Oduya said: \"It is a bad ankle sprain and Otto will miss three weeks.\"\n\n"
    "Fenn, who has a hamstring strain, said: \"I hope to be back for the derby.\"\n"
)
STORY_TRADE = (
    "Makers defend their patents\n\n"
    "Several firms, Kelby among them, hold patents on the new hinge.\n\n"
    "Kelby referred questions to its trade body, Hingeworks. Its members have held such patents for decades. "
    "\"Patents on hinges have never harmed anybody,\" said spokeswoman Ana Pell.\n"
)

rovers_engine = engine_fixture({"rovers.txt": STORY_ROVERS, "trade.txt": STORY_TRADE, **OTHER_STORY})


def test_a_role_the_text_writes_its_own_way_answers_on_the_topic(rovers_engine) -> None:
    # nobody is "the Kelby manager": the story writes "Borough boss" beside the name, and "Kelby" a paragraph before
    result = rovers_engine.ask("What did the Kelby manager say about Otto's ankle?")
    assert result.answers, result.message
    first = result.answers[0]
    assert "bad ankle sprain" in (first.quote or first.text)
    assert first.speaker is None  # the text's attribution is not what the question named


def test_the_second_chance_needs_the_topic_too(rovers_engine) -> None:
    # twin: the same description, a topic the story never speaks of
    assert not rovers_engine.ask("What did the Kelby manager say about ticket prices?").answers


def test_an_unnamed_description_must_be_met_beside_the_words(rovers_engine) -> None:
    # "Kelby" two sentences back: the spokeswoman speaks for its trade body, not for Kelby
    assert not rovers_engine.ask("What did a Kelby spokesman say about patents on hinges?").answers


def test_a_clipped_word_stands_for_the_written_word_it_clips() -> None:
    from index.answer.second_chance import clipped_from

    assert clipped_from("utd", "united") and clipped_from("lib", "liberal") and clipped_from("govt", "government")
    assert not clipped_from("utd", "under")  # letters out of order
    assert not clipped_from("ab", "about")  # too short to stand for anything


def test_a_description_needs_its_head_beside_the_words() -> None:
    from index.answer.second_chance import described_as_asked

    heads = {"manager", "boss"}
    # the head "boss" beside the words, "Kelby" in the paragraph before: a role is met
    assert described_as_asked(["kelby", "manager"], "manager", heads, "Borough boss Tam Oduya said", "Kelby are out", False)
    # someone unnamed needs every word beside the words
    assert not described_as_asked(["kelby", "manager"], "manager", heads, "Borough boss Tam Oduya said", "Kelby are out",
                                  True)
    # the head only in the paragraph before is not met
    assert not described_as_asked(["kelby", "manager"], "manager", heads, "Tam Oduya said", "Kelby boss", False)
