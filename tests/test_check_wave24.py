"""Wave 24 of the quote checker (issue 11): a web address in the claimed speaker's lead-in is not a sentence's end.

"Jo Hale of Kelbyfans.Org: '…'" was read up to the last full stop, so the claimed speaker was "Org", and words Jo
Hale did say were "someone else's". Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.models import Verdict
from tests.conftest import engine_on, index_over

LAUNCH = """Kelby game launch praised

Fans of the new Harbourlight game were delighted with its launch on Friday.

Jo Hale, who runs the fan site Kelbyfans.Org, said: "The studio got everything right. They were really careful."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave24"), {"launch.txt": LAUNCH})


@pytest.mark.parametrize("lead", ["Jo Hale of Kelbyfans.Org", "Jo Hale of kelbyfans.org", "Jo Hale, Kelbyfans.Org"])
def test_a_web_address_after_the_name_leaves_the_name_the_claimed_speaker(index: Path, lead: str) -> None:
    with engine_on(index) as engine:
        check = engine.check(f"{lead}: 'The studio got everything right. They were really careful.'").checks[0]
    assert check.claimed_speaker == "Jo Hale"
    assert check.verdict is Verdict.verbatim


# A claim set in another time, cut before the speaker's "now"/"on this occasion": what held then reads as what holds
# now. Before, both were "verbatim".
TIMES = """Kelby broadband grows

"Twelve months ago fast net users made up just over one third of the audience in Kelby; now they are more than 50%," said Jo Hale, an analyst.

Director Tom Varley said of his award: "We always say it was a surprise and sometimes I've said it and not meant it. On this occasion it's a real surprise."
"""


@pytest.fixture(scope="module")
def times(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("times24"), {"times.txt": TIMES})


@pytest.mark.parametrize("claim", [
    'Jo Hale: "Twelve months ago fast net users made up just over one third of the audience in Kelby"',
    "Tom Varley: \"We always say it was a surprise and sometimes I've said it and not meant it.\"",
])
def test_a_claim_cut_before_the_speakers_now_is_a_truncation(times: Path, claim: str) -> None:
    with engine_on(times) as engine:
        check = engine.check(claim).checks[0]
    assert check.verdict is Verdict.altered and check.kind == "truncation"


def test_the_whole_sentence_with_its_now_stays_verbatim(times: Path) -> None:
    with engine_on(times) as engine:
        check = engine.check("Tom Varley: \"On this occasion it's a real surprise.\"").checks[0]
    assert check.verdict is Verdict.verbatim
