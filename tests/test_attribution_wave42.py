"""Who said it, read from holdout42 (wave 42's validation set).

'"It has been a fantastic few weeks," said 20-year-old politics student Nick Vaughan' went to the speaker of the
paragraph before (the age opening the title phrase was read by no rule, and the run carried the last name on);
"Asked about Sir Ian's comments, the prime minister's official spokesman said: '…'" went to Sir Ian (three
lower-case words between "the" and "spokesman" hid the spokesman nearer than him); "introduced by his son Nick, …
'…,' he said" went to the one other Nick of the story, a student quoted later; "Another advised, '…'" was read as a
person called Another; "the old maxim: 'No pain, no gain.'" went on the run of the last speaker; and (a helper's
invented story) "said one resident of Elm Close" named the street. Invented stories, run through the whole
extractor; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation
from tests.conftest import speakers_in

OPENING = "Tories rally\n\nConservative leader Tom Varos spoke in Brill on Friday.\n\n"


def test_an_age_before_a_title_phrase_opens_the_speakers_description() -> None:
    story = OPENING + ("\"We will win this,\" said party chairman Ian Dale.\n\n\"It has been a fantastic few "
                       "weeks,\" said 20-year-old politics student Ben Ames. \"Our policies are getting heard.\"\n")
    assert quotation(story, "It has been a fantastic").speaker == "Ben Ames"
    assert quotation(story, "Our policies are getting").speaker == "Ben Ames"
    aged = OPENING + "\"It was great,\" said 45-year-old Sam Kerr.\n"
    assert quotation(aged, "It was great").speaker == "Sam Kerr"


def test_a_possessed_spokesman_after_three_words_is_nearer_than_the_person_named_before() -> None:
    story = OPENING + ("Sir Ian Dale said the threat was serious. He would not say more.\n\nAsked about Sir Ian's "
                       "comments, the prime minister's official spokesman said: \"We believe the threat is real.\"\n")
    assert quotation(story, "We believe the threat").speaker is None


def test_a_kins_lone_given_name_is_not_the_other_person_of_that_given_name() -> None:
    story = ("Tories rally\n\nConservative leader Tom Varos spoke in Brill on Friday. \"We will win,\" he said.\n\n"
             "The speech, which was full of references to Mr Varos's humble beginnings, had been introduced by his son "
             "Ben, a trainee vicar, who praised his father's honesty. \"I always know where I am with him because he "
             "has meant what he has said to me,\" he said. Mr Varos was also joined on stage by his wife Sandra.\n\n"
             "The audience was muted. \"It has been a fantastic few weeks,\" said politics student Ben Ames.\n")
    assert quotation(story, "I always know where").speaker is None
    assert quotation(story, "It has been a fantastic").speaker == "Ben Ames"


def test_a_kins_given_name_still_stands_for_the_family_name_written_before_it() -> None:  # a guard
    story = ("Varos family\n\nTom Varos spoke in Brill. The speech had been introduced by his son Ben, a trainee "
             "vicar. \"I always know where I am with him,\" he said.\n\nBen Varos is 30.\n")
    assert quotation(story, "I always know where").speaker == "Ben Varos"


def test_another_and_neither_are_no_ones_names() -> None:
    story = ("Signs\n\nMotorists in Kelby were treated to odd road signs.\n\nOne sign read, \"Buckle up.\" Another "
             "said: \"Slow down, you must.\" Neither said: \"Stop.\"\n")
    assert not {"Another", "Neither"} & set(speakers_in(story))
    story = OPENING + "One fan was angry. Another told reporters: \"It was a bad day for us.\"\n"
    assert "Another" not in speakers_in(story)


def test_a_saying_named_before_the_colon_is_nobodys_run() -> None:
    story = OPENING + ("\"We will win this,\" said Varos. His hope must be that voters will bear out the old "
                       "maxim: \"No pain, no gain.\"\n")
    assert quotation(story, "We will win this").speaker == "Tom Varos"
    assert quotation(story, "No pain, no gain").speaker is None


def test_someone_of_a_place_is_not_the_place() -> None:  # (a helper's invented story)
    story = OPENING + ("\"It smells like a rubbish tip on our street,\" said one resident of Elm Close. \"The foxes "
                       "have been at the bags every night.\"\n")
    assert set(speakers_in(story)) == {None}


# (a helper's invented stories: shapes the first rules of this wave still gave the wrong person)
@pytest.mark.parametrize(("story", "opening", "speaker"), [
    ("Albert Finch recalls how his sergeant, Harry Doyle, turned to him on the landing craft and told him: \"Keep "
     "your head down and follow me, lad.\"", "Keep your head down", "Harry Doyle"),
    ("Mr Bradley told us he had every confidence in her. He said his own father had once told him: \"A farm is only "
     "as good as the person who gets up earliest.\"", "A farm is only", None),
    ("Ringer Frederick Lamb, 86, was taught by the church's former vicar, the Rev Arthur Gosling.\n\nMr Lamb said the "
     "late Rev Gosling had a saying: \"Ring it like you mean it, or don't ring it at all.\"", "Ring it like",
     "Arthur Gosling"),
])
def test_words_someone_recalls_another_telling_are_the_tellers(story: str, opening: str, speaker: str | None) -> None:
    assert quotation("Memories\n\n" + story + "\n", opening).speaker == speaker


def test_a_description_after_someones_relation_is_not_that_relation() -> None:
    story = ("Vale comes home\n\nThe singer Rosa Vale has returned to her home town for a charity concert. Her "
             "childhood friend, Tanya Mould, helped organise the gig.\n\n\"Rosie was always singing, even in maths "
             "lessons,\" Ms Mould laughed.\n\nThe star said: \"Coming home always makes me emotional.\"\n")
    assert quotation(story, "Rosie was always").speaker == "Tanya Mould"
    assert quotation(story, "Coming home always").speaker is None


@pytest.mark.parametrize(("couple", "cue", "wrong"), [
    ("Retired couple Bob and Jill Harper have been living in a caravan since March.", "Mr Harper said", "Jill Harper"),
    ("The vet contacted owners Sue and Dave Pickering.", "Mrs Pickering said", "Dave Pickering"),
])
def test_an_honorific_of_the_other_sex_is_never_the_partner_named_in_full(couple: str, cue: str, wrong: str) -> None:
    story = f"Couple\n\n{couple}\n\n\"We had given up all hope of help,\" {cue}.\n"
    assert wrong and quotation(story, "We had given up").speaker is None


def test_an_honorific_agreeing_with_a_listed_given_name_of_the_other_sex_is_kept() -> None:  # a guard
    # ("Mr Mittal" is Lakshmi Mittal, whose given name the lists call a woman's: no couple, no kin in the text)
    story = ("Steel jobs\n\nLakshmi Mittal has told investors the company will shed jobs.\n\n\"We are investing in "
             "modernisation,\" Mr Mittal told the conference.\n")
    assert quotation(story, "We are investing").speaker == "Lakshmi Mittal"


def test_the_relation_of_a_described_person_is_not_that_person() -> None:
    story = ("Call-up\n\nThe father of rugby player Owen Pryce has said he is \"over the moon and very proud\" after "
             "his son was called up for Wales.\n")
    assert quotation(story, "over the moon").speaker is None


def test_according_to_someones_friend_is_the_friend() -> None:
    story = ("Road safety\n\nAngela Firth's son Connor, 17, was hit on the road near Oldbury in 2021.\n\nAccording to "
             "Ms Firth's friend and fellow campaigner, Janice Hale, the decision \"is the least Connor deserves\".\n")
    assert quotation(story, "is the least").speaker == "Janice Hale"


# (a helper's second round of invented stories)
def test_someones_lawyer_or_family_is_not_them() -> None:
    story = ("Expenses row\n\nCouncil leader Gary Pell has been criticised over his expenses claims.\n\n\"It was all "
             "proper,\" Mr Pell said. His lawyer said: \"Every claim was approved in advance.\"\n")
    assert quotation(story, "It was all proper").speaker == "Gary Pell"
    assert quotation(story, "Every claim was approved").speaker is None
    mum = ("Expenses row\n\nCouncil leader Gary Pell has been criticised over his expenses claims.\n\n\"It was all "
           "proper,\" Mr Pell said. His mum said: \"He has always been honest with money.\"\n")
    assert quotation(mum, "He has always been honest").speaker is None


def test_a_role_of_a_body_the_last_person_named_does_not_hold_is_not_theirs() -> None:
    story = ("Budget row\n\nPennington council leader Gary Pell has been criticised over a £5m overspend.\n\nEchoing "
             "Mr Pell, the council's chief executive said: \"The budget was always unrealistic.\"\n")
    assert quotation(story, "The budget was always").speaker is None


def test_the_defendant_is_not_the_prosecutor_who_spoke_before() -> None:
    story = ("Care worker guilty\n\nCare worker Lisa Marsh, 39, has been found guilty of theft.\n\nProsecutor "
             "Daniel Hirst said: \"She preyed on the most vulnerable people.\"\n\nThe defendant told the jury: \"I "
             "was going to pay it all back.\"\n")
    assert quotation(story, "I was going to pay").speaker is None
    tail = ("Care worker guilty\n\nCare worker Lisa Marsh, 39, has been found guilty of theft.\n\n\"She preyed on the "
            "most vulnerable people,\" Prosecutor Daniel Hirst said.\n\n\"I was going to pay it all back,\" the "
            "defendant said.\n")
    assert quotation(tail, "I was going to pay").speaker is None


def test_the_one_recalling_keeps_words_after_the_recalled_ones_passive() -> None:  # a guard (review)
    story = ("War\n\nAlbert Finch, 98, fought in Normandy.\n\nMr Finch recalled how his sergeant, Harry Doyle, was "
             "shot beside him on the beach and told them: \"War is never glorious, whatever the films say.\"\n")
    assert quotation(story, "War is never glorious").speaker == "Albert Finch"


def test_a_role_of_a_body_the_text_gives_the_person_is_still_theirs() -> None:  # a guard (review)
    story = ("Budget\n\nPennington council chief executive Jo Hale presented the budget on Monday. \"It was hard "
             "work,\" she said.\n\nThe council's chief executive added: \"The budget is balanced for the first time in "
             "years.\"\n")
    assert quotation(story, "The budget is balanced").speaker == "Jo Hale"


def test_someones_own_account_is_theirs() -> None:  # a guard (review)
    story = "Plan\n\nAccording to Tom Hale's own account, he was \"never told about the plan at all\".\n"
    assert quotation(story, "never told about").speaker == "Tom Hale"


def test_a_kins_given_name_keeps_the_full_name_written_long_before() -> None:  # a guard (review)
    story = ("Varos ready\n\nBen Varos, 30, has been named in the Kelby squad for the first time this season after a "
             "long run of good form in the reserves, where he scored eleven tries in nine games and was named the "
             "league's player of the month twice in a row, and his coaches say he has never trained better.\n\nHis "
             "father Tom said his son Ben was ready. \"I have waited a long time for this chance,\" Ben said.\n")
    assert quotation(story, "I have waited").speaker == "Ben Varos"
