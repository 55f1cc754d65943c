"""Clergy, coordinated titles and a body's name read as a person (wave 25).

Fresh news wrote "Both the Cardinal and Archbishop of Canterbury Dr X appealed for …" after a quotation and "The head
of the Catholic Church … made the comments": before, the archbishop was handed the cardinal's question (the
two-person subject read as one), "Church" became a person whom "he" went back to, and "the cardinal" named nobody
(no clergy noun was a role), so "he will say" walked back to the archbishop. Invented stories, run through the whole
extractor.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

LEAD = ("Bishop attacks stadium plan\n\n"
        "Money spent on the new stadium should have gone to the poor, Bishop Tomas Varley has said.\n\n")
BISHOP = (LEAD +
          "The head of the Dunmore diocese made the comments on local radio. \"This is a scandal,\" the bishop said. "
          "Both the bishop and Mayor Jo Kessler criticised the council last year. Mr Kessler has since praised the "
          "stadium plan.\n\n"
          "On Sunday, the bishop will ask the congregation to give generously. \"It is possible to help,\" he will "
          "say.\n")


def test_a_coordinated_subject_lends_neither_person_the_other_ones_title() -> None:
    # "Both the bishop and Mayor Jo Kessler": "the bishop" is not one of Kessler's titles
    assert quotation(BISHOP, "This is a scandal").speaker == "Tomas Varley"


def test_a_clergy_title_is_a_role_the_pronoun_after_it_goes_back_to() -> None:
    assert quotation(BISHOP, "It is possible").speaker == "Tomas Varley"


BOTH = (LEAD +
        "\"How can we build stadiums while children go hungry?\" Both the bishop and Mayor Jo Kessler appealed for "
        "calm before the vote. Mr Kessler has since praised the stadium plan.\n")


def test_a_quotation_before_a_two_person_subject_is_given_to_neither() -> None:
    assert quotation(BOTH, "How can we build").speaker != "Jo Kessler"
    assert quotation(BOTH, "How can we build").speaker is None  # nor the bishop, by a guess across the two


CHURCH = ("Cardinal attacks war spending\n\n"
          "Billions spent on war should have gone to the poor, Cardinal Tomas Varley has said.\n\n"
          "The head of the Catholic Church in Dunmore made the comments on local radio. He criticised the fact that "
          "\"billions\" had been spent on war, instead of lifting people \"out of hunger and disease and despair\".\n\n"
          "\"It is possible, it is real,\" the cardinal said.\n")


def test_the_last_word_of_a_church_s_name_is_not_a_person() -> None:
    assert quotation(CHURCH, "out of hunger").speaker == "Tomas Varley"


def test_the_cardinal_is_the_person_titled_cardinal() -> None:
    assert quotation(CHURCH, "It is possible").speaker == "Tomas Varley"


def test_the_chairman_and_chief_executive_is_one_person_holding_both_roles() -> None:
    text = ("Firm upbeat\n\nShares in Dunmore Foods rose on Monday.\n\n"
            "\"We have had a good year,\" said the chairman and chief executive Jo Hale. \"We expect more,\" the "
            "chief executive added.\n")
    assert quotation(text, "We expect more").speaker == "Jo Hale"


OFFICE = ("Tories unveil cuts\n\n"
          "Plans to abolish 60 agencies have been unveiled by the Conservatives.\n\n"
          "Announcing the plans, Mr Tomas Varley said the agencies cost too much. His party leader, Jo Hale, argued "
          "a change was needed. \"We must act now,\" he said.\n\n"
          "But Minister for the Regions Paul Kessler attacked the plans. \"The Conservatives would cut schools,\" he "
          "said.\n")


def test_the_holder_named_after_an_office_to_the_treasury_is_a_person_the_pronoun_reaches() -> None:
    # "Chief Secretary to the Treasury Paul Boateng": the name glued after the office's last word was a thing
    # after "the", so "he said" went back to the party leader of the paragraph before
    assert quotation(OFFICE, "The Conservatives would").speaker == "Paul Kessler"



SPOKESMAN = ("Parties clash over poster\n\n"
             "The Tories have criticised a poster showing their leader as a flying pig.\n\n"
             "A Labour spokesman denied the campaign was offensive. \"This poster is making a serious point,\" he "
             "said.\n\n"
             "Broadband race\n\nCable firms are bound to raise speeds and, according to a Dunmore Cable spokeswoman, are "
             "better placed than the phone firm. \"Is 8Mbps enough?\" she asked.\n")


def test_a_pronoun_after_an_unnamed_spokesman_keeps_no_name_and_carries_the_description() -> None:
    # before, "he said" found only the party word, no person, so the words were nobody's, with no description to
    # find them by ("what did a Labour spokesman say")
    serious = quotation(SPOKESMAN, "This poster")
    assert serious.speaker is None and serious.speaker_description == "A Labour spokesman"
    enough = quotation(SPOKESMAN, "Is 8Mbps")
    assert enough.speaker is None and enough.speaker_description == "a Dunmore Cable spokeswoman"
