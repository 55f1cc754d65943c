"""Wave 16 of the quote checker (issue 11): a role set off by a comma, and a sentence the speaker goes on to outweigh.

"singled out by Brisa chief, Ilse Marr, for …" gives Ilse Marr the role "Brisa chief" as surely as "Brisa chief Ilse
Marr" does: a claim for "the Brisa chief" is hers. The comma hid the title, and her words were left unconfirmed. A role
the source gives nobody beside her name ("the Brisa treasurer") still confirms nothing.

A claim that stops at a sentence's end is cut short when the speaker's next sentence sets their own stance against it
("I respect those concerns. But I also believe …"): alone it says the opposite of their point. A next sentence that
adds a fact ("… came to an end. But the recovery is still weak") leaves the claimed one whole. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

SCHOOLS = """Schools told to teach shared values

Small private schools were singled out by Brisa chief, Ilse Marr, for not doing enough to teach shared values.

"I worry that many pupils learn too little about the country they live in," said Ms Marr.

"I respect those concerns. But I also believe we owe the children a broader view of the world," Ms Marr added.

"The long slump in school building came to an end last year. But the money is still not enough to fix every roof," said builder Anton Pell.
"""

WORDS = '"I worry that many pupils learn too little about the country they live in."'


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave16"), {"schools.txt": SCHOOLS})


def test_a_title_set_off_by_a_comma_before_the_name_confirms_the_role(capsys, index: Path) -> None:
    assert only_check(capsys, index, f"the Brisa chief: {WORDS}")["verdict"] == "verbatim"


def test_a_role_the_source_never_gives_the_speaker_is_not_confirmed(capsys, index: Path) -> None:
    assert only_check(capsys, index, f"the Brisa treasurer: {WORDS}")["verdict"] != "verbatim"


def test_a_sentence_the_speaker_then_outweighs_is_a_truncation(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Ilse Marr: "I respect those concerns."')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")


def test_a_sentence_followed_by_another_fact_stays_verbatim(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Anton Pell: "The long slump in school building came to an end last year."')
    assert check["verdict"] == "verbatim"
