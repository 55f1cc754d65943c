"""Wave 8 of the quote checker (issue 11): a condition left out is an alteration, through ``dossier check --json`` over
an invented article indexed for real. Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

ARTICLE = """Disc makers warn of higher prices

By a staff reporter

The format war between the two disc makers is far from over, analysts say.

"If the studios decide to put a lot more on these discs, it could be more expensive because of all the extra
navigation that is required," said Rolf Dekker, head of research at Vantrix.

"The players will reach the shops in spring. Unless the studios agree on one format, buyers will wait for a year,"
Mr Dekker added.

"It could be more expensive for the buyers," said Ines Moreau, who runs a chain of shops.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave8"), {"discs.txt": ARTICLE})


@pytest.mark.parametrize("message", [
    'Dekker: "it could be more expensive because of all the extra navigation that is required"',
    'Dekker: "buyers will wait for a year"',
])
def test_a_main_clause_quoted_without_its_fronted_condition_is_a_truncation(capsys, index: Path, message: str) -> None:
    check = only_check(capsys, index, message)
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")


@pytest.mark.parametrize("message", [
    'Dekker: "If the studios decide to put a lot more on these discs, it could be more expensive"',
    'Dekker: "The players will reach the shops in spring"',  # a sentence of its own before the condition
    'Dekker: "Unless the studios agree on one format, buyers will wait for a year"',
])
def test_a_claim_that_keeps_the_condition_or_quotes_another_sentence_is_verbatim(capsys, index: Path,
                                                                                message: str) -> None:
    assert only_check(capsys, index, message)["verdict"] == "verbatim"


def test_a_speaker_known_by_a_given_name_alone_is_not_someone_else_than_the_person_it_opens() -> None:
    from index.answer.check import clearly_other, given_name_of
    from index.models import Speaker

    emily = Speaker(id="emily-varn", name="Emily Varn", kind="person")
    # the index credits "Emily" (the article going on about Emily Varn by her first name)
    assert given_name_of("Varn", [emily], ("Emily",))
    assert given_name_of("Emily Varn", [], ("Emily",))
    assert not clearly_other("Varn", [emily], ("Emily",), "emily")
    # another given name, or a full name, still tells two people apart
    assert not given_name_of("Varn", [emily], ("Rolf",))
    assert not given_name_of("Michael Varn", [], ("Emily",))
    assert clearly_other("Michael Varn", [], ("Emily",), "emily")


def test_a_claim_naming_a_body_the_sources_know_is_not_a_person_whose_title_shares_a_word() -> None:
    from index.answer.check import _fits_name, names_another
    from index.models import Speaker

    minister = Speaker(id="moll", name="Kenna Moll", titles=("northland national party justice minister",))
    body = Speaker(id="ne", name="Northland Executive", kind="organisation")
    assert _fits_name("Northland Executive", minister)  # a title word alone would make the claim hers
    assert names_another("Northland Executive", [body], minister)
    assert not names_another("Northland Executive", [minister], minister)
    assert not names_another("the justice minister", [body], minister)  # a role names nobody by name


def test_a_nickname_keeping_the_start_of_their_name_never_accuses() -> None:
    from index.answer.check import clearly_other, misspelt

    names = ("Alvar Fergusson", "Fergusson")
    assert misspelt("Fergie", names)  # a nickname: withheld, not someone else's words
    assert not clearly_other("Fergie", [], names, "af")
    assert not misspelt("Mark Fergan", names)  # a full name is another person
    assert clearly_other("Petrova", [], names, "af")
