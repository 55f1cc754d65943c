"""Who said it when a sports position stands before a name, or a lead names a subject no rule reads (wave 24).

Fresh news writes "Wing Pierre Lacombe says …": the position was taken for a first name and every quotation went to
"Wing Pierre Lacombe", a name the article never gives. And a paragraph "Rail4All said: '…'" whose subject no rule
reads (a name with a digit inside it) went on the previous speaker's run, so a campaign group's words carried the name
of the person quoted before it. Invented stories, run through the whole extractor.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

POSITION = ("Lacombe backs Dunmore\n\n"
            "Wing Pierre Lacombe says Dunmore can still win the league despite two poor wins.\n\n"
            "\"The others played better than us but lost,\" said Lacombe. \"We know our display was not perfect.\"\n\n"
            "Forward Tomas Varley was also upbeat. \"We will be ready,\" Varley said.\n")


def test_a_position_before_a_name_is_a_role_not_part_of_the_name() -> None:
    assert quotation(POSITION, "The others played").speaker == "Pierre Lacombe"
    assert quotation(POSITION, "We know our display").speaker == "Pierre Lacombe"
    assert quotation(POSITION, "We will be ready").speaker == "Tomas Varley"


UNREAD_LEAD = ("Fares row in Dunmore\n\n"
               "Ministers defended rail spending on Monday.\n\n"
               "Jo Hale, who chairs the passengers' forum, said: \"Fares are far too high.\"\n\n"
               "Rail4All said: \"It is not enough.\"\n")


def test_an_unread_subject_before_said_stops_the_previous_speakers_run() -> None:
    assert quotation(UNREAD_LEAD, "Fares are far").speaker == "Jo Hale"
    assert quotation(UNREAD_LEAD, "It is not enough").speaker is None


# a clause left without a subject ("But told BBC News:") is still the run's speaker: nobody else is named
ELLIPTIC = ("Hale shrugs off report\n\n"
            "Jo Hale told reporters he had not read the report in detail. "
            "But told Radio Dunmore: \"As far as I am concerned, we have drawn a line under that.\"\n")


def test_a_lead_clause_without_a_subject_keeps_the_run() -> None:
    assert quotation(ELLIPTIC, "As far as I am").speaker == "Jo Hale"


# "it said" goes back to a body the text names, never to capitals that only say what kind of thing a noun is ("its
# UK projects", "the White Quay redevelopment scheme"); before, the firm's words were the UK's
MODIFIER = ("Kelbyplex cuts stadium profit\n\n"
            "Australian builder Kelbyplex Group has cut its profit forecast for the Harbour Stadium project.\n\n"
            "The firm said the result was below expectations but stressed that the majority of its UK projects - "
            "which also include the White Quay redevelopment scheme in west London - were performing strongly.\n\n"
            "To recoup any profit from the stadium, Kelbyplex will have to win legal claims against subcontractors. "
            "These claims could take up to two years to resolve. \"Kelbyplex believes its claims are sound,\" it said.\n")


def test_capitals_that_modify_a_noun_are_not_the_body_it_goes_back_to() -> None:
    assert quotation(MODIFIER, "Kelbyplex believes").speaker == "Kelbyplex Group"


ANOTHER = ("Kelbyplex warns on stadium\n\n"
           "Shares in Kelbyplex Group fell after it said it would not make money on the stadium.\n\n"
           "It cut A$68m from profit targets for the stadium and another UK project. "
           "\"Kelbyplex believes its claims are sound,\" it said.\n")


def test_capitals_after_another_that_modify_a_noun_are_no_speaker() -> None:
    assert quotation(ANOTHER, "Kelbyplex believes").speaker != "UK"


# "PM" is a role written short ("Australia's PM, John Howard"), never a body "it added" goes back to
PM = ("Strategist denies report\n\n"
      "The strategist helped Kelby's PM, Jo Hale, win four elections. Mr Varga's statement said: "
      "\"The party has been making an impact.\" It added: \"The other party will want to distract attention.\"\n")


def test_pm_is_a_role_not_a_speaker() -> None:
    assert quotation(PM, "The other party").speaker != "PM"


# a year that ends a body's name before its verb is part of the name ("Rail 2020 said"), also after the noun that
# introduces it ("the campaign group Rail 2020 said"); before, the group was "Rail"
YEAR = ("Fares row\n\nMinisters defended rail spending on Monday.\n\n"
        "The campaign group Rail 2020 said: \"We are concerned about fares.\"\n")


def test_a_year_ending_a_bodys_name_is_part_of_it() -> None:
    assert quotation(YEAR, "We are concerned").speaker == "Rail 2020"


# a surname misspelt later with two letters swapped ("Kudja" for Jarek Kujda) is the person the article names in full;
# before, the quotation went to "Kudja", a name no one has
SWAPPED = ("Gameboy band plays Kelby\n\n"
           "Jarek Kujda founded the band in 2001. \"I was playing some experimental music,\" said Kujda.\n\n"
           "\"We prepare some patterns before a concert,\" said Kudja.\n")


def test_a_surname_misspelt_with_two_letters_swapped_is_the_person_named_in_full() -> None:
    assert quotation(SWAPPED, "We prepare").speaker == "Jarek Kujda"


def test_swapped_letters_are_read_only_as_a_swap() -> None:
    from index.extract.quotes.extract import _swapped

    assert _swapped("kudja", "kujda")
    assert not _swapped("kuda", "kujda") and not _swapped("kujdo", "kujda") and not _swapped("dukja", "kujda")
