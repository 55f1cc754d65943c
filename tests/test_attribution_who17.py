"""Chains of mentions (issue 10, wave 17): a weak cue's speaker, withheld before, is named when the document itself
leaves no one else who fits -- and stays unnamed when it does not.

Every text is an invented article; each resolver is tested alone on a page built from it, and the whole
extractor is run as ``dossier quotes --json`` shows it to a user.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import index.extract.quotes.chain as chain
import index.extract.quotes.evidence as ev
from index.extract.entities import doc_entities
from tests.conftest import quotes_shown
from tests.test_quotes import document

BAKERY = (
    "Bakery sold\n\n"
    "Rosa Pell and Colm Pell opened the bakery on Mill Street in 1990. Colm Pell said he had always wanted to bake.\n\n"
    "Mrs Pell ran the shop for thirty years, and she kept the old recipes.\n\n"
    '"We never wanted to sell, but the rent doubled in a year," Pell said.\n\n'
    "The new owners take over in May.\n"
)

RULES_FIGHT = (
    "Rules fight\n\n"
    "Ms Ada Crane wants the rules committee to vote on her plan, and she has allies.\n\n"
    "Evans, the county chairman, suggested that at least twenty members of the committee already back Crane, "
    "so reaching the threshold seems achievable.\n\n"
    '"All of the campaigns are making their respective arguments," he said.\n'
)


def _chains(text: str) -> chain.Chains:
    """The chains of mentions of an invented article, read off the page the evidence reads."""
    doc = document(text)
    ents = doc_entities(doc)
    key_of = ev.key_function(ents.full_name)
    masked = text  # no quotation interiors matter to these texts' names
    starts = [0] + [m.end() for m in __import__("re").finditer(r"[.!?]\s+", text)]
    page = ev.Page(masked=masked, sentence_starts=starts, para_starts=[p.start for p in doc.paragraphs],
                   person_keys=ev.person_keys(ents.full_names, key_of), key_of=key_of)
    return chain.Chains(page)


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        ({"title:f": 1}, "f"),  # "Mrs Pell"
        ({"pron:m": 2}, "m"),
        ({"pron:m": 3, "pron:f": 1}, "m"),  # a stray pronoun does not unsettle a man called "he" three times
        ({"pron:m": 1, "pron:f": 1}, None),  # an even split settles nothing
        ({"title:m": 1, "pron:f": 2}, None),  # "Mr" against two "she": not clearly one-sided
        ({}, None),
    ],
)
def test_settled_genders_alone(votes: dict[str, int], expected: str | None) -> None:
    """A gender is settled only where the document is clearly one-sided about a person."""
    assert chain.settled_genders({"k": votes}).get("k") == expected


def test_gender_comes_from_titles_and_the_pronouns_after_a_name() -> None:
    """'Ms Ada Crane … her plan, and she …': the title before the full name and the pronoun after it; the "he" of a
    quotation's cue two sentences on is no vote for her."""
    assert _chains(RULES_FIGHT).gender.get("ada crane") == "f"


def test_namesake_by_gender_alone() -> None:
    """'Colm Pell said he …', 'Mrs Pell … she': the bare Pell is the other Pell, Rosa."""
    assert chain.namesake_by_gender("Pell", ["Rosa Pell", "Colm Pell"], _chains(BAKERY)) == "Rosa Pell"


def test_namesakes_of_one_gender_settle_nothing() -> None:
    """Two women called Pell: "Mrs Pell … she" fits both, so neither is chosen."""
    text = BAKERY.replace("Colm Pell said he", "Nora Pell said she").replace("Colm Pell", "Nora Pell")
    assert chain.namesake_by_gender("Pell", ["Rosa Pell", "Nora Pell"], _chains(text)) is None


def test_bare_surname_of_two_namesakes_names_the_one_of_its_gender(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The bare surname used to be withheld (two Pells); the chains of mentions name Rosa Pell."""
    shown = quotes_shown(tmp_path, capsys, BAKERY)
    assert [q["speaker"] for q in shown] == ["Rosa Pell"]


def test_bare_surname_of_two_women_stays_unnamed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same story with two women called Pell: nothing in the words says which, so no name."""
    text = BAKERY.replace("Colm Pell said he", "Nora Pell said she").replace("Colm Pell", "Nora Pell")
    assert [q["speaker"] for q in quotes_shown(tmp_path, capsys, text)] == [None]


def test_he_after_the_only_man_named_since_is_him(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Evans … back Crane … "…," he said', where the text calls Crane "Ms" and "she": "he" can only be Evans
    (withheld before: another person is named between him and the quotation)."""
    assert [q["speaker"] for q in quotes_shown(tmp_path, capsys, RULES_FIGHT)] == ["Evans"]


def test_he_with_another_man_named_since_stays_unnamed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same story where the rival is "Mr Crane", called "he": the pronoun fits both men, so no name."""
    text = RULES_FIGHT.replace("Ms Ada Crane", "Mr Adam Crane").replace("her plan, and she", "his plan, and he")
    assert [q["speaker"] for q in quotes_shown(tmp_path, capsys, text)] == [None]


def test_pronoun_resolver_alone_needs_a_tail_cue() -> None:
    """The pronoun must be the quotation's own cue right after the closing mark ('"…," he said'), not a pronoun
    that introduces reported speech a fragment sits in."""
    chains = _chains(RULES_FIGHT)
    close = RULES_FIGHT.index('," he said') + 1
    open_at = RULES_FIGHT.index('"All of')
    assert chain.pronoun_by_gender(chain.Case(open_at, close, "he", "Evans"), chains) == "pronoun_gender"
    assert chain.pronoun_by_gender(chain.Case(open_at, close - 30, "he", "Evans"), chains) is None
    assert chain.pronoun_by_gender(chain.Case(open_at, close, "she", "Evans"), chains) is None
