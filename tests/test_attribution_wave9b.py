"""Wave 9's attribution checks read from US political news (issue 10): each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from index.extract.quotes import extract_quotations
from index.ingest.paragraphs import split_paragraphs
from index.models import Document, SourceMeta


def _speakers(text: str) -> list[str | None]:
    doc = Document(meta=SourceMeta(id="w9b"), text=text, paragraphs=split_paragraphs(text))
    return [q.speaker for q in extract_quotations(doc)]


def test_an_age_between_a_name_and_its_verb_keeps_the_name_speaking() -> None:
    """'"…," Tom Hale, 66, said': an age set off by commas is part of the subject, as an appositive is."""
    text = ('Voters\n\nTom Hale and Anna Berg spoke on Monday.\n\n'
            '"We have been sitting very quietly for a year," Tom Hale, 66, said.\n\n'
            'Anna Berg, 59, said: "Most of our neighbours feel the same."')
    assert _speakers(text) == ["Tom Hale", "Anna Berg"]


def test_a_given_name_written_on_its_own_is_not_a_descriptor_of_the_surname() -> None:
    """'Khizr and Ghazala Khan … Khizr Khan said': an unusual given name is no descriptor glued to the surname."""
    text = ('Parents\n\nZorvath and Ghazala Okonkwo spoke at the convention on Monday.\n\n'
            '"People point fingers at us when we walk by," Zorvath Okonkwo said on the programme.')
    assert _speakers(text) == ["Zorvath Okonkwo"]


def test_an_inverted_reporting_clause_after_the_sentence_runs_on_names_its_own_subject() -> None:
    """'"… unlikely" that Sanders can catch Clinton, said X': the name before the comma is an object, X speaks."""
    text = ('Race\n\nAnna Berg and Tom Hale are running. Paul Reed was an aide to a former candidate.\n\n'
            '"She can claim it, but it seems extremely unlikely" that Berg can catch Hale, said Paul Reed, '
            'a strategist.\n\n'
            '"This will be a challenge" for Hale, said Reed.')
    assert _speakers(text) == ["Paul Reed", "Paul Reed"]


def test_words_in_a_relative_clause_of_speech_are_not_the_main_subjects() -> None:
    """'X claims he was betrayed by the authorities, who promised he would live like an "…"': not X's words."""
    text = ('Spy\n\nTom Hale claims he has been betrayed by the local authorities, who promised he would live like an '
            '"ordinary citizen of the town". He is now on hunger strike.')
    assert _speakers(text) == [None]
