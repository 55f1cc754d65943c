"""Review of wave 9 (reviewer review9): "the boss" beside both a chief executive and a chairman.

A story written here (real files, a real index): the top-office reading of "head"/"boss" (chairman, president)
is for a body whose text names no chief, executive or manager; beside a chief executive it names the wrong person.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

STORY = (
    "Acme profits fall\n\n"
    "Profits at Acme Foods fell by a third last year, the firm said on Monday.\n\n"
    "Acme chairman Tom Hale said: \"The board has full confidence in the plan and in the management.\"\n\n"
    "Chief executive Jim Lee said: \"We have cut prices, and the cuts have hurt our profits this year.\"\n"
)

boss_engine = engine_fixture({"acme.txt": STORY})


def test_the_boss_beside_a_chief_executive_is_the_chief_executive(boss_engine) -> None:
    assert first_answer(boss_engine, "what did the boss of acme foods say about profits").speaker == "Jim Lee"
    assert first_answer(boss_engine, "what did the acme boss say about prices").speaker == "Jim Lee"
