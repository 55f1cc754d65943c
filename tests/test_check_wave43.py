"""Checking a quote, read from a helper's invented claims (issue 11).

'Derek Pellow: "I won't … take full responsibility"' of "I won't hide from it. We were second best and I take full
responsibility" and 'Daniel Fry: "Absolutely … Simon knew exactly what he was signing."' of "Absolutely not. Simon
knew …" were confirmed verbatim: an ellipsis that splices two clauses, or drops the "not" its first piece's clause
ends on, changes what was said. 'Kelly Fry: "Absolutely not"' was confirmed for words "Mr Fry said:" after "Daniel
Fry denied the claim", in a story naming his wife Kelly Fry too. Each test fails on the code before the change unless
marked as a guard; the collection is a real index of invented stories.
"""

from __future__ import annotations

from index.models import Verdict
from tests.conftest import engine_fixture

CUP = ("Manager sacked after cup defeat\n\n"
       "\"We are delighted not just for ourselves but for the fans. It was a great day for the whole town,\" said Tom "
       "Hale.\n\n"
       "\"We need to regroup. We need to find a way to win games again,\" said Ann Lee.\n\n"
       "Derek Pellow said: \"I won't hide from it. We were second best and I take full responsibility.\"\n\n"
       "Anne Ridley said: \"We did not approve the plan. The mayor pushed it through.\"\n")

BAKERY = ("Bakery owners in court\n\n"
          "Daniel Fry denied the claim. Mr Fry said: \"Absolutely not. Simon knew exactly what he was signing.\"\n\n"
          "His wife, Kelly Fry, told the court: \"Daniel built those shops with his own hands.\"\n")

engine = engine_fixture({"cup.txt": CUP, "bakery.txt": BAKERY})


def test_an_ellipsis_splicing_two_clauses_is_an_alteration(engine) -> None:
    check = engine.check("Derek Pellow: \"I won't ... take full responsibility\"").checks[0]
    assert check.verdict is Verdict.altered and check.kind == "negation"


def test_an_ellipsis_dropping_the_not_of_its_first_pieces_clause_is_a_negation(engine) -> None:
    check = engine.check("Daniel Fry: \"Absolutely ... Simon knew exactly what he was signing.\"").checks[0]
    assert check.verdict is Verdict.altered and check.kind == "negation"


def test_an_ellipsis_leaving_whole_sentences_out_is_faithful(engine) -> None:  # a guard
    assert engine.check("Derek Pellow: \"I won't hide from it ... I take full responsibility\"").checks[0].verdict \
        is Verdict.verbatim
    assert engine.check("Anne Ridley: \"We did not approve the plan ... The mayor pushed it through.\"").checks[0] \
        .verdict is Verdict.verbatim
    # a "not" inside a skipped aside, and a splice whose joined wording the speaker also said (review of wave 43)
    assert engine.check("Tom Hale: \"We are delighted ... it was a great day for the whole town\"").checks[0].verdict \
        is Verdict.verbatim
    assert engine.check("Ann Lee: \"We need to ... find a way to win games again\"").checks[0].verdict \
        is Verdict.verbatim


def test_an_honorific_and_a_shared_surname_is_not_the_other_bearer(engine) -> None:
    check = engine.check("Kelly Fry: \"Absolutely not\"").checks[0]
    assert check.verdict is Verdict.someone_else and check.real is not None and check.real.speaker == "Daniel Fry"
    assert engine.check("Daniel Fry: \"Absolutely not\"").checks[0].verdict is Verdict.verbatim  # a guard
