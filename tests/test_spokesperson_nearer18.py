"""Wave 18 (who18): a spokesperson the text does not name ("the spokesman said", "the Kelby Channel's spokeswoman
said:") who speaks between the person a pronoun or a run found and the quotation is the nearer speaker: "he added"
is the spokesman, and the name found further back is withheld (the quotation keeps its words, unnamed). A
spokesman the text names keeps the name. Invented texts."""

from __future__ import annotations

from index.extract.quotes import extract_quotations
from tests.conftest import document


def speaker_of(text: str, opening: str) -> str | None:
    found = [q for q in extract_quotations(document(text)) if q.text.startswith(opening)]
    assert found, "no quotation found"
    return found[0].speaker


def test_a_possessed_spokeswoman_speaks_before_she_added() -> None:
    text = ("Betting halted on talent show\n\n"
            "A bookmaker has stopped taking bets on Star Search after claiming the results had leaked.\n\n"
            "\"This is highly unlikely to have been a lucky guess,\" Kelby Bets spokesman Dale Morrow said. Mr Morrow "
            "believed someone had seen the voting figures. But he added: \"They need to look at who sees the figures.\"\n\n"
            "Star Search's spokeswoman said: \"Only a handful of senior producers ever see the voting figures and "
            "strict rules keep them secret. \"We do not feel the need to look into this any further as the rules "
            "work.\" The show's adjudicator was also satisfied, she added.\n")
    assert speaker_of(text, "They need to look") == "Dale Morrow"  # his own run stays his
    assert speaker_of(text, "Only a handful") is None
    assert speaker_of(text, "We do not feel") is None


def test_the_spokesman_of_the_paragraph_before_is_who_added() -> None:
    text = ("Police powers row\n\n"
            "Campaigner Omar Haddad said the new stop powers were aimed at one community.\n\n"
            "There was a perception that the powers targeted one group, but that was not so, the spokesman said.\n\n"
            "\"They are not aimed at any particular community,\" he added.\n")
    assert speaker_of(text, "They are not aimed") is None


def test_a_named_spokesman_keeps_his_name() -> None:
    text = ("Police powers row\n\n"
            "John Keller, a spokesman for the Kelby force, said the new stop powers were fair.\n\n"
            "\"They are not aimed at any particular community,\" he added.\n")
    assert speaker_of(text, "They are not aimed") == "John Keller"


def test_the_check_alone_reads_definite_and_possessed_spokespeople() -> None:
    from index.extract.quotes.confidence import unnamed_speaker_nearer

    said = "Tom Hale spoke first. The council's spokeswoman said it was fair. "
    assert unnamed_speaker_nearer(said, 0, len(said), "Tom Hale")
    assert unnamed_speaker_nearer("Tom Hale spoke. It was fair, the spokesman said. ", 0, 48, "Tom Hale")
    # named before the spokesperson speaks, the person found is past it: "Tom Hale, the spokesman, said"
    assert not unnamed_speaker_nearer("The spokesman said so. Tom Hale agreed. ", 0, 40, "Tom Hale")
    # across a paragraph break only from spokes_lo
    text = "It was fair, the spokesman said.\n\nTom"
    assert not unnamed_speaker_nearer(text, 34, 34, "Ann Lee")
    assert unnamed_speaker_nearer(text, 34, 34, "Ann Lee", spokes_lo=0)
