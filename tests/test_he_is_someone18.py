"""Wave 18 (who18): "he"/"she" may stand only for a name the text treats as someone's — a given name, an honorific
or a title, a role beside the name, an age, a gender, an organisation, or a name it makes the subject of a verb of
speech elsewhere. A pronoun resolved to a capitalised run with none of that (a storm watch, a show, a product) is
withheld: the quotation keeps its words, unnamed. Invented texts."""

from __future__ import annotations

from index.extract.entities import doc_entities
from index.extract.quotes import extract_quotations
from index.extract.quotes.confidence import is_someone
from index.extract.quotes.extract import name_context
from tests.conftest import document


def speaker_of(text: str, opening: str) -> str | None:
    found = [q for q in extract_quotations(document(text)) if q.text.startswith(opening)]
    assert found, "no quotation found"
    return found[0].speaker


def test_he_is_not_a_storm_watch() -> None:
    text = ("Storm warning\n\nSaltmarsh Coastal Flood Watch has issued an alert for the coast. "
            "\"People should stay indoors tonight,\" he said.\n")
    assert speaker_of(text, "People should stay") is None


def test_a_person_with_an_unlisted_given_name_and_a_role_keeps_the_name() -> None:
    text = ("Web shopping grows\n\nIggo Fanlar, chief marketing officer at Shopping Circle, said online sales had "
            "doubled.\n\n\"The number one reason now is convenience,\" he said.\n")
    assert speaker_of(text, "The number one reason") == "Iggo Fanlar"


def test_a_body_a_spokesman_spoke_for_is_not_named_for_him() -> None:
    text = ("Water bills rise\n\nBills will rise by 5% in April, Kelby Water said on Monday.\n\n"
            "\"We have held prices down for three years,\" it said. A Kelby Water spokesman said: \"This is the "
            "first rise since 2001.\" \"We know it is hard for families,\" he added.\n")
    assert speaker_of(text, "We know it is hard") is None  # his, unnamed (wave 38: a spokesperson is no speaker)


def test_the_evidence_alone() -> None:
    text = ("Aarav Quill, 45, spoke first. Then Zoltek Brand said he would wait. Harbour Tide Watch issued an alert. "
            "Mayor Dawn Oyelaran opened the hall.")
    doc = document("Headline\n\n" + text)
    ents = doc_entities(doc)
    ctx = name_context(doc, ents)
    assert is_someone("Aarav Quill", ents, ctx)  # an age after the name
    assert is_someone("Zoltek Brand", ents, ctx)  # the subject of a verb of speech
    assert is_someone("Dawn Oyelaran", ents, ctx)  # a title before the name
    assert not is_someone("Harbour Tide Watch", ents, ctx)
