"""Questions as people ask them, read from held35's mistakes (wave 36's validation set) (issue 9).

"what did sir bill moris say about labour and the tories on asylum" found nobody called so: a lower-case name whose
surname ends in "s" read as a plural ("analysts"), the style before it notwithstanding; "X has already warned
that …" was no report of X's (the adverb broke the subject from its verb); and "what is a technical recession" gave a
sentence using the words before the one defining them. Invented stories, checked end
to end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

ASYLUM = ("Asylum row grows\n\n"
          "The parties clashed over asylum on Monday.\n\n"
          "Former union leader Sir Tom Harris has already accused both the big parties of engaging in a \"bidding war "
          "about who can be toughest on asylum seekers\".\n\n"
          "\"My concern is that the debate will be played out in fear,\" Sir Tom added.\n")

PENSIONS = ("Pension row\n\n"
            "Unions warned over pensions on Monday.\n\n"
            "Union leader Ann Cole has already warned that the pension changes would hit low-paid workers hardest.\n")

SLUMP = ("Kelbia on the brink\n\n"
         "Kelbia's economy teetered on the brink of a technical recession in the three months to September, figures "
         "show. A common technical definition of a recession is two successive quarters of negative growth.\n")

engine = engine_fixture({"asylum.txt": ASYLUM, "pensions.txt": PENSIONS, "slump.txt": SLUMP})


def test_a_misspelt_name_after_a_style_names_one_person_not_a_group(engine) -> None:
    answer = first_answer(engine, "what did sir tom haris say about asylum")
    assert answer.speaker == "Tom Harris"


def test_what_a_person_has_already_said_is_reported_under_no_name(engine) -> None:
    answer = first_answer(engine, "what did ann cole say about pensions")
    assert "hit low-paid workers hardest" in answer.text and answer.speaker is None


def test_a_lower_case_plural_after_a_style_is_still_a_group(engine) -> None:  # a guard
    from index.answer.roles import is_unnamed

    assert is_unnamed("sir officials") and not is_unnamed("sir tom haris")


def test_what_a_thing_is_is_answered_by_the_sentence_that_defines_it(engine) -> None:
    assert "two successive quarters" in first_answer(engine, "what is a technical recession").text


def test_a_question_that_asks_no_definition_is_ranked_as_before(engine) -> None:  # a guard
    assert "teetered on the brink" in first_answer(engine, "how close is kelbia to a technical recession").text
