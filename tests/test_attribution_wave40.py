"""Who said it, read from holdout40 (wave 40's validation set).

"For the Lib Dems David Laws said: "…," he said." gave Laws's words to the man quoted in the paragraph before: the
capitals "Lib Dems David Laws" after the sentence-opening "For the" were read as the preposition's object, so "he"
went back to the last person who spoke; and "But the wildcard entry was dispatched by fellow American Robby Ginepri
… Despite that he was happy with his Tour debut. '…,' he said" gave the loser's words to the winner (the agent of a
passive read as the subject, where the subject is the person the story describes without a name); and '"Kim's wrist obviously isn't going to be
rehabilitated." But her spokesman insisted she had simply delayed submitting her entry. "The doctors are assessing …"'
gave the spokesman's words to the tournament chief quoted before (the run went on across a sentence that hands the turn
to someone's unnamed spokesman). Invented stories, run through the whole extractor; each fails on the code
before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

BEFORE = ("Parties row over tax\n\n"
          "Former adviser Tom Ash, now a candidate, said the plans differed. He added: \"I do not accept there is any "
          "need for changes to our plans.\"\n\n")


def test_a_speaker_after_a_fronted_party_label_speaks_without_an_article() -> None:  # a guard: one run of capitals
    story = BEFORE + ("For Labour Sam Kerr said: \"The minister will no doubt tell us today how well the "
                      "economy is doing,\" he said. \"But a lot of that is built on debt.\"\n")
    assert quotation(story, "The minister will no doubt").speaker == "Sam Kerr"


def test_a_speaker_after_a_fronted_party_label_speaks_with_an_article() -> None:
    story = BEFORE + ("For the Lib Dems David Lowe said: \"The minister will no doubt tell us today how well the "
                      "economy is doing,\" he said.\n")
    assert quotation(story, "The minister will no doubt").speaker == "David Lowe"


def test_a_name_inside_a_fronted_phrase_of_another_noun_is_no_speaker() -> None:  # a guard
    story = BEFORE + ("In a letter to Labour MP Ann Kerr, the council set out its case. \"The minister will no doubt "
                      "tell us today how well the economy is doing,\" he said.\n")
    assert quotation(story, "The minister will no doubt").speaker != "Ann Kerr"


def test_a_fronted_label_and_name_without_a_lead_in_leave_the_pronoun_as_it_was() -> None:  # a guard (review)
    story = ("Vote row\n\n"
             "Tom Ash spoke first. For the Lib Dems David Lowe said nothing, so Ash went on. \"We won the "
             "argument,\" he said.\n")
    assert quotation(story, "We won the argument").speaker == "Tom Ash"


def test_the_agent_of_a_passive_after_a_described_subject_is_not_he() -> None:
    story = ("Okoro debut cut short\n\n"
             "Fifteen-year-old Sam Okoro went out in round one of the Arvel Open.\n\n"
             "But the wildcard entry was beaten by fellow Kelbian Tom Ash in straight sets. Despite that he was happy "
             "with his debut. \"It was fun. I had my chances,\" he said.\n")
    assert quotation(story, "It was fun").speaker is None


def test_the_agent_of_a_passive_after_a_thing_still_speaks() -> None:  # a guard (figures: "The report was welcomed by")
    story = ("Report welcomed\n\n"
             "The report was welcomed by shadow pensions secretary Tom Ash. \"The pensioners' voice must be heard,\" "
             "he said.\n")
    assert quotation(story, "The pensioners' voice").speaker == "Tom Ash"


def test_someone_s_unnamed_spokesman_speaking_between_takes_the_turn() -> None:
    story = ("Hale hope on Arvel Open\n\n"
             "Open chief Tom Ash had said: \"Ann's wrist obviously isn't going to heal in time.\" But her spokesman "
             "insisted she had simply delayed her entry. \"The doctors are assessing her injury every week.\"\n")
    assert quotation(story, "The doctors are assessing").speaker is None


def test_a_run_across_narration_with_no_new_speaker_goes_on() -> None:  # a guard
    story = ("Hale hope on Arvel Open\n\n"
             "Open chief Tom Ash had said: \"Ann's wrist obviously isn't going to heal in time.\" Her entry is "
             "still missing. \"The doctors are assessing her injury every week.\"\n")
    assert quotation(story, "The doctors are assessing").speaker == "Tom Ash"


def test_a_party_s_plural_before_a_given_name_is_a_label() -> None:
    story = BEFORE + ("For the Tories Sam Kerr said: \"The minister will no doubt tell us today how well the "
                      "economy is doing,\" he said.\n")
    assert quotation(story, "The minister will no doubt").speaker == "Sam Kerr"


def test_the_agent_of_a_praise_after_a_described_subject_still_speaks() -> None:  # a guard (review)
    story = ("Okoro shines\n\n"
             "Sam Okoro scored twice on his debut for Dunmore.\n\n"
             "The teenager was praised by manager Tom Ash. \"He is the future of this club,\" he said.\n")
    assert quotation(story, "He is the future").speaker == "Tom Ash"


def test_someone_s_own_statement_hands_no_turn_on() -> None:  # a guard (review)
    story = ("Singer denies charges\n\n"
             "\"I am innocent,\" said Tom Ash. His statement said he was determined to clear his name. \"I will be "
             "vindicated in court.\"\n")
    assert quotation(story, "I will be vindicated").speaker == "Tom Ash"
