"""Review of wave 21's ans21 branch (unnamed speakers and namesakes): invented stories on which the branch's guards
took away answers main gave rightly. Every story here is invented; the index is real."""

from __future__ import annotations

from tests.conftest import engine_fixture

PARKING = """Parking plan row

Kelby Council has published its parking plan.

Council leader Ann Lee said: "Our plan puts shoppers first."

Lee said the parking proposal put forward by her rival Tom Lee would empty the town centre.

Tom Lee, who leads the opposition, was not available for comment.
"""

HOSPITAL = """Minister under pressure over hospital

Health minister Sara Quill faces questions over the hospital closure.

A spokesman for Ms Quill said: "The minister will make a statement to parliament on Monday."

Ms Quill said the closure was "the hardest decision of my career".
"""

POWER = """Power cuts hit villages

Hundreds of homes in the hills lost power overnight.

Grid Kelby said engineers were working to restore supplies. A spokesman for the company, Neil Orme, said: "We expect everyone to be back on by noon."

Villager Rose Dane said she had been without heat all night.
"""

engine = engine_fixture({"parking.txt": PARKING, "hospital.txt": HOSPITAL, "power.txt": POWER})


def _shown(answer) -> list[str]:
    return [f"{a.speaker}: {a.text}" for a in answer.answers]


def test_a_person_reported_by_her_surname_keeps_the_sentence_that_names_her_namesake(engine) -> None:
    # "Lee said …" reports Ann Lee (the Lee the story last named); Tom Lee is only talked about in it
    answer = engine.ask("What did Ann Lee say about the parking proposal?")
    assert any("empty the town centre" in a.text for a in answer.answers), answer.message


def test_a_namesake_reporting_is_still_not_the_asked_person() -> None:
    import re

    from index.answer.quote import surname_stands_alone

    text = "Lee said the proposal put forward by her rival Tom Lee would fail."
    assert surname_stands_alone(text, "Lee", list(re.finditer("Tom Lee", text)))
    text = "Opposition leader Tom Lee said the rise was a tax on shoppers."
    assert not surname_stands_alone(text, "Lee", list(re.finditer("Tom Lee", text)))
