"""Issue 9, wave 7: answers as people ask them — each mechanism of this round alone, then end to end on a small
collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

import pytest

from tests.conftest import engine_over

STORY_PORT = (
    "Port strike ends\n\n"
    "The company behind the ferry line said sailings would resume. "
    'Government spokesman Ann Lee said: "The strike is over and the ferries will sail on Monday."\n'
)


@pytest.fixture(scope="module")
def wave7_engine(tmp_path_factory):
    yield from engine_over(tmp_path_factory.mktemp("wave7"), {"port.txt": STORY_PORT})


def test_a_dropped_modifier_leaves_the_possessive_flag_on_its_own_word(wave7_engine) -> None:
    """"the company's x spokesman": the lone letter has no index form; "company" stays a possessive common noun,
    which counts only beside the role, so a government spokesman in a story naming a company is not theirs."""
    from index.answer.roles import flagged_modifier_forms, role_holders

    snap = wave7_engine.snapshot()
    flagged = flagged_modifier_forms(snap, ["x", "company"], [False, True])
    assert [flag for _forms, flag in flagged] == [True]
    assert role_holders(snap, "the company's spokesman", quoted=False) == []
    assert role_holders(snap, "the company's x spokesman", quoted=False) == []
    assert [p.name for p in role_holders(snap, "the government spokesman")] == ["Ann Lee"]
