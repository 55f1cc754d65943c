"""Wave 16 of the quote checker (issue 11): a claimed role the source sets off by a comma before the speaker's name.

"singled out by Brisa chief, Ilse Marr, for …" gives Ilse Marr the role "Brisa chief" as surely as "Brisa chief Ilse
Marr" does: a claim for "the Brisa chief" is hers. The comma hid the title, and her words were left unconfirmed. A role
the source gives nobody beside her name ("the Brisa treasurer") still confirms nothing. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

SCHOOLS = """Schools told to teach shared values

Small private schools were singled out by Brisa chief, Ilse Marr, for not doing enough to teach shared values.

"I worry that many pupils learn too little about the country they live in," said Ms Marr.
"""

WORDS = '"I worry that many pupils learn too little about the country they live in."'


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave16"), {"schools.txt": SCHOOLS})


def test_a_title_set_off_by_a_comma_before_the_name_confirms_the_role(capsys, index: Path) -> None:
    assert only_check(capsys, index, f"the Brisa chief: {WORDS}")["verdict"] == "verbatim"


def test_a_role_the_source_never_gives_the_speaker_is_not_confirmed(capsys, index: Path) -> None:
    assert only_check(capsys, index, f"the Brisa treasurer: {WORDS}")["verdict"] != "verbatim"
