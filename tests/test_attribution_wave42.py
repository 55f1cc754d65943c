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
