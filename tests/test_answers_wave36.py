"""Questions as people ask them, read from held35's mistakes (wave 36's validation set) (issue 9).

"what did sir bill moris say about labour and the tories on asylum" found nobody called so: a lower-case name whose
surname ends in "s" read as a plural ("analysts"), the style before it notwithstanding; and "X has already warned
that …" was no report of X's (the adverb broke the subject from its verb). Invented stories, checked end
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

engine = engine_fixture({"asylum.txt": ASYLUM, "pensions.txt": PENSIONS})


def test_a_misspelt_name_after_a_style_names_one_person_not_a_group(engine) -> None:
    answer = first_answer(engine, "what did sir tom haris say about asylum")
    assert answer.speaker == "Tom Harris"


def test_what_a_person_has_already_said_is_reported_under_no_name(engine) -> None:
    answer = first_answer(engine, "what did ann cole say about pensions")
    assert "hit low-paid workers hardest" in answer.text and answer.speaker is None


def test_a_lower_case_plural_after_a_style_is_still_a_group(engine) -> None:  # a guard
    from index.answer.roles import is_unnamed

    assert is_unnamed("sir officials") and not is_unnamed("sir tom haris")
