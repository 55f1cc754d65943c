"""A capitalised office of a body in apposition, and a body's regional arm (wave 26).

Fresh news wrote "X, Chief Executive of Y Hospitals NHS Trust, had said: …" and "In a statement from Lycos Europe
…, the company denied … '…,' it said" after a paragraph about another firm: before, the body inside the apposition
was taken as the speaker (the capitalised office was no appositive, so the last capitalised run before "had said"
spoke), and "Lycos Europe" (a known body, then a continent) read as no body at all, so "it said" went back to the
other firm. Invented stories, run through the whole extractor.
"""

from __future__ import annotations

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
