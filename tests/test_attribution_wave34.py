"""Who said it, read from holdout34's wrong names (wave 34's validation set) and the stories written to test them.

"New Yorker Dick Morris … Morris said" showed "Morris" (the label hid the full name); "at London's King Cross station,
he said" gave the words to "Cross"; "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:" lost the
words to the correspondent named the sentence before; 'Jan Shaw said: "… ironic." But the chairman of X, Sir Andrew
Green, said the House of Lords decision was …' gave them to "House"; and "MPs have warned" / "Members urged" were shown
as names. Invented stories, run through the whole extractor; each fails on the code before the change unless marked
as a guard.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation


@pytest.mark.parametrize("label", ["New Yorker", "New Zealander", "Frenchman", "Welshman", "American"])
def test_a_place_or_nationality_label_does_not_hide_the_full_name(label: str) -> None:
    # "Morris" is a given name too: before, only a label before a surname no given name shares was stripped
    story = ("Strategist joins campaign\n\n"
             f"By any measure, {label} Dale Morris is a winner. He has worked for candidates across the world.\n\n"
             "\"We are not going to be forming the next government,\" Morris said.\n")
    assert quotation(story, "We are not going").speaker == "Dale Morris"


def test_capitals_naming_a_place_are_nobody_a_pronoun_can_mean() -> None:
    story = ("MP meets daughter\n\n"
             "Labour MP Tom Hale has told of his joy at finding the daughter he never knew.\n\n"
             "Describing their first meeting at Kelby's King Cross station, he said: \"The earth went from under my "
             "feet.\"\n")
    assert quotation(story, "The earth went").speaker == "Tom Hale"


def test_a_body_s_name_before_its_chairmans_name_does_not_hide_him() -> None:
    story = ("Housing plans attacked\n\n"
             "The report was a stinging rebuke for the department, BBC correspondent Ray Black said. Chairman of the "
             "Housing Audit Committee Peter Dale MP, said: \"The policy is an alarming example of disjointed "
             "thinking.\"\n")
    assert quotation(story, "The policy is an alarming").speaker == "Peter Dale"


def test_a_title_is_not_read_as_the_given_name_after_a_body() -> None:
    # guard: "Justice" is a title here, and the judge is named by her surname
    story = ("Judge criticised\n\n"
             "Senator Bob Tate attacked Supreme Court Justice Sonia Vargas on Monday.\n\n"
             "\"I would hope that a wise woman would reach a better conclusion,\" Vargas said in a speech.\n")
    assert quotation(story, "I would hope").speaker in ("Sonia Vargas", "Vargas")


def test_a_closed_quotation_is_not_the_next_sentences_inverted_report() -> None:
    story = ("Ruling welcomed\n\n"
             "The ruling was welcomed by campaigners. Jan Shaw said: \"That the policy was being operated badly is "
             "ironic.\" But the chairman of Kelby Watch, Sir Andrew Tate, said the House of Lords decision was "
             "wrong.\n")
    assert quotation(story, "That the policy").speaker == "Jan Shaw"


def test_but_said_name_still_introduces_the_words_after_it() -> None:
    # guard: '"…." But, said Solovey, "…"' keeps its inverted reading (no appositive set off before "said")
    story = ("Former aide speaks\n\n"
             "Sam Dovey, a contestant on the show, said his boss was \"always kind and generous and charming.\" But, "
             "said Dovey, \"I don't want to drum up conflict because I know his temper.\"\n")
    assert quotation(story, "I don't want to drum").speaker == "Sam Dovey"


@pytest.mark.parametrize(("text", "opening"), [
    ("\"This will cause irreversible damage to the countryside,\" MPs have warned.\n", "This will cause"),
    ("\"This is a scandal that must end now,\" MPs said.\n", "This is a scandal"),
    ("Members urged the government to act. The report found the death rate \"amounts to a serious failure to "
     "protect the vulnerable\".\n", "amounts to a serious"),
])
def test_mps_speaking_together_are_described_not_named(text: str, opening: str) -> None:
    q = quotation("Report out\n\nA committee published its report on Monday.\n\n" + text, opening)
    assert q.speaker is None


def test_would_only_say_introduces_the_words_after_it() -> None:
    story = ("Vote date\n\n"
             "The vote is near. Tom Hale would only say: \"We will name the date when we are ready to name it.\"\n")
    assert quotation(story, "We will name the date").speaker == "Tom Hale"


def test_a_number_ending_a_bodys_name_is_never_left_off_as_a_name() -> None:
    # "A Number 10 spokeswoman" was "Number"'s: described and unnamed now, as "a No 10 spokesman" was
    story = ("Election date\n\n"
             "The election is near. A Number 10 spokeswoman would only say: \"He will announce an election when he "
             "wants to.\"\n\n"
             "\"We will announce the show when we are ready,\" a Channel 4 spokeswoman said.\n")
    q = quotation(story, "He will announce")
    assert q.speaker is None and q.speaker_description == "A Number 10 spokeswoman"
    q = quotation(story, "We will announce the show")  # guard: the number is the body's name, kept whole
    assert q.speaker is None and q.speaker_description == "a Channel 4 spokeswoman"


@pytest.mark.parametrize("name", ["Chung Mong-koo", "Roh Moo-hyun"])
def test_a_hyphened_given_name_in_small_letters_is_a_name(name: str) -> None:
    story = ("Car maker to grow\n\n"
             "The firm plans a second plant in India. \"We desperately need to expand our production to meet growing "
             f"demand,\" chairman {name} said in the statement.\n")
    assert quotation(story, "We desperately need").speaker == name


def test_a_phrase_with_a_hyphened_particle_is_still_no_name() -> None:
    # guard: "Election Run-up" is a phrase; the words stay the minister's
    story = ("Poll talk\n\n"
             "Minister Tom Hale spoke at the Election Run-up dinner. \"We will win this one,\" he said.\n")
    assert quotation(story, "We will win").speaker == "Tom Hale"


def test_a_spokespersons_appositive_may_lack_its_closing_comma() -> None:
    story = ("Hacker charged\n\n"
             "A man is facing charges of hacking into the Kelby Mobile network.\n\n"
             "\"Kelby Mobile has stringent procedures in place where we monitor for suspicious activity,\" Peter "
             "Dobrow, a Kelby Mobile spokesperson said.\n")
    assert quotation(story, "Kelby Mobile has stringent").speaker == "Peter Dobrow"


@pytest.mark.parametrize(("story_name", "surname"), [("Rishi Raj Kumar", "Kumar"), ("Khan Ali Hassan", "Hassan")])
def test_a_given_name_that_ends_like_a_nationality_is_no_label(story_name: str, surname: str) -> None:
    # guard (review of wave 34): only a nationality the list knows, or its man or woman, labels a name
    story = ("Mill sold\n\n"
             f"Property developer {story_name} has bought the Brenton mill.\n\n"
             f"\"We have the money ready,\" Mr {surname} said.\n")
    assert quotation(story, "We have the money").speaker == story_name


def test_a_ward_or_a_medal_named_after_someone_is_no_body_and_person() -> None:
    # guard (review of wave 34): only a body of people ("Committee", "Alliance") is split from a name after it
    story = ("Ward closes\n\n"
             "Nurse Amy Ward has run the Brenton Hospital Grace Ward for ten years.\n\n"
             "\"We have no choice,\" Ward said.\n")
    assert quotation(story, "We have no choice").speaker == "Amy Ward"


def test_words_someone_was_told_are_not_the_previous_speakers_run() -> None:
    story = ("MP meets daughter\n\n"
             "Labour MP Tom Hale has told of his joy on learning he fathered a daughter when he was \"out of control\" "
             "in the 1960s.\n\n"
             "Lucy tracked down Mr Hale. Despite being told he was a \"nutter who died at sea\" she found a reference "
             "to him online.\n")
    assert quotation(story, "nutter who died").speaker is None
    assert quotation(story, "out of control").speaker == "Tom Hale"  # guard


def test_a_hyphened_descriptor_does_not_hide_a_name_whose_surname_is_a_given_name() -> None:
    story = ("Short film wins\n\n"
             "Oscar-winner Andrea Arnold has been congratulated by the film council.\n\n"
             "Arnold described her victory as \"truly overwhelming. I'm really not used to this\".\n")
    assert quotation(story, "truly overwhelming").speaker == "Andrea Arnold"


@pytest.mark.parametrize(("tail", "group"), [("analysts said", "analysts"),
                                             ("members said in a statement", "members")])
def test_a_bare_plural_role_after_the_marks_speaks_not_the_last_speaker(tail: str, group: str) -> None:
    # (review of wave 34: '"…," members said' went on in the last named speaker's run)
    story = ("Market falls\n\n"
             "Shares fell on Monday. \"We will recover,\" Ann Fowler said. "
             f"\"It is a blip that will pass soon,\" {tail}.\n")
    q = quotation(story, "It is a blip")
    assert q.speaker is None and q.speaker_description == group
    assert quotation(story, "We will recover").speaker == "Ann Fowler"  # guard
