"""A capitalised office of a body in apposition, and a body's regional arm (wave 26).

Fresh news wrote "X, Chief Executive of Y Hospitals NHS Trust, had said: …" and "In a statement from Lycos Europe
…, the company denied … '…,' it said" after a paragraph about another firm: before, the body inside the apposition
was taken as the speaker (the capitalised office was no appositive, so the last capitalised run before "had said"
spoke), and "Lycos Europe" (a known body, then a continent) read as no body at all, so "it said" went back to the
other firm. Invented stories, run through the whole extractor.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation

CLINIC = ("Clinic shuts its ward\n\n"
          "A clinic in Kelby has closed its orthopaedic ward to patients from across the border.\n\n"
          "Earlier, Mara Quince, Chief Executive of Kelby Valley Hospitals NHS Trust, had said: \"It is with regret "
          "that we have done this. \"We want to keep the ward open for everyone.\"\n")


def test_a_capitalised_office_of_a_body_is_an_apposition_of_the_person_before_it() -> None:
    assert quotation(CLINIC, "It is with regret").speaker == "Mara Quince"
    assert quotation(CLINIC, "We want to keep").speaker == "Mara Quince"


ARM = ("Web campaign dropped\n\n"
       "Kelvo Europe's Spam Stop campaign began last month but its tactics proved controversial. Kelvo said it "
       "had shut the campaign down.\n\n"
       "Monitoring firm Pingwell found that the campaign was knocking sites offline. According to figures gathered "
       "by Pingwell, some of the sites were offline for hours. In a statement from Kelvo Europe announcing the end "
       "of the scheme, the company denied that this was its fault. \"Nothing suggests that Spam Stop has brought "
       "down any site,\" it said.\n")


def test_a_known_body_then_a_continent_is_that_body_and_it_speaks_for_it() -> None:
    assert quotation(ARM, "Nothing suggests").speaker == "Kelvo Europe"


MSP = ("Vote on city tolls\n\n"
       "Kelby City Council is to ballot residents on road tolls. But Green MSP Mara Ballan fears many people may "
       "miss out.\n\n"
       "Ms Ballan said: \"This vote will set the future of transport in the city for decades.\"\n")


def test_a_scottish_or_northern_irish_member_title_is_a_role_before_a_name() -> None:
    # before, "Green MSP Mara Ballan" read as a body, and her words went to the bare surname "Ballan"
    assert quotation(MSP, "This vote will set").speaker == "Mara Ballan"


HOTEL = ("Party snubs resort\n\n"
         "Labour will hold its conference in Kelby, not Dunmore.\n\n"
         "Colm Asher, Dunmore Hotel Association said: \"We have tried very hard to make sure they come back.\"\n")


def test_a_body_set_off_after_a_person_without_a_closing_comma_says_where_they_are_from() -> None:
    # before, the association spoke
    assert quotation(HOTEL, "We have tried very hard").speaker == "Colm Asher"


CREDITOR = ("Card firm rescued\n\n"
            "Creditors of Kelby Card have agreed a rescue package.\n\n"
            "\"Kelby Card will not need any more aid after this,\" Jo Kessler, executive director of Dunmore "
            "Development Bank - one of the firm's creditors - said.\n")


def test_an_apposition_closed_by_a_dashed_aside_still_describes_the_name() -> None:
    # before, "the firm's creditors" read as the firm, and Kelby Card spoke about itself
    assert quotation(CREDITOR, "Kelby Card will not need").speaker == "Jo Kessler"


MINISTERS = ("Ministers split on smoking ban\n\n"
             "Ministers have split over a ban on smoking in pubs.\n\n"
             "Labour minister Jo Hale said: \"This is a great day for health.\" Tory minister Tom Varley disagreed. "
             "\"It is an attack on freedom,\" the minister said. Dunmore minister Piet Lund said he was "
             "\"delighted with the result\".\n")


def test_the_role_goes_back_to_its_last_holder_named_before_the_words() -> None:
    # several ministers: "the minister said" is the one named last before it, never one named only after it
    assert quotation(MINISTERS, "It is an attack").speaker == "Tom Varley"


GROUPS = ("Fares row\n\n"
          "Ferry fares are to be cut, ministers say.\n\n"
          "Transport minister Jo Hale said: \"This is a good day.\" Labour MPs said: \"It does not go far enough.\" "
          "Opposition MSPs said: \"It is too little.\" Green ministers added: \"We will fight on.\" \"We want more,\" "
          "said Tory backbenchers.\n")


@pytest.mark.parametrize(("opening", "described"), [
    ("It does not go far", "Labour MPs"), ("It is too little", "Opposition MSPs"), ("We will fight on", "Green ministers"),
    ("We want more", "Tory backbenchers"),
])
def test_a_party_s_members_speak_as_a_group_no_one_named(opening: str, described: str) -> None:
    # before, "Labour MPs" and "Opposition MSPs" were names, and the next groups' words went on in the last one's voice
    q = quotation(GROUPS, opening)
    assert q.speaker is None
    assert q.speaker_description == described


def test_a_body_whose_name_ends_in_a_plural_role_still_speaks() -> None:
    story = ("Fees row\n\nStudents face higher fees.\n\n"
             "The National Union of Kelby Students argued the opposite - that the situation was \"likely to get much "
             "worse for poorer students\".\n")
    assert quotation(story, "likely to get").speaker == "National Union of Kelby Students"


COURT = ("Singer sues label\n\n"
         "Pop singer Mia Hart is suing her former record label over unpaid royalties.\n\n"
         "Hart's manager Dave Pike, speaking to reporters outside the court, said: \"Mia just wants what she is "
         "owed.\" According to the court papers, the label \"withheld statements for three years\".\n")


def test_a_quotation_whose_sentence_names_its_source_is_not_the_previous_speaker_s_run() -> None:
    # before, "withheld statements for three years" went on in the manager's voice
    assert quotation(COURT, "withheld statements").speaker != "Dave Pike"
    assert quotation(COURT, "Mia just wants").speaker == "Dave Pike"


def test_a_band_named_with_a_role_s_plural_still_speaks() -> None:
    story = "Band news\n\nThe band will tour.\n\nKaiser Chefs said: \"We are thrilled to be back.\"\n"
    assert quotation(story, "We are thrilled").speaker == "Kaiser Chefs"
    band = "Band news\n\nThe band will tour.\n\nKelby Chiefs said: \"We are thrilled to be back.\"\n"
    assert quotation(band, "We are thrilled").speaker == "Kelby Chiefs"
