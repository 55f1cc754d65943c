"""Wave 13 (helper who13b): pronouns that landed on the wrong person, each mechanism alone.

Each text is a sentence shape of news prose written for these tests; none is copied from a gold case or a seed.
The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.entities import doc_entities
from index.extract.quotes.extract import name_context
from index.extract.quotes.resolver import _Resolver, same_office_titles, second_place, speaks_after_two_pieces
from index.ingest.clean import load_document
from tests.conftest import quotes_shown


def test_he_after_a_town_and_its_state_is_the_person_they_describe(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Maria Quell, from Tulsa, Oklahoma, said she …': the state after the town is where she is from, however
    near the speech verb it stands; "she" in the next sentence is Maria Quell, not Oklahoma."""
    shown = quotes_shown(tmp_path, capsys, (
        "Auction of a forehead\n\n"
        "Maria Quell, from Tulsa, Oklahoma, said she would rent her forehead to an advertiser for a month. "
        '"It is only skin and it grows back," she told a radio station.\n'))
    assert [q["speaker"] for q in shown] == ["Maria Quell"]


@pytest.mark.parametrize(("before", "expected"), [
    ("Maria Quell, from Tulsa, ", True),
    ("Maria Quell, of the Acme Group, ", True),
    ("In Tulsa, ", False),  # a fronted phrase: the name after its comma opens the clause, its subject
    ("Maria Quell said on Monday, ", False),
    ("Maria Quell, who lives in Tulsa, ", False),
])
def test_second_place_alone(before: str, expected: bool) -> None:
    assert second_place(before) is expected


def test_a_subject_two_asides_before_its_verb_of_speech_still_speaks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Tom Hale, the chairman of the county party in Ohio, for example, said Ray Reed continued …': Hale is the
    subject of "said" past a role and an aside; Reed, after it, is the subject of what he said, so "he" in the next
    sentence is Hale (before, only Reed read as speaking: "said X")."""
    shown = quotes_shown(tmp_path, capsys, (
        "Party rift\n\n"
        "Tom Hale, the chairman of the county party in Ohio, for example, said Ray Reed continued to hurt the party "
        'by attacking its senator. "It has not gone well for him," he said.\n'))
    assert [q["speaker"] for q in shown] == ["Tom Hale"]


@pytest.mark.parametrize(("after", "expected"), [
    (", the chairman of the county party, for example, said", True),
    (", 54, a lawyer, told reporters", True),
    (", the chairman, said", False),  # one piece: the shared pattern's job
    (", the chairman of the party, and Ray Reed, a lawyer, said", False),  # a third piece: not the subject's verb
    (" said", False),
])
def test_speaks_after_two_pieces_alone(after: str, expected: bool) -> None:
    assert speaks_after_two_pieces("Tom Hale" + after, len("Tom Hale")) is expected


ROW = """Leaders deny rift over book

Prime Minister Ann Berg has denied a rift at the top of government after claims in a new book.

The book claimed that Mr Stahl told Ms Berg: "There is nothing you could ever say to me now." On Wednesday Ms Berg \
denied the remark was made.

Before leaving for Oslo on Tuesday, the {role} told reporters: "Of course I trust the prime minister."
"""


@pytest.mark.parametrize(("role", "expected"), [
    ("finance minister", None),  # another office than the one the text gives Ann Berg: someone it does not name
    ("prime minister", "Ann Berg"),  # her own office: her words
])
def test_a_role_of_another_office_is_not_the_only_minister_the_text_titles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], role: str, expected: str | None) -> None:
    """'… the finance minister told reporters: "…"' in a story whose only titled minister is Prime Minister Ann Berg:
    "finance" and "prime" each say which minister, so the words are not hers; "the prime minister" still is her."""
    shown = quotes_shown(tmp_path, capsys, ROW.format(role=role))
    assert shown[-1]["speaker"] == expected


@pytest.mark.parametrize(("desc", "title", "fits"), [
    ("the finance minister", "prime minister", False),
    ("Scotland's justice minister", "first minister", False),
    ("the prime minister", "prime minister", True),
    ("the Pakistani president", "president", True),  # a title with no office word fits any description of the role
    ("the minister", "prime minister", True),  # a description with none fits any title
    ("the 63-year-old minister", "prime minister", True),
])
def test_same_office_titles_alone(desc: str, title: str, fits: bool) -> None:
    assert (same_office_titles([(title, "Ann Berg")], desc) == [(title, "Ann Berg")]) is fits


def test_the_party_goes_on_from_the_body_its_spokesman_spoke_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'A spokesman for the Green League called on Mr Hale to quit the Harbour Council. The party said …': the
    spokesman's words were the League's, so "the party" is the League, not the council named after it."""
    shown = quotes_shown(tmp_path, capsys, (
        "Member quits party\n\n"
        "Mr Hale also left the Green League on Monday. A spokesman for the Green League called on Mr Hale to quit "
        'the Harbour Council. The party said Mr Hale "has a moral duty to stand down" from the seat.\n'))
    assert [q["speaker"] for q in shown] == ["Green League"]


@pytest.mark.parametrize(("mention", "body"), [
    ("A spokesman for the Green League", "Green League"),
    ("A Green League spokeswoman", "Green League"),
    ("A spokesman", None),  # names no body: the search before it decides
    ("Mr Hale", None),  # no spokesperson
])
def test_body_of_spokesperson_alone(tmp_path: Path, mention: str, body: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Row\n\nThe Green League met on Monday. {mention} said it would act.\n", encoding="utf-8")
    doc = load_document(path)
    ents = doc_entities(doc)
    res = _Resolver(doc, ents, doc.text, name_context(doc, ents))
    assert res.body_of_spokesperson(mention) == body
