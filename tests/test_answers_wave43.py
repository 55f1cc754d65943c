"""Questions as people ask them, read from held42's mistakes (wave 43's validation set) (issue 9).

"how much is all the housing in the uk worth" answered "£3.3" of "the £3.3 trillion mark" (a trillion was no unit);
"how much do british kids aged 10 to 17 get a year" answered "10 and" of "between the ages of 10 and 17 had an annual
income of £775" (getting was not asked as a sum). Invented stories, checked end to end on a real index; each fails on
the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

HOUSES = ("House values treble\n\n"
          "The value of Kelby's housing stock reached the £4.1 trillion mark in 2004, a report indicates.\n")

POCKET = ("Pocket money rises\n\n"
          "Children in Kelby between the ages of 10 and 17 had an annual income of £815, said analyst firm Dataline.\n")

engine = engine_fixture({"houses.txt": HOUSES, "pocket.txt": POCKET})


def test_a_trillion_is_part_of_the_sum(engine) -> None:
    assert first_answer(engine, "how much is all the housing in kelby worth").text == "£4.1 trillion"


def test_what_someone_gets_is_a_sum(engine) -> None:
    assert first_answer(engine, "how much do kelby kids aged 10 to 17 get a year").text == "£815"
