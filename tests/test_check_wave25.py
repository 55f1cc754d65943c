"""Wave 25 of the quote checker (issue 11): a claimed speaker written as a title, a name and a verb before a colon.

'Defence lawyer Reid Weingarten pressed: "…"' was read as the claimed speaker "Defence lawyer Reid Weingarten
pressed", whom no quotation names, so a verbatim claim came back "speaker unconfirmed". Every name and story here is
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.models import Verdict
from tests.conftest import engine_on, index_over

TRIAL = """Kelby trial hears evidence

Former Kelby boss Tomas Varley never made accounting entries, his trial heard.

Defence lawyer Piet Kessler asked the witness about the books. "Did you ever know Mr Varley to make an accounting entry into Kelby's books?" Mr Kessler asked. "No," the witness replied.
"""

QUESTION = "Did you ever know Mr Varley to make an accounting entry into Kelby's books?"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave25c"), {"trial.txt": TRIAL})


@pytest.mark.parametrize("lead", ["Defence lawyer Piet Kessler pressed", "Piet Kessler pressed",
                                  "Defence lawyer Piet Kessler"])
def test_a_title_and_a_verb_around_the_name_leave_the_name(index: Path, lead: str) -> None:
    with engine_on(index) as engine:
        check = engine.check(f'{lead}: "{QUESTION}"').checks[0]
    assert check.claimed_speaker == "Piet Kessler"
    assert check.verdict is Verdict.verbatim and check.real is not None and check.real.quote in TRIAL


@pytest.mark.parametrize("lead", ["Kelby defence lawyers", "Defence lawyers"])
def test_a_plural_role_before_the_colon_is_a_description_never_someone_else(index: Path, lead: str) -> None:
    # a role's plural ends the phrase: no verb to drop ("Kelby defence"), and no capitalised word alone to read as
    # the claimed speaker; before, "Defence" was claimed, and the defence lawyer's own words were "someone else's"
    with engine_on(index) as engine:
        check = engine.check(f'{lead}: "{QUESTION}"').checks[0]
    assert check.claimed_speaker != "Kelby defence"
    assert check.claimed_speaker == lead
    assert check.verdict is not Verdict.someone_else
