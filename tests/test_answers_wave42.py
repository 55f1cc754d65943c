"""Questions as people ask them, read from held41's mistakes (wave 42's validation set) and a helper's invented
stories (issue 9).

"why did iran's mps cut turkcell's stake" found no reason where the story says the move "was justified on national
security grounds"; "why did forbes name X businessman of the year" none where X "was awarded the title … for
returning" a firm to the top 100; "who replaced declan furrow" nobody where the sacking and the caretaker's
appointment stand in two paragraphs; "what did rupert aske say" of a man the story only reports gave "no quotations"
and nothing else. Invented stories, checked end to end on a real index; each fails on the code before the change
unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

PHONES = ("Kelby cuts Arvel stake\n\n"
          "Kelby's parliament has voted to cut Arvel Telecom's stake in the new mobile network to 30%.\n\n"
          "The move, which was justified on national security grounds, follows an earlier vote by MPs on the airport "
          "contract.\n")

AWARD = ("Dunmere boss honoured\n\n"
         "Ann Kerr has been named European businesswoman of the year.\n\n"
         "Ann Kerr was awarded the title by the magazine Trade Week for returning Dunmere Foods to profit after a "
         "decade of losses.\n")

CLUB = ("Brackwater sack Furrow\n\n"
        "Brackwater Town have sacked manager Declan Furrow following a 4-0 defeat.\n\n"
        "Assistant manager Paolo Venn has been appointed caretaker manager until the end of the season.\n\n"
        "Brackwater chairman Harold Quayle told reporters: \"Declan is a good man, but results were poor.\"\n")

BREWERY = ("Brewery sold\n\n"
           "The Harlow Vale Brewery in Kettleby has been bought by the drinks group Nordhavn.\n\n"
           "Local MP Rupert Aske said he would be seeking guarantees on jobs from the new owners.\n")

engine = engine_fixture({"phones.txt": PHONES, "award.txt": AWARD, "club.txt": CLUB, "brewery.txt": BREWERY})


def test_a_justification_on_grounds_is_the_reason(engine) -> None:
    assert "national security grounds" in first_answer(engine, "why did kelby's parliament cut arvel's stake").quote


def test_what_someone_was_awarded_for_is_the_reason(engine) -> None:
    assert "for returning Dunmere Foods" in first_answer(engine, "why was ann kerr named businesswoman of the year").quote


def test_who_replaced_someone_is_read_in_the_paragraphs_after_their_leaving(engine) -> None:
    assert "Paolo Venn" in first_answer(engine, "who replaced declan furrow").quote


def test_who_replaced_someone_who_never_left_finds_nobody(engine) -> None:  # a guard
    assert no_answer(engine, "who replaced harold quayle")


def test_what_a_person_never_quoted_said_is_what_the_sources_report_under_no_name(engine) -> None:
    answer = engine.ask("what did rupert aske say")
    assert answer.answers and "seeking guarantees on jobs" in answer.answers[0].quote
    assert answer.answers[0].speaker is None and "not their words" in (answer.message or "")


PAINTING = ("Stolen painting returned\n\n"
            "A painting stolen from the Carrow Museum of Art 30 years ago has been returned after it was found in a "
            "house clearance.\n\n"
            "It was discovered by auctioneer Philip Grange, who recognised it from a police appeal poster.\n\n"
            "Kenteris and Thanou were given provisional suspensions in December for missing drugs tests.\n\n"
            "Detectives say local man Tom Hale has taken the trophy from the club's cabinet.\n")

painting_engine = engine_fixture({"painting.txt": PAINTING})


def test_a_sentence_that_says_it_was_done_and_never_by_whom_answers_no_who(painting_engine) -> None:
    # (a helper's invented story: "who stole the painting" was answered with "A painting stolen from …")
    assert no_answer(painting_engine, "who stole the painting")


def test_a_passive_with_its_doer_still_answers_who(painting_engine) -> None:  # a guard
    assert "Philip Grange" in first_answer(painting_engine, "who discovered the painting").quote


def test_who_had_it_done_to_them_is_answered_by_the_passives_subject(painting_engine) -> None:  # a guard
    assert "Kenteris and Thanou" in first_answer(painting_engine, "who was given provisional suspensions").quote


# (a helper's invented stories, second round)
ECONOMY = ("Chancellor says economy is growing\n\n"
           "Chancellor Miriam Oakhurst said the economy had grown by 0.4% in the last quarter.\n\n"
           "Carmaker Veltro said demand for its models had fallen by 40% in three years.\n\n"
           "The Bank of Kelby said lending had risen by 2.5 per cent in May.\n")

DERBY = ("Kestrel City 3-1 Harbury Rovers\n\n"
         "Kwame Mensah scored twice as Kestrel City beat local rivals Harbury Rovers 3-1.\n\n"
         "Harbury's only goal came from defender Tomas Lindqvist, who headed in a corner in the 85th minute.\n\n"
         "Kestrel boss Graham Pellow said: \"The lads were magnificent.\"\n\n"
         "The win means the Falcons have now gone 11 games unbeaten.\n")

second_engine = engine_fixture({"economy.txt": ECONOMY, "derby.txt": DERBY})


def test_how_much_something_grew_keeps_its_percent_sign(second_engine) -> None:
    assert first_answer(second_engine, "how much did the economy grow").text == "0.4%"
    assert first_answer(second_engine, "how much did lending rise").text == "2.5 per cent"


def test_a_verb_of_a_roles_stem_holds_no_role(second_engine) -> None:
    # "who headed in a corner" made the defender "the falcons boss" (a synonym of boss is "head")
    answer = second_engine.ask("what did the falcons boss say")
    assert "Lindqvist" not in (answer.message or "") and all(a.speaker != "Tomas Lindqvist" for a in answer.answers)


def test_an_active_perfect_still_names_the_doer(painting_engine) -> None:  # a guard (review)
    assert "Tom Hale" in first_answer(painting_engine, "who has taken the trophy").quote
