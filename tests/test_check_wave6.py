"""The quote checker's wave-6 rules (issue 11): who a claim credits, and when a title or a name fits a speaker.

Each rule alone, then through ``dossier check --json`` over an invented article indexed for real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import _apposed, _title_before, kind_fits, role_claim
from index.answer.claims import find_claims
from index.models import Speaker
from tests.conftest import index_over, only_check

ACME = Speaker(id="acme", name="Acme", kind="organisation", titles=("the firm",))
STAHL = Speaker(id="jonas-stahl", name="Jonas Stahl", aliases=("Stahl",), titles=("acme chief executive",))


@pytest.mark.parametrize("words, title", [
    (["Home", "Secretary"], ["Home", "Secretary"]),
    (["But", "the", "home", "secretary", "said", "Mr"], ["Mr"]),  # the secretary is the subject, not a title
    (["the", "Acme", "chief", "executive"], ["the", "Acme", "chief", "executive"]),
    (["it", "was", "Mr"], ["Mr"]),
])
def test_a_title_is_the_words_right_before_a_name_up_to_a_verb(words: list[str], title: list[str]) -> None:
    assert _title_before(words) == title


def test_a_role_said_of_someone_else_is_not_the_title_of_the_name_after_it() -> None:
    text = "But the home secretary said Mr Vance was wrong to say the law was biased."
    assert not _apposed(text, "Omar Vance", {"home", "secretary"})
    assert _apposed("Home Secretary Omar Vance said he was wrong.", "Omar Vance", {"home", "secretary"})


@pytest.mark.parametrize("claimed, role", [
    ("the Acme chief", True), ("Acme spokesman", True), ("Bishop Hale", True), ("Acme", False),
    ("Jonas Stahl", False), ("Hale's lawyer", True),
])
def test_a_claim_gives_a_role_only_with_a_role_word(claimed: str, role: bool) -> None:
    assert role_claim(claimed) is role


@pytest.mark.parametrize("claimed, speaker, fits", [
    ("the Acme chief", ACME, False),  # a statement issued by Acme is not its chief's speech
    ("an Acme spokesman", ACME, False),
    ("Acme", ACME, True),
    ("the Acme chief", STAHL, True),
])
def test_a_persons_role_never_fits_an_organisation(claimed: str, speaker: Speaker, fits: bool) -> None:
    assert kind_fits(claimed, speaker) is fits


@pytest.mark.parametrize("message, speaker", [
    ('"We will go" — the us federal reserve chairman', "the us federal reserve chairman"),
    ('"We will go" — Acme\'s chief, 2004', "Acme's chief"),
    ('"We will go" — true?', "true"),  # read as written; a word the sources do not know is dropped when checked
])
def test_words_after_a_dash_are_who_the_message_credits(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


ARTICLE = """Acme results lift shares

Acme chief executive Jonas Stahl said the year had been good. "We have doubled our sales in the north and we expect to do so again," Mr Stahl said.

In a statement, Acme said: "The board will propose a higher dividend for the year."

But the home secretary said Mr Stahl was wrong about the levy. Home Secretary Lena Fors said: "The levy on profits will stay where it is for now."
"""


@pytest.fixture(scope="module")
def acme_index(tmp_path_factory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave6"), {"acme.txt": ARTICLE})


@pytest.mark.parametrize("message, verdict", [
    ('"We have doubled our sales in the north" — Stahl', "verbatim"),
    ('"We have doubled our sales in the north" — the Acme chief executive', "verbatim"),
    # Stahl is named after "the home secretary said": the role is Fors's, never his title
    ('"We have doubled our sales in the north" — the home secretary', "someone_else"),
    # the company's statement is not its chief's speech, and the chief's words are not the company's statement
    ('"The board will propose a higher dividend for the year" — the Acme chief executive', "someone_else"),
    ('"We have doubled our sales in the north" — Acme', "someone_else"),
])
def test_roles_and_organisations_through_the_json_cli(capsys, acme_index: Path, message: str, verdict: str) -> None:
    check = only_check(capsys, acme_index, message)
    assert check["verdict"] in (verdict, "speaker_unconfirmed") if verdict == "someone_else" else \
        check["verdict"] == verdict
    assert check["verdict"] != "verbatim" or verdict == "verbatim"


@pytest.mark.parametrize("claimed, named, holder", [
    ("the Acme chief executive", "Acme", True),
    ("the Bishop of Lowford", "Lowford", True),
    ("an Acme spokesman", "Acme", False),  # a spokesman speaks for the body: its words are often given to it
    ("the Acme chief executive", "Jonas Stahl", False),
    ("Acme", "Acme", False),
])
def test_a_role_at_a_body_is_not_the_body(claimed: str, named: str, holder: bool) -> None:
    from index.answer.check import holder_of

    assert holder_of(claimed, named) is holder


@pytest.mark.parametrize("claimed, names, doubt", [
    ("Halvorsson", ("Jonas Halvorsen", "Halvorsen"), True),  # a misspelling too far for TYPO_MIN: no accusation
    ("Emily Halvorsen", ("Jonas Halvorsen", "Halvorsen"), False),  # the same surname exactly: another person
    ("Petrova", ("Jonas Halvorsen", "Halvorsen"), False),
])
def test_a_near_miss_surname_is_a_doubt_not_another_person(claimed: str, names: tuple[str, ...], doubt: bool) -> None:
    from index.answer.check import clearly_other, misspelt

    assert misspelt(claimed, names) is doubt
    if doubt:
        assert not clearly_other(claimed, [], names, "jonas-halvorsen")


def test_a_weak_attribution_never_grounds_an_accusation(acme_index: Path) -> None:
    """The same quotation of a real index, as the extractor read it (sure) and as a carried-over reading would
    be weighed (below ``ACCUSE_MIN``): only the sure one may call a claim of Lena Fors someone else's."""
    from dataclasses import replace

    from index.answer.check import ACCUSE_MIN, _speech_units, accusation
    from index.answer.engine import Engine

    snap = Engine(acme_index).snapshot()
    text = snap.document("acme")[0]
    stahl = [u for u in _speech_units(snap, text, snap.quotations_in("acme")) if u.speaker == "Jonas Stahl"][0]
    claimed_people = snap.registry.match("Lena Fors", limit=1)
    sure = replace(stahl, confidence=0.9)
    weak = replace(stahl, confidence=ACCUSE_MIN - 0.05)
    assert accusation(snap, sure, "Lena Fors", claimed_people, None, None)[0].value == "someone_else"
    assert accusation(snap, weak, "Lena Fors", claimed_people, None, None)[0].value == "speaker_unconfirmed"


@pytest.mark.parametrize("claimed, name", [
    ("Former Acme chief Stahl", "Stahl"),
    ("Secretary General Jonas Stahl", "Jonas Stahl"),
    ("the Acme chief", None),
    ("Bishop of Lowford", None),
    ("Jonas Stahl", None),
])
def test_a_title_before_a_name_leads_to_the_name(claimed: str, name: str | None) -> None:
    from index.answer.check import name_after_role

    assert name_after_role(claimed) == name


def test_a_claim_with_a_title_before_the_name_is_resolved_by_the_name(capsys, acme_index: Path) -> None:
    message = '"We have doubled our sales in the north" — Former Acme boss Stahl'
    check = only_check(capsys, acme_index, message)
    assert (check["verdict"], check["real"]["speaker"]) == ("verbatim", "Jonas Stahl")


@pytest.mark.parametrize("claimed", ["Spokesman for President Stahl", "an aide to Acme chief Jonas Stahl",
                                     "lawyer for Acme boss Stahl"])
def test_a_role_serving_a_name_does_not_lead_to_it(claimed: str) -> None:
    from index.answer.check import name_after_role

    assert name_after_role(claimed) is None


@pytest.mark.parametrize("message", [
    '"We have doubled our sales in the north" — an aide to Acme chief executive Jonas Stahl',
    'An aide to Acme chief executive Jonas Stahl said "We have doubled our sales in the north"',
    '"We have doubled our sales in the north" — spokesman for Acme chief executive Jonas Stahl',
])
def test_words_credited_to_someones_aide_are_never_verbatim_for_the_aide(capsys, acme_index: Path,
                                                                          message: str) -> None:
    check = only_check(capsys, acme_index, message)
    assert check["verdict"] != "verbatim"


@pytest.mark.parametrize("message", [
    'Lena Fors attacked Stahl after he said "We have doubled our sales in the north"',
    'Stahl and Lena Fors said "The levy on profits will stay where it is for now"',
    'Lena Fors and Stahl said "The levy on profits will stay where it is for now"',
])
def test_an_unsure_claim_is_neither_verbatim_nor_someone_else(capsys, acme_index: Path, message: str) -> None:
    check = only_check(capsys, acme_index, message)
    assert check["verdict"] == "speaker_unconfirmed"


def test_role_head_reads_the_role_that_heads_a_claimed_speaker() -> None:
    from index.answer.check import role_head

    assert role_head("the Acme chief executive") == "executive"
    assert role_head("an Acme spokesman") == "spokesman"
    assert role_head("Acme") is None
    assert role_head("Jonas Stahl") is None
