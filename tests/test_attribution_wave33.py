"""Who said it, read from holdout33's wrong names (wave 33's validation set) and the stories written to test them.

'The UK Independence Party said:' was the "Independence Party" (an acronym before a body's own name was read as a
title, as it is before a person's: "NATO Ivan Sokolov"); 'in an interview with the Financial Times, Mr Blair refused
…, saying' gave the words to the paper; and 'The seventh seed, who … is lined up to meet Roddick …, is looking forward
to the match. "…," he said' gave them to the rival the described player is to meet. Invented stories, run through
the whole extractor; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation


def test_an_acronym_opening_a_bodys_own_name_is_part_of_the_name() -> None:
    story = ("Pension plans attacked\n\n"
             "The UK Pensioners Party said: \"These plans will leave millions worse off.\"\n\n"
             "\"We are not convinced,\" said the BBC World Service Trust.\n")
    assert quotation(story, "These plans will").speaker == "UK Pensioners Party"
    assert quotation(story, "We are not convinced").speaker == "BBC World Service Trust"


def test_the_paper_an_interview_was_given_to_is_not_the_participles_subject() -> None:
    story = ("Vote date unclear\n\n"
             "Tom Hale has promised a vote on the plan. But in an interview with the Kelby Herald, Mr Hale refused to be "
             "pinned down to a date, saying it would come \"some time next year but I can't say when\".\n")
    assert quotation(story, "some time next year").speaker == "Tom Hale"


SEED = ("Dunn faces tough opener\n\n"
        "Jack Dunn has been drawn against Leo Ross in the first round of the Kelby Open.\n\n"
        "Dunn came from two sets down to beat Ross in the final of the Dalton Cup last year, so he knows the test he "
        "faces. The third seed, who has never gone beyond the quarter-finals here and is lined up to meet Paul Varga "
        "in the last eight, is looking forward to the match. \"He's a tough player on any surface,\" he said.\n")


def test_a_described_subject_is_never_a_name_inside_its_sentence() -> None:
    # nobody: the person the sentence before opens on is no safe guess either (the review's pensioner, below)
    assert quotation(SEED, "He's a tough player").speaker is None


def test_a_described_subject_is_not_the_person_the_sentence_before_opens_on() -> None:  # a guard (review)
    story = ("Missing walker found\n\n"
             "Police in Kelby have called off the search for a missing walker, Tom Hale.\n\n"
             "Chris Todd led the mountain rescue team on the hill for two days. The pensioner, who Hale's family said "
             "was a keen climber, turned up at a farm near the summit on Tuesday evening. \"I just got lost in the "
             "fog,\" he said.\n")
    assert quotation(story, "I just got lost").speaker != "Chris Todd"


def test_a_described_subject_in_a_sentence_naming_nobody_else_is_passed_over() -> None:  # a guard
    story = ("Host to keep it clean\n\n"
             "Awards host Dan Rourke said he would steer clear of bad language on the night.\n\n"
             "The comedian, who recently got into trouble for mocking the ceremony, is known for his language. The show "
             "will be broadcast with a delay. \"I've been funny without cursing,\" he said.\n")
    assert quotation(story, "I've been funny").speaker == "Dan Rourke"


def test_words_added_after_an_official_who_is_not_named_are_not_the_player_named_before() -> None:
    story = ("Dunn to hold talks with Dalton\n\n"
             "Former Kelby striker Jack Dunn is to begin talks with Dalton as he looks for a new club.\n\n"
             "\"Dunn will be in our main stand to watch the match,\" said a Dalton official, who declined to be named. "
             "\"Then he will meet some important people of the club,\" he added.\n")
    assert quotation(story, "Then he will meet").speaker is None


def test_a_question_or_motto_the_text_quotes_is_not_the_last_speakers() -> None:
    story = ("Vote question published\n\n"
             "Tom Hale attacked the plan. \"Who are they trying to kid?\" he asked. The proposed question for the vote "
             "is: \"Should Kelby leave the league?\" The commission said it was satisfied.\n")
    assert quotation(story, "Should Kelby leave").speaker is None
    assert quotation(story, "Who are they").speaker == "Tom Hale"  # (a guard)


def test_a_fronted_reporting_verb_gives_the_words_to_the_subject_after_it() -> None:
    story = ("New game on sale\n\n"
             "The game was made by a small studio run by Simon Tyle. Said Mr Tyle: \"This is a new game and the chance is "
             "there for a new player.\"\n")
    assert quotation(story, "This is a new game").speaker == "Simon Tyle"


def test_a_report_named_by_one_word_of_its_body_is_that_bodys() -> None:
    story = ("Search users trust results\n\n"
             "The report by the US Kelby Research Center says most users find what they want. According to Kelby "
             "Research, 44% of users use one search engine. Said the Kelby report: \"This finding is ironic, since "
             "many users would stop.\"\n")
    assert quotation(story, "This finding is ironic").speaker == "Kelby Research Center"  # (the US is where it is)


def test_a_clause_reported_after_said_is_no_unnamed_speaker() -> None:  # a guard (review)
    story = ("Election likely\n\n"
             "Opposition leader Tom Hale said a general election was now likely before the summer. \"We are ready for "
             "it and we will win,\" he said.\n")
    assert quotation(story, "We are ready for it").speaker == "Tom Hale"


def test_a_promise_the_speaker_made_goes_on_in_his_voice() -> None:  # a guard (review)
    story = ("Hale denies charges\n\n"
             "Tom Hale appeared in court on Monday. \"I have done nothing wrong,\" he said. The promise he made was: "
             "\"I will clear my name in court.\"\n")
    assert quotation(story, "I will clear my name").speaker == "Tom Hale"
