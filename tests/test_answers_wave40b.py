"""Questions as people ask them, read from held39's mistakes (wave 40's validation set), second round (issue 9).

"what did lord sainsbury tell reporters about the tories" (the sources quote him on nothing of the kind) fell back to
a search and showed Labour's statement about him, because "lord sainsbury" matched no one: the registry knew him as
"David Sainsbury", whom the story also styles "Science minister Lord Sainsbury"; "when is jade johnson competing next"
answered "next month" from "Jade Johnson is undecided about whether to contest next month's European Indoor
Championships" (a date she may or may not keep). Invented stories, checked end to end
on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture

DONOR = ("Minister gives party £2m\n\n"
         "Science minister Lord Kelby has given the Labour Party £2m for its election campaign.\n\n"
         "Lord Kelby added: \"I am pleased to be able to make this contribution to the party because I believe in "
         "its work.\"\n\n"
         "David Kelby, who made his fortune in retail, has given the party money before.\n")

NAMESAKE = ("Farmers worried\n\n"
            "Tom Varos, a farmer from Dunmore, said he was worried about prices. \"We cannot go on like this,\" said "
            "Mr Varos.\n")

MAYOR = ("Bridge opened\n\n"
         "The Lord Mayor of Arvel, Ken Bramall, opened the new bridge on Monday.\n\n"
         "\"This bridge will bring the two halves of the city together,\" Mr Bramall said.\n")

UNDECIDED = ("Hale unsure about Arvel\n\n"
             "Ann Hale is undecided about whether to contest next month's indoor championships in Arvel.\n")

EVENT = ("Brent in doubt\n\n"
         "Jo Brent won the national title on Saturday. But she is still undecided about competing in the Kelby Indoor "
         "Games in Dunmore from 4-6 March.\n")

DECIDED = ("Okoro to run in Dunmore\n\n"
           "Sam Okoro will contest next month's indoor championships in Dunmore.\n")

engine = engine_fixture({"donor.txt": DONOR, "namesake.txt": NAMESAKE, "mayor.txt": MAYOR, "undecided.txt": UNDECIDED,
                         "decided.txt": DECIDED,
                         "event.txt": EVENT})


def test_a_peer_asked_by_style_and_surname_is_the_person_the_story_styles_so(engine) -> None:
    answer = engine.ask("what did lord kelby say")
    assert answer.answers and answer.answers[0].speaker == "David Kelby"


def test_a_style_the_person_never_has_finds_no_namesake(engine) -> None:  # a guard
    answer = engine.ask("what did lord varos say")
    assert all(a.speaker != "Tom Varos" for a in answer.answers)


def test_an_office_that_opens_with_the_style_is_no_peer_s_style(engine) -> None:  # a guard (review)
    answer = engine.ask("what did lord bramall say")
    assert all(a.speaker != "Ken Bramall" for a in answer.answers)


def test_a_date_someone_is_undecided_about_is_no_answer_to_when(engine) -> None:
    answer = engine.ask("when is ann hale competing next")
    assert all("next month" not in a.text for a in answer.answers)


def test_a_date_someone_has_settled_on_still_answers(engine) -> None:  # a guard
    answer = engine.ask("when will sam okoro contest the indoor championships")
    assert answer.answers and "next month" in answer.answers[0].text


def test_an_event_someone_else_is_undecided_about_keeps_its_date(engine) -> None:  # a guard (figures)
    answer = engine.ask("when are the kelby indoor games in dunmore")
    assert answer.answers and "4-6 March" in answer.answers[0].text
