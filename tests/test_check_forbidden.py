"""The quote checker's two forbidden verdicts closed by mechanism (issue 11, wave 6): an accusation needs a real
speaker who is clearly another person, and words cut off before an opposing phrase are never verbatim.

Each rule alone, then through ``dossier check --json`` over an invented article indexed for real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import a_person_by_name, opposed_after, pronoun_misread, stands_apart
from index.answer.claims import find_claims
from index.answer.frames import Frame
from index.answer.wording import tokens
from index.models import Speaker
from tests.conftest import index_over, only_check

STAHL = Speaker(id="jonas-stahl", name="Jonas Stahl", aliases=("Stahl",))
ACME = Speaker(id="acme", name="Acme", kind="organisation")
BODY = Speaker(id="other-body", name="Lowford Council", kind="organisation")
DESCRIBED = Speaker(id="d", name="European outreach coordinator for digital rights group Open Lines")
NOT_A_PERSON = Speaker(id="tc", name="Triple Crown")
TITLED = Speaker(id="t", name="Lord Woolf")
ACME_CHIEF = Speaker(id="jonas-stahl", name="Jonas Stahl", titles=("acme chief executive",))
ELSEWHERE = Speaker(id="lena-fors", name="Lena Fors", titles=("chair of the public accounts committee",))


@pytest.mark.parametrize("speaker, people, apart", [
    (STAHL, [], True),
    (DESCRIBED, [], False),  # a description may be how the article introduces the very person claimed
    (ACME, [STAHL], False),  # a body's words may be spoken for it by the person claimed
    (ACME, [ACME_CHIEF], False),  # the sources describe him by the body
    (ACME, [ELSEWHERE], True),  # the sources place her elsewhere: not Acme's voice
    (ACME, [], False),  # a claimed person the sources do not know may work for it
    (ACME, [BODY], True),  # one body is not another
])
def test_only_a_named_person_stands_apart_from_the_claimed_speaker(speaker: Speaker, people: list[Speaker],
                                                                   apart: bool) -> None:
    assert stands_apart(speaker, people) is apart


@pytest.mark.parametrize("speaker, person", [(STAHL, True), (TITLED, True), (NOT_A_PERSON, False)])
def test_a_person_is_known_by_a_given_name_or_an_honorific(speaker: Speaker, person: bool) -> None:
    assert a_person_by_name(speaker) is person


@pytest.mark.parametrize("speaker, who, misread", [
    (NOT_A_PERSON, "he", True),  # "he told BBC Sport" can never point at "Triple Crown"
    (STAHL, "he", False),
    (NOT_A_PERSON, "the spokesman", False),  # not a pronoun: not this check's business
])
def test_a_pronoun_resolved_to_no_person_is_a_misreading(speaker: Speaker, who: str, misread: bool) -> None:
    assert pronoun_misread(speaker, Frame(who=who)) is misread


@pytest.mark.parametrize("text, claim_words, opposed", [
    ("it is unlikely he would appoint a judge against the wishes of the chief justice", 8, True),
    ("we will go ahead without their support", 4, True),
    ("we will go ahead, without doubt", 4, False),  # a comma: the phrase is an aside of its own
    ("we will go ahead with their support", 4, False),
    ("we will go ahead", 4, False),
])
def test_words_cut_off_before_an_opposing_phrase(text: str, claim_words: int, opposed: bool) -> None:
    assert opposed_after(text, tokens(text), claim_words) is opposed


@pytest.mark.parametrize("message, speaker", [
    ('"Investors seemed to feel the worst was over" -- who said this?', None),
    ('"Investors seemed to feel the worst was over" — said Gordon Brown', "Gordon Brown"),
    ('"Investors seemed to feel the worst was over" — Gordon Brown', "Gordon Brown"),
])
def test_a_verb_never_opens_a_claimed_speaker(message: str, speaker: str | None) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


ARTICLE = """Acme wins approval

Acme chief executive Jonas Stahl said the ruling was fair. "It is unlikely that the council would approve a plant against the wishes of the town," Mr Stahl said.
"""


@pytest.fixture(scope="module")
def acme_index(tmp_path_factory) -> Path:
    return index_over(tmp_path_factory.mktemp("forbidden"), {"acme.txt": ARTICLE})


def test_a_claim_cut_before_against_is_altered_through_the_json_cli(capsys, acme_index: Path) -> None:
    message = '"It is unlikely that the council would approve a plant" — Jonas Stahl'
    check = only_check(capsys, acme_index, message)
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")
    message = '"It is unlikely that the council would approve a plant against the wishes of the town" — Jonas Stahl'
    check = only_check(capsys, acme_index, message)
    assert check["verdict"] == "verbatim"


@pytest.mark.parametrize("british, american", [
    ("palaeontologists", "paleontologists"), ("haemorrhage", "hemorrhage"), ("paediatric", "pediatric"),
    ("archaeology", "archeology"), ("anaemia", "anemia"), ("oestrogen", "estrogen"), ("foetus", "fetus"),
])
def test_greek_and_latin_digraphs_are_a_spelling_variant(british: str, american: str) -> None:
    from index.answer.wording import fold_word

    assert fold_word(british) == fold_word(american)


@pytest.mark.parametrize("word, other", [("Michael", "Michel"), ("does", "des"), ("aerial", "erial"), ("poem", "pem")])
def test_other_words_with_the_same_letters_are_not_folded(word: str, other: str) -> None:
    from index.answer.wording import fold_word

    assert fold_word(word) != fold_word(other)


@pytest.mark.parametrize("claimed, name", [
    ("lord woolf", "woolf"),
    ("Rev Adrian Rodgers", "Adrian Rodgers"),
    ("Lord Chancellor", None),  # a title, not a name
    ("Jonas Stahl", None),
])
def test_an_honorific_leads_to_the_name(claimed: str, name: str | None) -> None:
    from index.answer.check import name_after_honorific

    assert name_after_honorific(claimed) == name


def test_the_audit_refuses_any_collection_that_is_not_tuning_data(capsys) -> None:
    """A held-out collection and a misspelt one are both refused up front (a misspelt one used to audit nothing
    and report no failure)."""
    from benchmarks.check_audit import main

    for wanted in ("seeds,bbc6", "bbx"):
        assert main(["--collections", wanted]) == 2
        assert "tuning collections only" in capsys.readouterr().err
