"""Wave 19 review of who18: invented texts where the branch's two withholding checks should not fire, and did.

- the spokesperson nearer (04ca908): "the spokesman said" is the man the text already named as the spokesman, or a
  spokesman where the quotation says "she": the name found is still the speaker, as on main;
- he/she stands only for someone known (0dc24f1): a name the text gives the plain signs of a person ("X, who …",
  "X, aged 52,", "according to X") is someone, whatever the given-name lists hold.
"""

from __future__ import annotations

from index.extract.quotes import extract_quotations
from index.extract.quotes.confidence import unnamed_speaker_nearer
from tests.conftest import document


def speaker_of(text: str, opening: str) -> str | None:
    found = [q for q in extract_quotations(document(text)) if q.text.startswith(opening)]
    assert found, "no quotation found"
    return found[0].speaker


def test_the_spokesman_the_text_named_speaks_on() -> None:
    text = ("Ferry fares rise\n\nLinkline spokesman Tomas Reyvik said fares would rise in May. "
            "The spokesman said the rise was the first in four years.\n\n"
            "\"We have held prices for as long as we could,\" he added.\n")
    assert speaker_of(text, "We have held") == "Tomas Reyvik"


def test_the_spokesman_named_in_apposition_speaks_on() -> None:
    text = ("Ferry fares rise\n\nTomas Reyvik, a spokesman for Linkline, said fares would rise in May.\n\n"
            "Fuel costs had doubled, the spokesman said.\n\n"
            "\"We have held prices for as long as we could,\" he added.\n")
    assert speaker_of(text, "We have held") == "Tomas Reyvik"


def test_a_spokesman_is_not_she() -> None:
    text = ("Mine closure\n\nUnion leader Petra Lindqvist said the mine would close in June. "
            "The firm's spokesman said on Monday that talks would go on.\n\n"
            "\"Four hundred jobs will go,\" she said.\n")
    assert speaker_of(text, "Four hundred jobs") == "Petra Lindqvist"


def test_another_bodys_spokeswoman_still_withholds_a_named_spokesman() -> None:
    said = "Acme spokesman Tom Hale spoke first. The council's spokeswoman said it was fair. "
    assert unnamed_speaker_nearer(said, 0, len(said), "Tom Hale")  # (a run: no pronoun of its own)
    said = "Tom Hale spoke first. The spokesman said it was fair. "
    assert unnamed_speaker_nearer(said, 0, len(said), "Tom Hale", pronoun="he")
    assert not unnamed_speaker_nearer(said, 0, len(said), "Tom Hale", pronoun="she")


def test_the_places_a_name_is_written_as_someones_are_read_once_per_document() -> None:
    """is_someone's text evidence, read once per document: each sign alone, and a name with none."""
    from index.extract.quotes.confidence import _names_someone

    text = ("Mr Quill spoke. Zoltek said no. The board told Harbour Ives it was over. Its chief Ann Dorsey left. "
            "Eric Hale, 45, waited. Iggy Fanlo, chief marketing officer at Acme, agreed. Tide Watch issued an alert. "
            "Saltmarsh Brand later told reporters so. He told the BBC Corvin was fine.")
    for name in ("Quill", "Zoltek", "Ives", "Dorsey", "Hale", "Fanlo", "Brand", "Corvin"):
        assert _names_someone(text, name), name
    for name in ("Watch", "Tide", "Acme", "Zolt", "Quil"):
        assert not _names_someone(text, name), name


def test_a_person_with_an_unlisted_given_name_and_who_after_it_keeps_he() -> None:
    text = ("Bakery wins prize\n\nOyelowo Tchamba, who opened the bakery in 2009, won a national prize on Tuesday.\n\n"
            "\"I never expected this,\" he said.\n")
    assert speaker_of(text, "I never expected") == "Oyelowo Tchamba"


def test_a_person_with_an_age_after_aged_keeps_he() -> None:
    text = "Bridge fears\n\nXiomar Quetzal, aged 52, was less worried.\n\n\"The bridge is fine,\" he said.\n"
    assert speaker_of(text, "The bridge is fine") == "Xiomar Quetzal"


def test_a_person_the_text_reports_according_to_keeps_he() -> None:
    text = ("Bakery wins prize\n\nAccording to Xiomar Quetzal, the prize came as a surprise.\n\n"
            "\"I never expected this,\" he said.\n")
    assert speaker_of(text, "I never expected") == "Xiomar Quetzal"


def test_a_storm_watch_with_who_nowhere_is_still_no_one() -> None:
    text = ("Storm warning\n\nSaltmarsh Coastal Flood Watch, which covers the bay, has issued an alert. "
            "\"People should stay indoors tonight,\" he said.\n")
    assert speaker_of(text, "People should stay") is None


def test_a_person_the_text_takes_up_by_surname_keeps_he() -> None:
    text = ("Bakery wins prize\n\nA bakery run by Oyelowo Tchamba won a national prize on Tuesday. In 2009, Tchamba "
            "opened the shop with a loan from his brother.\n\n\"I never expected this,\" he said.\n")
    assert speaker_of(text, "I never expected") == "Oyelowo Tchamba"


def test_a_storm_watch_whose_last_word_opens_no_sentence_is_still_no_one() -> None:
    text = ("Storm warning\n\nSaltmarsh Coastal Flood Watch has issued an alert for the coast. Watch officials "
            "expected high tides. \"People should stay indoors tonight,\" he said.\n")
    assert speaker_of(text, "People should stay") is None


def test_a_ranked_officer_keeps_he() -> None:
    text = ("Contractor leaves\n\nLt Col Eric Dunmore of the works office told reporters the contract had ended. "
            "\"Some parts of the region are a lot calmer than others,\" he added.\n")
    assert speaker_of(text, "Some parts of the region") == "Eric Dunmore"


def test_a_person_who_speaks_past_an_apposition_keeps_he() -> None:
    text = ("Computers for all\n\nXiomar Quetzal, one of the lab's graduate students, says the device must be cheap. "
            "\"It has to survive a monsoon,\" he said.\n")
    assert speaker_of(text, "It has to survive") == "Xiomar Quetzal"
