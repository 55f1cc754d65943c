"""Checking a quote, read from judge38's mistakes (wave 40's validation set) (issue 11).

"Brett Godfrey, Virgin Blue CEO: “…”" credited the words to "Virgin Blue CEO" (an office written short read as the
end of a name, as "Simon Champion" is one) and so found them said by someone else; "lol did Ebbers really ask "…""
credited nobody ("ask" was no verb a claim credits words with), so another man's question came back verbatim; and
"so Toshack basically confirmed it: "…"" credited "basically"; and '"great year" — Louis Schweitzer' left unconfirmed
words the story gives him in 'Chairman Louis Schweitzer said 2004 had been a "great year"' (two words in marks are no
listed quotation, so no speaker is recorded for them: the sentence's named subject says whose they are). Each test fails on the code before the change unless
marked as a guard; the collection is a real index of invented stories.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture

AIRLINE = ("Kelbair warns on profits\n\n"
           "Budget airline Kelbair warned of a steep fall in profits on Tuesday.\n\n"
           "\"Sluggish demand reported previously for November continues,\" said chief executive Tom Varos.\n")

TRIAL = ("Lawyer grills former boss\n\n"
         "Former Kelbco boss Sam Okoro was questioned for a second day at his fraud trial.\n\n"
         "His lawyer Jo Brent asked a witness: \"If you believe something is in your interest, you are willing to "
         "lie to get it, isn't that right?\"\n\n"
         "Mr Okoro denies all the charges.\n")

CARMAKER = ("Kelbco hails record sales\n\n"
            "Kelbco sold more cars than ever last year, the firm said on Monday.\n\n"
            "Chairman Louis Varga said 2004 had been a \"great year\" for the firm. Analyst Jo Brent said rivals had "
            "called the figures \"a fluke\".\n")

HOUSING = ("Housing row\n\n"
           "Housing minister Tom Hale and his critics clashed on Tuesday over the new plan.\n\n"
           "A spokesman for Tom Hale said the plan was a \"bold step\". Tom Hale said critics had branded him a "
           "\"political dinosaur\".\n")

engine = engine_fixture({"airline.txt": AIRLINE, "trial.txt": TRIAL, "carmaker.txt": CARMAKER, "housing.txt": HOUSING})


def test_a_name_set_beside_a_short_office_is_the_claimed_speaker(engine) -> None:
    check = engine.check("Tom Varos, Kelbair CEO: “Sluggish demand reported previously for November continues”")
    assert check.checks[0].claimed_speaker == "Tom Varos" and check.checks[0].verdict is Verdict.verbatim


def test_a_question_claimed_for_another_is_someone_else_s(engine) -> None:
    check = engine.check("lol did Okoro really ask \"If you believe something is in your interest, you are willing "
                         "to lie to get it, isn't that right?\"").checks[0]
    assert check.claimed_speaker == "Okoro" and check.verdict is Verdict.someone_else


def test_an_adverb_before_the_verb_is_no_claimed_speaker(engine) -> None:
    check = engine.check("so Varos basically confirmed it: \"Sluggish demand reported previously for November "
                         "continues\"").checks[0]
    assert check.claimed_speaker == "Varos" and check.verdict is Verdict.verbatim


def test_a_surname_written_in_capitals_is_still_the_name(engine) -> None:  # a guard (review)
    check = engine.check("Tom VAROS, the Kelbair chief executive, said \"Sluggish demand reported previously for "
                         "November continues\"").checks[0]
    assert check.claimed_speaker == "Tom VAROS" and check.verdict is Verdict.verbatim


def test_initials_after_a_given_name_and_a_surname_leave_the_name(engine) -> None:  # a guard (review)
    check = engine.check("Tom Varos CEO, the airline's boss: \"Sluggish demand reported previously for November "
                         "continues\"").checks[0]
    # the name is kept (not the role after the comma), and the one who said it is never accused of not saying it
    assert check.claimed_speaker.startswith("Tom Varos") and check.verdict is not Verdict.someone_else


def test_words_in_marks_inside_a_named_subject_s_report_are_theirs(engine) -> None:
    check = engine.check("Louis Varga said 2004 had been a \"great year\"").checks[0]
    assert check.verdict is Verdict.verbatim


def test_words_in_marks_inside_another_named_subject_s_report_are_not_verbatim(engine) -> None:  # a guard
    check = engine.check("Jo Brent said 2004 had been a \"great year\"").checks[0]
    assert check.verdict is not Verdict.verbatim


def test_words_reported_by_someone_speaking_for_the_subject_are_not_verbatim(engine) -> None:  # a guard (review)
    check = engine.check("Tom Hale said the plan was a \"bold step\"").checks[0]
    assert check.verdict is not Verdict.verbatim


def test_words_critics_branded_someone_with_are_not_theirs(engine) -> None:  # a guard (review)
    check = engine.check("Tom Hale said he was a \"political dinosaur\"").checks[0]
    assert check.verdict is not Verdict.verbatim


def test_words_a_second_speech_verb_reports_are_not_the_subject_s(engine) -> None:  # a guard
    check = engine.check("Jo Brent called the figures \"a fluke\"").checks[0]
    assert check.verdict is not Verdict.verbatim
