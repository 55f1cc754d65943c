"""Questions as people ask them, read from held36's mistakes (wave 37's validation set) (issue 9).

"why is unemployment rising when record numbers of people are in work" found no reason in "The apparent discrepancy
between rising unemployment and record numbers in work can be explained by an increase in the working population";
"when was margaret hassan kidnapped" found no date in "Mrs Hassan … was abducted in Baghdad on 19 October"; and
"what did the snp holyrood leader say about mcletchie" read no role (the text writes "Scottish National Party");
"how many people went to the elvis convention in blackpool" was counted by "millions of European citizens" in a story
that says none of it but "went"; and "what did jonathan schwartz say in the sun webcast" found no words of his ('said Sun's chief operating officer
Jonathan Schwartz. "…?" he asked in a webcast' gave them to nobody). Invented stories, checked end to end on a real
index; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

JOBS = ("Jobless total rises\n\n"
        "Kelbia's unemployment rose in the three months to January, even as a record number of people were in work.\n\n"
        "The apparent discrepancy between rising unemployment and record numbers in work can be explained by an "
        "increase in the working population and a fall in those who are economically inactive.\n")

HOSTAGE = ("Plea for hostage release\n\n"
           "Aid worker Ann Dorr, kidnapped in Kelbia, appeared in a new video.\n\n"
           "Mrs Dorr, 59, who led the charity's operations in Kelbia, was abducted in Dunmore on 19 October.\n")

GRID = ("Velo rents its grid\n\n"
        "Velo has begun renting computing power by the hour.\n\n"
        "The system could grow as power networks have, said Velo's chief operating officer Tom Marsh. "
        "\"Why build your own grid when you can rent ours for a dollar an hour?\" he asked in a webcast launching "
        "the service.\n")

HOLYROOD = ("Tory leader quits legal post\n\n"
            "Tom Kerr has resigned from his post as a partner in a legal firm.\n\n"
            "Scottish National Party Holyrood leader Ann Rowe accused Mr Kerr of failing his constituents. Ms Rowe said: "
            "\"I think this whole episode has been very damaging for Mr Kerr.\"\n")

CONVENTION = ("Elvis fans gather\n\n"
              "A three-day Elvis convention took place in Dunmore over the weekend.\n\n"
              "Fans of the singer travelled from across Europe.\n")

PATENTS = ("Be careful how you code\n\n"
           "The new law went through despite protests and will leave millions of European citizens in legal limbo.\n")

MERGER = ("Nigerian banks to merge\n\n"
          "Nigerian banks Kelby Bank of Africa and Arvel Trust Bank have agreed plans to merge.\n\n"
          "The merger is also in line with a 2004 directive from the Nigerian central bank that called for more "
          "consolidation in the nation's crowded banking sector. \"The boards of Kelby Bank and Arvel Trust, at separate "
          "meetings yesterday, approved arrangements to merge both institutions,\" Arvel Trust said.\n")

BURGLARY = ("Crime figures puzzle police\n\n"
            "Recorded burglaries in Wexbridge rose by 12% last year, according to figures published on Tuesday.\n\n"
            "The rise cannot be explained by changes in the way crimes are recorded, the chief constable said.\n")

engine = engine_fixture({"merger.txt": MERGER, "burglary.txt": BURGLARY, "jobs.txt": JOBS, "hostage.txt": HOSTAGE, "grid.txt": GRID, "holyrood.txt": HOLYROOD,
                         "convention.txt": CONVENTION, "patents.txt": PATENTS})


def test_what_explains_a_fact_is_its_reason(engine) -> None:
    answer = first_answer(engine, "why is unemployment rising when record numbers of people are in work")
    assert "can be explained by an increase" in answer.text


def test_a_kidnapping_asked_is_found_where_the_text_says_abducted(engine) -> None:
    assert first_answer(engine, "when was ann dorr kidnapped").text == "19 October"


def test_an_abduction_asked_is_found_where_the_text_says_kidnapped(engine) -> None:  # a guard: the group is symmetric
    assert "kidnapped in Kelbia" in first_answer(engine, "who was abducted in kelbia").text


def test_words_asked_by_the_name_after_a_possessive_title_are_that_persons(engine) -> None:
    answer = first_answer(engine, "what did tom marsh say in the webcast")
    assert answer.speaker == "Tom Marsh" and "Why build your own grid" in answer.text


def test_a_reason_nothing_gives_is_still_no_answer(engine) -> None:  # a guard
    no_answer(engine, "why did ann dorr go to kelbia")


def test_a_party_asked_by_its_initials_is_the_party_the_text_names_in_full(engine) -> None:
    answer = first_answer(engine, "what did the snp holyrood leader say about kerr")
    assert answer.speaker == "Ann Rowe" and "very damaging" in answer.text


def test_a_count_from_a_story_that_says_little_of_the_question_is_no_answer(engine) -> None:
    no_answer(engine, "how many people went to the elvis convention in dunmore")


def test_a_count_from_the_story_the_question_is_about_still_answers(engine) -> None:  # a guard
    assert "millions of European citizens" in first_answer(engine, "how many people will the new law leave in legal limbo").text


def test_a_cause_the_text_denies_is_no_reason(engine) -> None:  # a guard (review)
    no_answer(engine, "why did burglaries rise in wexbridge")


def test_a_merger_asked_is_found_where_the_text_says_merge(engine) -> None:
    answer = first_answer(engine, "what did arvel trust's statement say about the merger")
    assert answer.speaker == "Arvel Trust Bank" and "approved arrangements to merge" in answer.text


def test_a_year_that_dates_another_thing_is_no_date_of_the_asked_event(engine) -> None:
    no_answer(engine, "when will the nigerian bank merger be completed")


def test_a_year_that_dates_the_asked_thing_still_answers(engine) -> None:  # a guard
    assert first_answer(engine, "when was the central bank directive issued").text == "2004"
