"""Who a claim credits, read as people write it, and matched without a guess (issue 11, wave 7).

Each reading alone (``find_claims``), then the verdict a user sees through ``dossier check --json`` over an invented
article indexed for real: a claim addressed to the wrong gender ("Ms Stahl" for Mr Stahl) is never confirmed, a
stranger's name typed in lower case is no longer dropped (which made anyone's words "verbatim"), and a claim that
offers two people ("Stahl, or maybe Fors") confirms and accuses neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.claims import find_claims, offers_alternative, typed_person
from index.answer.evidence import gender_of, honorific_gender
from tests.conftest import index_over, only_check

WORDS = "The new plant will open next spring and hire two hundred people"


@pytest.mark.parametrize("message, speaker", [
    (f'Stahl didn\'t say "{WORDS}"', "Stahl"),  # a denial still names whom the words are about
    (f'Jonas Stahl did not say "{WORDS}"', "Jonas Stahl"),
    (f'Stahl never said "{WORDS}"', "Stahl"),
    (f'"{WORDS}" was said by Jonas Stahl', "Jonas Stahl"),
    (f'"{WORDS}" was first written by the Acme chief', "the Acme chief"),
    (f'Stahl was like "{WORDS}"', "Stahl"),
    (f'the chancellor on the plant: "{WORDS}"', "the chancellor"),  # a topic after a role, as after a name
    (f'"{WORDS}" — Ms. Stahl', "Ms. Stahl"),  # the full stop of an honorific ends no sentence (was "Stahl")
    (f'"{WORDS}" — J. Stahl', "J. Stahl"),
])
def test_the_claimed_speaker_is_read_from_more_shapes(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert (claim.speaker, claim.unsure) == (speaker, False)


@pytest.mark.parametrize("message", [
    f'"{WORDS}" — Stahl or Fors',
    f'"{WORDS}" — Stahl, or maybe Fors',
    f'"{WORDS}" — Stahl? Or Fors?',
    f'"{WORDS}" — Stahl (or was it Fors?)',
    f'"{WORDS}" — Stahl and Fors',
    f'Stahl, or maybe Fors, said "{WORDS}"',
    f'Stahl or perhaps Fors said "{WORDS}"',
])
def test_a_claim_offering_two_people_credits_neither(message: str) -> None:
    (claim,) = find_claims(message)
    assert (claim.speaker, claim.unsure) == (None, True)


@pytest.mark.parametrize("message, speaker", [
    (f'"{WORDS}" — Stahl, and I trust him', "Stahl"),  # "I" is nobody offered instead
    (f'"{WORDS}" — Stahl, or something like that', "Stahl"),
    (f'"{WORDS}" — Stahl. And Fors agreed', "Stahl"),  # a new sentence
])
def test_words_after_the_name_that_offer_nobody_else_keep_it(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert (claim.speaker, claim.unsure) == (speaker, False)


@pytest.mark.parametrize("tail, speaker, offered", [
    (" — Stahl or Fors", "Stahl", True), (" — Stahl", "Stahl", False), (" — Stahl or", "Stahl", False)])
def test_offers_alternative_alone(tail: str, speaker: str, offered: bool) -> None:
    assert offers_alternative(tail, speaker) is offered


@pytest.mark.parametrize("typed, name", [
    ("bob smith", "Bob Smith"), ("john mccain", "John Mccain"),
    ("bob", None),  # one word: too ambiguous to be a stranger's name ("mate", "guy" are given names somewhere)
    ("my mate", None), ("lol", None), ("the spokesman", None), ("fact check", None),
])
def test_a_lower_case_stranger_is_read_only_as_first_name_and_surname(typed: str, name: str | None) -> None:
    assert typed_person(typed) == name


@pytest.mark.parametrize("claimed, gender", [
    ("Ms Stahl", "f"), ("Mrs Stahl", "f"), ("Mr Stahl", "m"), ("Sir Jonas Stahl", "m"), ("Stahl", None),
    ("Dr Stahl", None)])
def test_the_gender_a_claim_gives_by_its_honorific(claimed: str, gender: str | None) -> None:
    assert honorific_gender(claimed) == gender


def test_the_gender_the_source_gives_by_title_or_first_name() -> None:
    assert gender_of("Jonas Stahl spoke. Mr Stahl said no.", "Jonas Stahl") == "m"
    assert gender_of("Sarah Vale spoke.", "Sarah Vale") == "f"
    assert gender_of("Tevfik Aksoy spoke.", "Tevfik Aksoy") == "m"  # a given name every country's list calls male
    assert gender_of("Zorvek Aksoy spoke.", "Zorvek Aksoy") is None  # no title, no list knows the name


ARTICLE = """Acme to build plant

Acme chief executive Jonas Stahl announced the plant on Monday. "The new plant will open next spring and hire two hundred people," Mr Stahl said.

Union leader Lena Fors welcomed the news. "We have waited a long time for good jobs in this town," Ms Fors said.
"""


@pytest.fixture(scope="module")
def plant_index(tmp_path_factory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave7"), {"plant.txt": ARTICLE})


def _verdict(capsys, index: Path, message: str) -> tuple[str, str | None, str | None]:
    check = only_check(capsys, index, message)
    return check["verdict"], check["claimed_speaker"], (check["real"] or {}).get("speaker")


@pytest.mark.parametrize("message, verdict", [
    (f'"{WORDS}" — Mr Stahl', "verbatim"),
    (f'"{WORDS}" — Ms Stahl', "speaker_unconfirmed"),  # was verbatim: Mr Stahl is no "Ms Stahl"
    (f'"{WORDS}" — Ms. Stahl', "speaker_unconfirmed"),  # was verbatim: the dotted honorific was cut off as a sentence
    (f'Mr. Stahl said "{WORDS}"', "verbatim"),
    ('"We have waited a long time for good jobs in this town" — Ms Fors', "verbatim"),
    ('"We have waited a long time for good jobs in this town" — Mr Fors', "speaker_unconfirmed"),
])
def test_a_claim_addressed_to_the_other_gender_is_not_confirmed(capsys, plant_index: Path, message: str,
                                                                verdict: str) -> None:
    assert _verdict(capsys, plant_index, message)[0] == verdict


def test_a_stranger_typed_in_lower_case_is_someone_else_not_verbatim(capsys, plant_index: Path) -> None:
    verdict, claimed, real = _verdict(capsys, plant_index, f'"{WORDS}" — bob smith')
    assert (verdict, claimed, real) == ("someone_else", "bob smith", "Jonas Stahl")  # was verbatim, speaker dropped
    assert _verdict(capsys, plant_index, f'"{WORDS}" — jonas stahl')[0] == "verbatim"
    assert _verdict(capsys, plant_index, f'lol: "{WORDS}"')[:2] == ("verbatim", None)  # names nobody


@pytest.mark.parametrize("message", [f'"{WORDS}" — Fors, or maybe Stahl', f'"{WORDS}" — Fors or Stahl'])
def test_a_claim_offering_two_people_is_unconfirmed_not_someone_else(capsys, plant_index: Path, message: str) -> None:
    assert _verdict(capsys, plant_index, message)[0] == "speaker_unconfirmed"  # was someone_else / verbatim


def test_a_denial_is_checked_against_the_one_it_names(capsys, plant_index: Path) -> None:
    assert _verdict(capsys, plant_index, f'Fors didn\'t say "{WORDS}"')[0] == "someone_else"  # Stahl's words
    assert _verdict(capsys, plant_index, f'"{WORDS}" was said by Lena Fors')[0] == "someone_else"
    assert _verdict(capsys, plant_index, f'"{WORDS}" was said by Jonas Stahl')[0] == "verbatim"


@pytest.mark.parametrize("message, speaker", [
    (f'"{WORDS}" - former PM Tony Blair', "Tony Blair"),  # was None: a lower-case modifier opened the title
    (f'Labour MP Diane Abbott said "{WORDS}"', "Diane Abbott"),  # one role table: "MP", "commissioner", "frontman"
    (f'EU trade commissioner Peter Mandelson warned: "{WORDS}"', "Peter Mandelson"),
    (f'"{WORDS}" said analyst John Smith of Deutsche Bank', "John Smith"),
    (f'The Bank of England governor said "{WORDS}"', "The Bank of England governor"),  # was "The Bank"
    (f'Mervyn King of the Bank of England said "{WORDS}"', "Mervyn King"),  # a surname that is a role word
    (f'Jane Smith, 45, from Leeds, said "{WORDS}"', "Jane Smith"),  # was "Leeds": an age and an origin are asides
    (f'At the summit Blair said "{WORDS}"', "Blair"),  # was "the summit Blair"
    (f'Mourinho, asked about Ferguson, said "{WORDS}"', "Mourinho"),  # was "Ferguson": a participle aside
    (f'Mourinho went on to say "{WORDS}"', "Mourinho"),  # was None
    (f'the Indian finance minister said "{WORDS}"', "the Indian finance minister"),  # modifiers of a role stay
    (f'"{WORDS}", a spokesman for Microsoft said', "a spokesman for Microsoft"),
])
def test_titles_asides_and_verb_phrases_around_a_name(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message", [
    'Lena Fors, 52, from Lowford, said "We have waited a long time for good jobs in this town"',
    'At the meeting Fors said "We have waited a long time for good jobs in this town"',
    'Fors, asked about Stahl, said "We have waited a long time for good jobs in this town"',
    'Union leader Lena Fors went on to say "We have waited a long time for good jobs in this town"',
])
def test_the_claimed_speaker_read_past_asides_is_confirmed(capsys, plant_index: Path, message: str) -> None:
    """Each was read as someone else ("Lowford", "the meeting Fors", "Stahl") or as nobody before."""
    verdict, claimed, real = _verdict(capsys, plant_index, message)
    assert verdict == "verbatim" and "Fors" in claimed and real == "Lena Fors"
