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
