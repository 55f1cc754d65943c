"""Who said it, read from holdout41 (wave 41's validation set).

"Fowler's double strike helped City come back … at Carrow Road and Keegan sympathised with Norwich boss Nigel
Worthington afterwards. '…,' he said" gave the manager's words to the striker: the sentence opens on what the striker
owns (a thing that acts), and Keegan, quoted before, acts in a clause of his own. "Man-of-the-match
Stephen Jones, who kicked three penalties, was ecstatic … '…,' he said" named nobody (the hyphened compound was read
as his first name), and a run of quotations went on across the one sentence between that names someone else as its
subject in the mood they spoke in ("Double try scorer Martyn Williams was keen not to talk about a Grand Slam. '…'");
and a quotation going on after "It added:" from "Mr Crosby's statement said: '…'" named nobody. Invented stories, run
through the whole extractor; each fails on the code before the change unless marked as a guard. The guards marked
"review" are a helper's invented stories on which the first form of these rules named the wrong person.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

OPENING = "Kelby hold on\n\nKelby manager Tom Varos has praised striker Ben Ames after a draw at Brill Park.\n\n"


def test_the_owner_of_a_sentences_subject_yields_to_the_person_acting_in_its_own_clause() -> None:
    story = OPENING + ("\"He never stops running,\" said Varos. Ames's late header rescued a point for Kelby at "
                       "Brill Park and Varos consoled the home manager Ian Dale afterwards. \"I feel for Ian, they "
                       "deserved to win,\" he said.\n")
    assert quotation(story, "I feel for Ian").speaker == "Tom Varos"


def test_someone_acting_in_their_own_clause_who_has_not_spoken_takes_no_words_from_the_owner() -> None:  # a guard
    # (review of wave 41: "Kerr's ankle gave way after ten minutes and Ben Ames replaced him. '…,' he said")
    story = ("Kelby lose Kerr\n\nKelby drew at Brill Park on Saturday.\n\nSam Kerr's ankle gave way after ten minutes "
             "and Ben Ames replaced him. \"I felt it go straight away,\" he said.\n")
    assert quotation(story, "I felt it go").speaker != "Ben Ames"


def test_the_owner_of_a_sentences_subject_still_speaks_when_nobody_else_acts() -> None:  # a guard
    story = OPENING + ("Ames's late header rescued a point for Kelby at Brill Park. \"I just kept running and the "
                       "ball fell for me,\" he said.\n")
    assert quotation(story, "I just kept running").speaker == "Ben Ames"


def test_a_name_after_and_with_a_past_tense_of_its_own_may_still_be_an_object() -> None:  # a guard (review)
    story = ("Donald wins\n\nLuke Donald won the Kelby Masters on Sunday.\n\nThe Englishman finished two shots clear of "
             "Tom Hale and Sam Kerr tied in second place. \"It feels amazing to win here at last,\" he said.\n")
    assert quotation(story, "It feels amazing").speaker == "Luke Donald"


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


def test_one_sentence_telling_what_happened_to_someone_else_keeps_the_run() -> None:  # a guard (review)
    story = OPENING + ("\"The lads were flat today,\" said Varos. \"We never got going.\" Striker Ben Ames was "
                       "substituted at half-time with a hamstring strain. \"It does not look good for him, but we will "
                       "know more on Monday.\"\n")
    assert quotation(story, "It does not look good").speaker == "Tom Varos"


def test_a_mood_given_to_someone_the_words_then_talk_about_keeps_the_run() -> None:  # a guard
    story = OPENING + ("\"The lads were flat today,\" said Varos. \"We never got going.\" Striker Sam Kerr was furious "
                       "after being booed. \"He does not deserve that from our own fans.\"\n")
    assert quotation(story, "He does not deserve").speaker == "Tom Varos"


def test_one_sentence_about_the_speaker_himself_keeps_the_run() -> None:  # a guard
    story = OPENING + ("\"The lads were flat today,\" said Varos. \"We never got going.\" Tom Varos was keen not to "
                       "talk about the title race. \"We have got more belief these days.\"\n")
    assert quotation(story, "We have got more belief").speaker == "Tom Varos"


def test_a_verb_after_a_role_is_no_given_name_glued_to_the_surname() -> None:  # a guard (review: "Beat Hale")
    story = ("Hale through\n\nThe champion beat Hale in straight sets in last year's final. \"I have learned a lot "
             "since then,\" Hale told reporters.\n")
    assert quotation(story, "I have learned a lot").speaker == "Hale"


def test_a_verb_after_a_role_is_no_given_name_though_a_list_has_it() -> None:  # a guard: "Said" is a given name too
    story = ("Kennet speaks\n\nParty leader Ann Kennet gave her New Year message.\n\nIn it the leader said Labour and "
             "the Tories were relying on fear, and she said so again later. \"A clear division is emerging,\" she "
             "said.\n")
    assert quotation(story, "A clear division").speaker == "Ann Kennet"


def test_it_going_on_from_a_persons_statement_is_its_authors() -> None:
    story = ("Row over claims\n\nCampaign chief Tom Varos denied the report on Monday.\n\nMr Varos's statement said: "
             "\"We have been making an impact on the issues that matter.\" It added: \"Our rivals will want to "
             "distract attention from them.\"\n")
    assert quotation(story, "Our rivals will want").speaker == "Tom Varos"


def test_it_after_a_bodys_statement_is_still_the_body() -> None:  # a guard
    story = ("Row over claims\n\nThe Kelby Party denied the report on Monday.\n\nThe Kelby Party's statement said: "
             "\"We have been making an impact on the issues that matter.\" It added: \"Our rivals will want to "
             "distract attention from them.\"\n")
    assert quotation(story, "Our rivals will want").speaker == "Kelby Party"


def test_a_whole_name_whose_first_words_no_short_list_knows_is_kept_whole() -> None:
    story = ("Kelbia unfreezes assets\n\nKelbia has unfrozen foreign assets.\n\n\"We are opening accounts in banks "
             "abroad,\" the central bank's vice president Farhat Omar Ben Kessadi said.\n")
    assert quotation(story, "We are opening accounts").speaker == "Farhat Omar Ben Kessadi"


def test_a_rank_before_a_name_is_still_no_part_of_it() -> None:  # a guard
    story = ("Verdict criticised\n\nThe verdict was criticised on Monday.\n\n\"Anyone at the top will be saddened,\" "
             "said Colonel Bob Stewart.\n")
    assert quotation(story, "Anyone at the top").speaker == "Bob Stewart"


def test_it_adding_after_a_persons_statement_that_names_a_body_is_not_the_person() -> None:  # a guard (review)
    story = ("Bank row\n\nFormer boss James Crosby is suing Dunmere Bank.\n\nMr Crosby's statement said Dunmere Bank "
             "had broken its promises to him. It added: \"We reject these claims entirely.\"\n")
    assert quotation(story, "We reject these claims").speaker != "James Crosby"


def test_it_adding_to_a_report_about_someone_is_not_theirs() -> None:  # a guard (review)
    story = ("Inquest opens\n\nAn inquest has opened into the death of climber Tom Hale.\n\nMr Hale's post-mortem "
             "report said he died of head injuries. It added: \"There is no evidence that alcohol played any part.\"\n")
    assert quotation(story, "There is no evidence").speaker != "Tom Hale"


def test_a_word_glued_before_a_name_with_no_role_before_it_is_no_part_of_it() -> None:  # a guard (review)
    story = ("Rovers win\n\nKelby Rovers won 2-0 on Saturday.\n\nSpeaking after the game at Preston Tom Hale said: "
             "\"We showed great character.\"\n")
    assert quotation(story, "We showed great character").speaker == "Tom Hale"
