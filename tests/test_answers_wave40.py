"""Questions as people ask them, read from held39's mistakes (wave 40's validation set) (issue 9).

"why is the us trade deficit so big according to the bush administration" found nothing where the story says the
administration "argues that the US deficit reflects the fact the America is growing at faster rate"; "what did the
new wales coach say" answered that the sources name the club's manager as the Wales coach, because "club manager Sir
Alex Ferguson talked him into extending his Wales career" read the words after the name as the role's (the honorific
hid that the name came first). Invented stories, checked end to end on a real index; each fails on the code before
the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

DEFICIT = ("Trade gap widens\n\n"
           "The Kelbian trade deficit widened to a record $60bn in November.\n\n"
           "Opposition politicians blame unfair trade by its neighbours. Meanwhile, the government argues that the "
           "deficit reflects the fact that Kelbia is growing faster than its neighbours.\n")

STADIUM = ("Stadium opening delayed\n\n"
           "The opening of the new Dunmore stadium has been delayed again.\n\n"
           "The stadium was meant to open in time for the cup final in May.\n")

CAPTAIN = ("Okoro to lead Arvel\n\n"
           "Sam Okoro will captain Arvel for the first time on Saturday, in his 50th game for his country.\n\n"
           "The Dunmore winger revealed how club manager Sir Tom Bray talked him into extending his Arvel career. "
           "\"I spoke to Sir Tom about my future, but he urged me to carry on,\" Okoro said.\n")

engine = engine_fixture({"deficit.txt": DEFICIT, "captain.txt": CAPTAIN,
                         "stadium.txt": STADIUM})


def test_what_something_was_meant_to_do_is_no_reason_it_was_delayed(engine) -> None:  # a guard (review)
    assert no_answer(engine, "why has the opening of the dunmore stadium been delayed")


def test_what_a_state_of_affairs_reflects_is_its_reason(engine) -> None:
    assert "reflects the fact" in first_answer(engine, "why is the kelbian trade deficit so big according to the "
                                                       "government").text


def test_a_club_manager_is_not_the_national_coach_named_after_him(engine) -> None:
    answer = engine.ask("what did the arvel coach say")
    assert "Tom Bray" not in (answer.message or "")
