"""Checking a quote (wave 27): words cut out of someone else's fear or worry are not what the speaker asserts.

"It will be disruptive because some people will worry that this is the beginning of the end of libraries": quoted
alone, "this is the beginning of the end of libraries" makes the speaker say what he reports others fear. Before,
"worry" and "fear" were no verbs that hand the clause to someone else, and the claim was verbatim.
"""

from __future__ import annotations

import pytest

from index.answer.check import Match, Unit, _truncated, compare
from index.answer.wording import tokens


def _match(real: str, claim: str) -> Match:
    unit = Unit(source_id="s", paragraph=1, start=0, end=len(real), words=tuple(tokens(real, 0)), speech=True)
    return compare(unit, [tokens(claim, 0)])


@pytest.mark.parametrize(("real", "claim"), [
    ("It will be hard because some people will worry that the town is dying.", "the town is dying"),
    ("Shopkeepers fear that the bypass will empty the high street.", "the bypass will empty the high street"),
    ("Many residents feared the mill would close for good.", "the mill would close for good"),
])
def test_a_claim_cut_out_of_someone_elses_worry_or_fear_is_a_truncation(real: str, claim: str) -> None:
    assert _truncated(real, _match(real, claim))


def test_the_speakers_own_fear_quoted_without_its_frame_stays_whole() -> None:
    real = "I fear that the bypass will empty the high street."
    assert not _truncated(real, _match(real, "the bypass will empty the high street"))
