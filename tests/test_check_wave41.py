"""Checking a quote, read from judge39's mistakes (wave 41's validation set) (issue 11).

'"The UK industry is one of the world's most respected" — British Casino Association' and 'Blair's spokesman: "…"'
left unconfirmed words the story gives "a British Casino Association spokesman" and "Tony Blair's official spokesman":
the words are nobody's by name, and the claim credits the body the spokesman speaks for, or the same spokesman with
his owner's given name left out. Each test fails on the code before the change unless marked as a guard; the
collection is a real index of invented stories.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture

CASINOS = ("Casino plans criticised\n\n"
           "The government's plans for new casinos were criticised on Monday.\n\n"
           "A Kelby Casino Association spokesman said: \"Our industry is one of the most tightly run in Europe.\"\n\n"
           "A Kelby United Supporters Trust spokesman said: \"The club should not sell its ground to a casino firm.\"\n")

SUMMIT = ("Summit agenda set\n\n"
          "European leaders meet in Brussels this week.\n\n"
          "Tom Bray's official spokesman said: \"The key issue at this week's council will be trade.\"\n")

SUMMIT_ON = ("Summit talks\n\n"
             "Leaders meet again in Brussels.\n\n"
             "Jo Hale's official spokesman said: \"The council will discuss farming. \"Trade talks will follow.\"\n")

VENUES = ("Casino firms fear rivals\n\n"
          "Culture minister Ann Kerr said: \"Casinos will be tightly regulated.\"\n\n"
          "A spokesman for the Kelby Casino Association said the government was trying to allay fears. He said foreign "
          "companies would be certain to win the contracts. \"We run the safest venues in Europe,\" he said.\n")

# (review of wave 41: spokesmen whose descriptions hold the claimed words and more, lower case)
OTHERS = ("Spokesmen speak\n\n"
          "A Dunmere Cars workers' spokesman said: \"We have been offered less than inflation for three years.\"\n\n"
          "Tom Bray's former spokesman said: \"The chancellor has always protected pensioners.\"\n")

engine = engine_fixture({"casinos.txt": CASINOS, "summit.txt": SUMMIT, "summit2.txt": SUMMIT_ON, "venues.txt": VENUES,
                         "others.txt": OTHERS})


def test_a_body_claimed_for_its_unnamed_spokesmans_words_is_verbatim(engine) -> None:
    check = engine.check("\"Our industry is one of the most tightly run in Europe\" — Kelby Casino Association")
    assert check.checks[0].verdict is Verdict.verbatim


def test_a_spokesman_claimed_without_his_owners_given_name_is_verbatim(engine) -> None:
    check = engine.check("Bray's spokesman: \"The key issue at this week's council will be trade.\"")
    assert check.checks[0].verdict is Verdict.verbatim


def test_a_body_whose_name_is_part_of_the_spokesmans_is_not_confirmed(engine) -> None:  # a guard
    check = engine.check("\"The club should not sell its ground to a casino firm\" — Kelby United")
    assert check.checks[0].verdict is not Verdict.verbatim


def test_a_spokesman_of_another_body_is_not_the_claimed_one(engine) -> None:  # a guard
    check = engine.check("a Kelby United spokesman: \"The club should not sell its ground to a casino firm\"")
    assert check.checks[0].verdict is not Verdict.verbatim


def test_words_the_unnamed_spokesman_goes_on_with_are_his_as_described(engine) -> None:
    check = engine.check("Hale's spokesman: \"Trade talks will follow.\"")
    assert check.checks[0].verdict is Verdict.verbatim


def test_he_said_after_a_sentence_he_reports_is_still_the_spokesman_for_the_body(engine) -> None:
    check = engine.check("\"We run the safest venues in Europe\" — Kelby Casino Association")
    assert check.checks[0].verdict is Verdict.verbatim


def test_a_body_whose_workers_spokesman_spoke_is_not_confirmed(engine) -> None:  # a guard (review)
    check = engine.check("Dunmere Cars spokesman: \"We have been offered less than inflation for three years.\"")
    assert check.checks[0].verdict is not Verdict.verbatim


def test_a_former_spokesman_is_not_the_spokesman_claimed(engine) -> None:  # a guard (review)
    check = engine.check("Bray's spokesman: \"The chancellor has always protected pensioners.\"")
    assert check.checks[0].verdict is not Verdict.verbatim
