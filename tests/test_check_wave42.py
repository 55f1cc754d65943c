"""Checking a quote, read from judge40's mistakes (wave 42's validation set) and a helper's invented claims
(issue 11).

'Quote check: "The tournament is a test"' was read as words claimed for someone called "Quote", and so as someone
else's; 'Diane Whitfield: "…"' and even 'Anita Rowe: "…"' (another party's spokeswoman) were confirmed for words "A
spokesman for Ms Whitfield said". Each test fails on the code before the change unless marked as a guard; the
collection is a real index of invented stories.
"""

from __future__ import annotations

import pytest

from index.models import Verdict
from tests.conftest import engine_fixture

CLUB = ("Tigers sack Johansson\n\n"
        "Kelby Tigers have dismissed manager Pieter Johansson after a home defeat.\n\n"
        "Johansson told BBC Radio Kelby on Friday: \"I am not going anywhere.\"\n")

INQUIRY = ("Health secretary rejects inquiry\n\n"
           "Health Secretary Diane Whitfield has rejected calls for a public inquiry into ambulance delays.\n\n"
           "A spokesman for Ms Whitfield said: \"An inquiry would take years and would not save a single life.\"\n\n"
           "Labour's health spokeswoman, Anita Rowe, said the decision was wrong.\n")

engine = engine_fixture({"club.txt": CLUB, "inquiry.txt": INQUIRY})


@pytest.mark.parametrize("prefix", ["Quote check:", "Fact check:", "Fact-check:", "Verify:", "Real or fake:",
                                    "Quote check -"])
def test_a_request_to_check_is_no_claimed_speaker(engine, prefix: str) -> None:
    check = engine.check(f"{prefix} \"I am not going anywhere\"")
    assert check.checks[0].claimed_speaker is None and check.checks[0].verdict is Verdict.verbatim


def test_a_speaker_named_after_the_request_is_still_read(engine) -> None:  # a guard
    check = engine.check("Quote check: \"I am not going anywhere\" — Tom Hale")
    assert check.checks[0].claimed_speaker == "Tom Hale" and check.checks[0].verdict is not Verdict.verbatim


def test_a_spokesmans_words_are_not_confirmed_for_the_one_he_speaks_for(engine) -> None:
    check = engine.check("Diane Whitfield: \"An inquiry would take years and would not save a single life.\"")
    assert check.checks[0].verdict is not Verdict.verbatim


def test_a_spokesmans_words_are_not_confirmed_for_another_spokeswoman(engine) -> None:
    check = engine.check("Anita Rowe: \"An inquiry would take years and would not save a single life.\"")
    assert check.checks[0].verdict is not Verdict.verbatim


def test_the_spokesman_claimed_as_the_sources_describe_him_is_verbatim(engine) -> None:  # a guard
    check = engine.check("Whitfield's spokesman: \"An inquiry would take years and would not save a single life.\"")
    assert check.checks[0].verdict is Verdict.verbatim


BINS = ("Bin chaos\n\n"
        "Council leader Priya Nand apologised after thousands of homes went without bin collections.\n\n"
        "The software supplier, Routewise, said the problems were caused by \"incorrect data supplied by the "
        "council\".\n")

bins_engine = engine_fixture({"bins.txt": BINS})


def test_words_claimed_with_blamed_name_their_claimed_speaker(bins_engine) -> None:
    # (a helper's invented claims: "Priya Nand blamed "…"" lost its speaker and came back verbatim)
    check = bins_engine.check("Priya Nand blamed \"incorrect data supplied by the council\"")
    assert check.checks[0].claimed_speaker == "Priya Nand" and check.checks[0].verdict is Verdict.someone_else


LAWYER = ("Hale sued\n\nPaul Hale is being sued by his former employer.\n\n"
          "Mr Hale's lawyer said: \"The claim is without merit and will be fought all the way.\"\n")

lawyer_engine = engine_fixture({"lawyer.txt": LAWYER})


def test_a_lawyers_words_are_not_confirmed_for_the_client(lawyer_engine) -> None:  # (review)
    check = lawyer_engine.check("Paul Hale: \"The claim is without merit and will be fought all the way.\"")
    assert check.checks[0].verdict is not Verdict.verbatim
