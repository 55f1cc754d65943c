"""Questions as people ask them, read from held35's mistakes (wave 36's validation set) (issue 9).

"what did sir bill moris say about labour and the tories on asylum" found nobody called so: a lower-case name whose
surname ends in "s" read as a plural ("analysts"), the style before it notwithstanding; "X has already warned
that …" was no report of X's (the adverb broke the subject from its verb); and "what is a technical recession" gave a
sentence using the words before the one defining them; "what did monfills say after beating gaudio" read the surname as a
plural ("monfils" ends in "s"); "gery conlan" (a slip in each word) found nobody; and "how many jobs is continental
airlines cutting" took Oracle's count once the text's short "Continental" was read as the company. Invented stories, checked end
to end on a real index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

ASYLUM = ("Asylum row grows\n\n"
          "The parties clashed over asylum on Monday.\n\n"
          "Former union leader Sir Tom Harris has already accused both the big parties of engaging in a \"bidding war "
          "about who can be toughest on asylum seekers\".\n\n"
          "\"My concern is that the debate will be played out in fear,\" Sir Tom added.\n")

PENSIONS = ("Pension row\n\n"
            "Unions warned over pensions on Monday.\n\n"
            "Union leader Ann Cole has already warned that the pension changes would hit low-paid workers hardest.\n")

FLOOD = ("Dorvale flood toll rises\n\n"
         "The death toll from the Dorvale flood rose to 14 on Sunday, police said.\n\n"
         "Mayor Ann Kirk, who stands for re-election next month, said the death toll from the flood was a "
         "tragedy.\n")

SLUMP = ("Kelbia on the brink\n\n"
         "Kelbia's economy teetered on the brink of a technical recession in the three months to September, figures "
         "show. A common technical definition of a recession is two successive quarters of negative growth.\n")

TENNIS = ("Prodigy Vallis beats Moreau\n\n"
          "Teenager Gael Vallis beat French Open champion Luc Moreau 6-4 7-6 in the first round in Doha.\n\n"
          "Vallis, who was given a wildcard, said: \"This is my first win over a top 10 player and I am "
          "delighted.\"\n")

APOLOGY = ("Families welcome apology\n\n"
           "The prime minister apologised to the families on Monday.\n\n"
           "Campaigner Perry Conlon said: \"He went beyond what we thought he would.\"\n")

JOBS = ("Orvex to cut jobs\n\n"
        "Software firm Orvex has announced it is cutting about 5,000 jobs after its merger.\n")

AIRLINE = ("Kelby warns on costs\n\n"
           "Shares in Kelby Airlines fell on Monday.\n\n"
           "\"We must cut our wage costs by $500m,\" Kelby said in its filing.\n")

engine = engine_fixture({"tennis.txt": TENNIS, "jobs.txt": JOBS, "apology.txt": APOLOGY, "airline.txt": AIRLINE, "asylum.txt": ASYLUM, "pensions.txt": PENSIONS, "slump.txt": SLUMP, "flood.txt": FLOOD})


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


def test_a_cue_that_does_not_stand_beside_the_asked_word_defines_nothing(engine) -> None:  # a guard (review)
    assert "rose to 14" in first_answer(engine, "what is the death toll in the dorvale flood").text


def test_a_long_what_is_question_is_answered(engine) -> None:  # a guard (review: its pattern once hung the engine)
    answer = engine.ask("what is the difference between the dorvale flood and the 1991 flood, in terms of damage and "
                        "lives lost across the whole of the region")
    assert answer.answers or answer.message


def test_a_surname_typed_alone_ending_in_s_is_the_person_not_a_group(engine) -> None:
    for typed in ("vallis", "valis"):
        answer = first_answer(engine, f"what did {typed} say after beating moreau")
        assert answer.speaker == "Gael Vallis" and "first win over a top 10 player" in answer.text


def test_a_plural_typed_alone_is_still_a_group(engine) -> None:  # a guard
    from index.answer.roles import is_unnamed

    assert is_unnamed("analysts") and is_unnamed("residents")


def test_a_name_typed_with_a_slip_in_each_word_is_still_that_person(engine) -> None:
    assert first_answer(engine, "what did pery conlan say about the apology").speaker == "Perry Conlon"


def test_a_count_for_a_named_company_comes_from_a_story_that_names_it(engine) -> None:
    no_answer(engine, "how many jobs is kelby airlines cutting")
