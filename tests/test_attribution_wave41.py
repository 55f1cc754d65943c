"""Who said it, read from holdout41 (wave 41's validation set).

"Fowler's double strike helped City come back … at Carrow Road and Keegan sympathised with Norwich boss Nigel
Worthington afterwards. '…,' he said" gave the manager's words to the striker: the sentence opens on what the striker
owns (a thing that acts), and "and Keegan", after the place, was read as one more object of "at". "Man-of-the-match
Stephen Jones, who kicked three penalties, was ecstatic … '…,' he said" named nobody (the hyphened compound was read
as his first name), and a run of quotations went on across the one sentence between that names someone else as its
subject ("Double try scorer Martyn Williams was keen not to talk about a Grand Slam. '…'"). Invented stories, run
through the whole extractor; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

OPENING = "Kelby hold on\n\nKelby manager Tom Varos has praised striker Ben Ames after a draw at Brill Park.\n\n"


def test_the_owner_of_a_sentences_subject_yields_to_the_person_acting_in_its_own_clause() -> None:
    story = OPENING + ("Ames's late header rescued a point for Kelby at Brill Park and Varos consoled the home "
                       "manager Ian Dale afterwards. \"I feel for Ian, they deserved to win,\" he said.\n")
    assert quotation(story, "I feel for Ian").speaker == "Tom Varos"


def test_the_owner_of_a_sentences_subject_still_speaks_when_nobody_else_acts() -> None:  # a guard
    story = OPENING + ("Ames's late header rescued a point for Kelby at Brill Park. \"I just kept running and the "
                       "ball fell for me,\" he said.\n")
    assert quotation(story, "I just kept running").speaker == "Ben Ames"


def test_a_name_after_and_that_is_one_more_object_is_not_the_subject() -> None:  # a guard
    story = OPENING + ("Ames's late header rescued a point against Ian Dale's side and Sam Kerr's team at the "
                       "weekend. \"I just kept running and the ball fell for me,\" he said.\n")
    assert quotation(story, "I just kept running").speaker == "Ben Ames"


def test_a_hyphened_phrase_before_a_name_describes_them() -> None:
    story = OPENING + ("Man-of-the-match Ben Ames, who scored twice, was delighted after the final whistle.\n\n"
                       "\"It is just a special moment for all of us,\" he said.\n")
    assert quotation(story, "It is just a special moment").speaker == "Ben Ames"


def test_one_sentence_naming_someone_else_as_its_subject_hands_the_run_to_them() -> None:
    story = OPENING + ("\"We worked hard as a squad and we deserved the point,\" said Varos. \"We go again on "
                       "Saturday.\" Club captain Sam Kerr was keen not to talk about the title race. \"We have got "
                       "more belief these days. Two years ago we might have collapsed.\"\n")
    assert quotation(story, "We go again on").speaker == "Tom Varos"
    assert quotation(story, "We have got more belief").speaker == "Sam Kerr"


def test_one_sentence_about_the_speaker_himself_keeps_the_run() -> None:  # a guard
    story = OPENING + ("\"We worked hard as a squad and we deserved the point,\" said Varos. Tom Varos was keen not "
                       "to talk about the title race. \"We have got more belief these days.\"\n")
    assert quotation(story, "We have got more belief").speaker == "Tom Varos"


def test_a_given_name_left_in_lower_case_after_a_role_is_read_as_one() -> None:
    story = ("Kelby hold on\n\nKelby drew at Brill Park on Saturday.\n\nKelby coach tom Varos said he was delighted to "
             "get the point. \"Brill are a tougher proposition this year than people think,\" said Varos.\n")
    assert quotation(story, "Brill are a tougher").speaker == "Tom Varos"


def test_a_lower_case_word_that_is_no_given_name_is_not_read_as_one() -> None:  # a guard
    story = ("Kelby hold on\n\nThe coach told Varos to rest. \"Brill are a tougher proposition this year than people "
             "think,\" said Varos.\n")
    assert quotation(story, "Brill are a tougher").speaker == "Varos"


def test_a_verb_after_a_role_is_no_given_name_though_a_list_has_it() -> None:  # a guard: "Said" is a given name too
    story = ("Kennet speaks\n\nParty leader Ann Kennet gave her New Year message.\n\nIn it the leader said Labour and "
             "the Tories were relying on fear, and she said so again later. \"A clear division is emerging,\" she "
             "said.\n")
    assert quotation(story, "A clear division").speaker == "Ann Kennet"
