"""Questions as people ask them, read from held37's mistakes (wave 38's validation set) (issue 9).

"how much did meet the fockers take on christmas day" answered with a percentage (the takings' fall) where the story
says "It took $19.1m … on Christmas Day" (a sum is what "how much did it take" asks, and a sentence opening on "It"
was read as someone else's); "how much was kenteris fined" answered with another story's fine of $16m (a story that
never names the one asked about); and "when is elton's tears in heaven charity single out" answered with the year of
"Eric Clapton's 1991 hit" (a year after a possessive dates that thing); "what did ken livingstone say about the
olimpic bid" answered with his words after he "was approached" by a reporter (the topic's head, "bid", by its
synonym, where the name "Olympic" is nowhere near his words); and "what did the bank of england governor say about the
manufacturing slowdown", a role nobody holds there, answered with an economist's words in a sentence that is a
quotation alone. Invented stories, checked end to end on a real
index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

FILM = ("Comedy tops holiday box office\n\n"
        "Family comedy Dunmore Nights has topped the North American box office over the holiday weekend.\n\n"
        "It took $19.1m (£9.9m) on Christmas Day alone, the highest takings on that day in box office history.\n\n"
        "Despite the success of Dunmore Nights, takings were down 26.5% on last year's figures.\n")

FINE = ("Chemicals firm fined\n\n"
        "Kelbco has been fined for polluting the river Arvel.\n\n"
        "On that occasion, it was ordered to pay a fine of $16m.\n")

SPRINTER = ("Sprinter cleared\n\n"
            "Greek sprinter Tom Varos has been cleared of missing a drugs test.\n\n"
            "He was fined $5,000 by the athletics federation last year.\n")

SINGLE = ("Singer records charity single\n\n"
          "Ann Rowe has teamed up with Jo Hale to record a version of Tom Bray's 1991 hit Rain Song to raise money "
          "for the relief fund. A release date has yet to be set for the recording.\n")

MAYOR = ("Mayor refuses to apologise\n\n"
         "Dunmore mayor Ann Dale has refused to apologise for her remarks to a reporter.\n\n"
         "The row blew up after Ms Dale was approached by a reporter at a party. Ms Dale told him he was \"a disgrace "
         "to his trade and to this city\".\n\n"
         "The dispute comes as an inspection team from the Olympic committee began a tour to assess Dunmore's bid "
         "for the Games.\n")

SURVEY = ("Factory growth slows\n\n"
          "Growth in Kelbia's factories slowed in January, a survey found.\n\n"
          "\"It appears that Kelbia is in a two-tier economy again,\" said Arvel Bank economist Jo Rowe. \"You have "
          "weakness in manufacturing, which I think would concern policymakers at the Kelbian central bank.\"\n")

engine = engine_fixture({"film.txt": FILM, "fine.txt": FINE, "sprinter.txt": SPRINTER, "single.txt": SINGLE,
                         "mayor.txt": MAYOR, "survey.txt": SURVEY})


def test_how_much_a_film_took_is_the_sum_it_took_not_a_percentage(engine) -> None:
    answer = first_answer(engine, "how much did dunmore nights take on christmas day")
    assert answer.text == "$19.1m" and "It took $19.1m" in answer.quote


def test_a_fine_in_a_story_that_never_names_the_one_asked_is_no_answer(engine) -> None:
    no_answer(engine, "how much was varos fined for the pollution")


def test_a_fine_in_the_story_of_the_one_asked_still_answers(engine) -> None:  # a guard
    answer = first_answer(engine, "how much was tom varos fined")
    assert answer.text == "$5,000"


def test_a_year_after_a_possessive_dates_that_thing_not_the_asked_one(engine) -> None:
    no_answer(engine, "when is ann rowe's rain song charity single out")


def test_a_year_after_a_possessive_that_dates_the_asked_thing_still_answers(engine) -> None:  # a guard
    answer = first_answer(engine, "when was tom bray's hit rain song released")
    assert answer.text == "1991"


def test_words_near_a_synonym_of_the_topics_head_but_far_from_its_name_are_not_about_it(engine) -> None:
    answer = no_answer(engine, "what did ann dale say about the olympic bid")
    assert "not about" in (answer.message or "")


def test_a_misspelt_name_of_the_topic_does_not_let_its_head_alone_answer(engine) -> None:
    answer = no_answer(engine, "what did ann dale say about the olimpic bid")
    assert "not about" in (answer.message or "")


def test_words_on_the_topic_named_in_full_still_answer(engine) -> None:  # a guard
    answer = first_answer(engine, "what did ann dale say to the reporter")
    assert "a disgrace" in answer.text


def test_a_quotation_alone_is_no_answer_for_a_role_nobody_holds(engine) -> None:
    no_answer(engine, "what did the kelbian central bank governor say about manufacturing")


def test_a_role_question_still_finds_the_named_holders_words(engine) -> None:  # a guard
    answer = first_answer(engine, "what did the arvel bank economist say about manufacturing")
    assert answer.speaker == "Jo Rowe"


REVIEW = ("Thriller tops chart\n\n"
          "Night Harbour took £4.2m in its first three days, according to figures from the distributor.\n\n"
          "The Government has paid £120m to keep the rail operator Westline running.\n\n"
          "Tom Grady's 2006 fraud conviction for stealing £3m from investors was upheld by three judges.\n\n"
          "The Kelby folk festival, held on the grounds of Brenner Hall every summer since 1985, has been "
          "cancelled. Organisers blamed a sharp fall in ticket sales.\n")

review_engine = engine_fixture({"review.txt": REVIEW})


def test_what_a_film_took_answers_how_much_it_took(review_engine) -> None:  # a guard (review)
    assert first_answer(review_engine, "how much did night harbour take").text == "£4.2m"


def test_a_payer_typed_with_a_capital_the_story_writes_so_still_answers(review_engine) -> None:  # a guard (review)
    assert first_answer(review_engine, "How much did the Government pay to keep Westline running?").text == "£120m"


def test_a_year_dating_the_asked_noun_after_its_modifier_still_answers(review_engine) -> None:  # a guard (review)
    assert first_answer(review_engine, "when was tom grady convicted").text == "2006"


def test_the_grounds_of_a_place_are_no_reason(review_engine) -> None:  # a guard (review)
    answer = review_engine.ask("why was the kelby folk festival cancelled")
    assert not any("grounds of Brenner Hall" in a.quote for a in answer.answers)


SPOKES = ("Visa rules defended\n\n"
          "Immigration minister Ann Pell defended the rules on Monday.\n\n"
          "A Home Office spokesman said the policy was fair. \"It will be kept under review as the numbers "
          "change,\" he said.\n")

spokes_engine = engine_fixture({"visa.txt": SPOKES})


def test_a_body_asked_answers_with_its_unnamed_spokesmans_words_under_no_name(spokes_engine) -> None:
    first = first_answer(spokes_engine, "what did the home office say about the numbers")
    assert "kept under review" in first.quote
    assert first.speaker is None and first.speaker_description == "A Home Office spokesman"


def test_a_spokesmans_words_are_never_the_ministers(spokes_engine) -> None:  # a guard
    answer = spokes_engine.ask("what did ann pell say about the numbers")
    assert all(a.speaker != "Ann Pell" for a in answer.answers), [a.speaker for a in answer.answers]
