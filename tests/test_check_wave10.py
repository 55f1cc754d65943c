"""Quote-check rules of wave 10 (issue 11), each alone, on made-up quotations.

A fronted clause that leans on its main clause ("While X allows 14Mbps, practical speeds are lower") quoted alone
says what the speaker set up only to contrast or condition: the claim is a truncation, not verbatim.
"""

from __future__ import annotations

import pytest

from index.answer.check import _truncated, fronted_clause_only
from index.answer.wording import tokens
from tests.conftest import match_claim


@pytest.mark.parametrize("real, claim, truncated", [
    ("While the new line allows speeds of up to 20Mbps, real speeds will be far lower in towns.",
     "While the new line allows speeds of up to 20Mbps", True),
    ("Although the pitch looked fine, we could not keep the ball.", "Although the pitch looked fine", True),
    ("If the vote goes through, the levy will double.", "If the vote goes through", True),
    # the claim runs on into the main clause: nothing it leans on is cut
    ("While the new line allows speeds of up to 20Mbps, real speeds will be far lower in towns.",
     "While the new line allows speeds of up to 20Mbps, real speeds will be far lower in towns", False),
    # no comma: the claim's clause is the sentence itself ("If you ran a firm would you … or would you pause")
    ("If you ran a firm would you sign now or would you pause? See what comes next.",
     "If you ran a firm would you sign now or would you pause", False),
    # not a fronted clause: the sentence opens with its main clause
    ("The line allows speeds of up to 20Mbps, while real speeds are lower.", "The line allows speeds of up to 20Mbps",
     False),
])
def test_a_fronted_clause_quoted_alone_is_a_truncation(real: str, claim: str, truncated: bool) -> None:
    assert _truncated(real, match_claim(real, claim, brackets=False)) is truncated


def test_the_fronted_clause_must_open_its_sentence() -> None:
    real = "Speeds rose. While costs fell, prices did not."
    words = tokens(real, 0)
    assert fronted_clause_only(real, words, 2, 5)      # "While costs fell" opens the second sentence
    assert not fronted_clause_only(real, words, 3, 5)  # "costs fell" does not start with the clause word
