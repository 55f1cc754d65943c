"""Quote-check readings of wave 10 (issue 11, helper check10): who the source credits words to when the index
leaves them unnamed, through ``dossier check --json`` over an invented article indexed for real, and the readers
alone. Every name here is invented.

- A "she said" / "he said" frame points back to the subject of the sentence before (through sentences whose subject
  is the same pronoun): the claimed speaker named there is the speaker.
- A frame's verb may be any verb news attributes speech with ('"…," assured Mr Voss', ', adding in a letter: "…"').
- A claim's speaker "of Hollis & Crane" keeps the name before "of": "&" inside a firm's name joins no two people.
- A stage name ending in a number ("Rico 5000") is a name of its own, so words the source gives another are theirs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.answer.check import names_a_person
from index.answer.claims import find_claims
from index.answer.frames import pronoun_referent, voice_before
from tests.conftest import index_over

ARTICLE = """Prices jump as analysts split

By a staff reporter

Prices rose again in March, official figures show.

"Traders might read this jump as a sign of more to come," said Piet Marlow, chief analyst at Hollis & Crane. But Ivo Tennant, chief economist at Brightwater, said the report was "less alarming" than it looked. Prices for cars also rose, but Tennant said "it is a good bet these increases will fade quickly".

Producer Karl Voss signed the deal for the show on Monday.

"There will be no singing and dancing at the launch of the show," assured Mr Voss. The music is being written by a composer from Oslo.

Former minister Greta Lindqvist, who left the cabinet last year, said the figures were worrying. She told the radio station the full report should be published at once.

"My view is we need a special committee to look at exactly what happened to prices," she said.

But Dane Corrigan accused Tobias Wendt of stirring up trouble for his own gain.

He urged Wendt to join the charity show, adding in a letter: "We are not playing games here, we are trying to save lives."

The rapper Jem Okoro told the crowd: "We finally won an award at last, thank you all very much."

Their double album, which saw Rico 5000 and Dex Vane each produce one disc, was hailed as the album of the year.

Rico 5000 thanked fans "for supporting the band throughout the years". "We really appreciate it," he said. "I hope you don't get tired of us, but we only do what we do."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave10b"), {"prices.txt": ARTICLE})


def _check(capsys, index: Path, message: str) -> dict:
    from index.cli import main

    assert main(["check", "--index", str(index), "--json", message]) == 0
    (check,) = json.loads(capsys.readouterr().out)["checks"]
    return check


@pytest.mark.parametrize("message", [
    'Greta Lindqvist: "My view is we need a special committee to look at exactly what happened to prices"',
    'Dane Corrigan wrote: "We are not playing games here, we are trying to save lives."',
    'Karl Voss: "There will be no singing and dancing at the launch of the show"',
])
def test_words_the_source_credits_to_the_claimed_speaker_are_verbatim(capsys, index: Path, message: str) -> None:
    assert _check(capsys, index, message)["verdict"] == "verbatim"


def test_words_of_another_are_not_confirmed_for_a_person_named_beside_them(capsys, index: Path) -> None:
    # Wendt is named in the very sentence, but "He" is Corrigan, the subject of the sentence before
    check = _check(capsys, index, 'Tobias Wendt: "We are not playing games here, we are trying to save lives."')
    assert check["verdict"] != "verbatim"


def test_a_claim_naming_someone_of_a_firm_with_an_ampersand_credits_that_person(capsys, index: Path) -> None:
    check = _check(capsys, index, 'Piet Marlow of Hollis & Crane said "it is a good bet these increases will fade quickly"')
    assert check["claimed_speaker"] == "Piet Marlow"
    assert check["verdict"] == "someone_else"


def test_a_stage_name_with_a_number_is_accused_of_another_s_words(capsys, index: Path) -> None:
    check = _check(capsys, index, 'Rico 5000: "We finally won an award at last, thank you all very much."')
    assert check["verdict"] == "someone_else"


def test_an_ampersand_between_two_names_still_credits_neither() -> None:
    (claim,) = find_claims('Petrova & Halvorsen said "the plan will fail before the summer"')
    assert claim.speaker is None and claim.unsure
    (claim,) = find_claims('Jo Brand of Marks & Sons said "the plan will fail before the summer"')
    assert claim.speaker == "Jo Brand"


@pytest.mark.parametrize("name, named", [("Rico 5000", True), ("the 5000", False), ("Minister 2", False),
                                         ("the striker", False)])
def test_a_name_may_end_in_a_number(name: str, named: bool) -> None:
    assert names_a_person(name) is named


def _antecedent(text: str, pronoun: str) -> str | None:
    at = text.index('"')
    return pronoun_referent(text, 0, at, pronoun)


@pytest.mark.parametrize("text, pronoun, who", [
    ('Ada Brill, who chairs the panel, said it was late. She told MPs it must be published.\n\n"It is late," she said.',
     "she", "Ada Brill"),
    ('But Dane Corrigan accused Tobias Wendt of greed.\n\nHe urged Wendt to join, adding: "We are not playing."',
     "he", "Dane Corrigan"),
    # the pronoun is not its sentence's subject: who it points at is not read
    ('Dane Corrigan met Tobias Wendt. Later Wendt left and he said: "We are not playing."', "he", None),
    # a sentence that opens with no subject ("The issue …") may name anyone: no guess past it
    ('Dane Corrigan spoke first. The issue was raised by Wendt.\n\n"We are not playing," he said.', "he", None),
    # a sentence opened by a preposition has no subject to point at
    ('Ada Brill spoke first. With Tobias Wendt, booked the hall.\n\n"It is late," she said.', "she", None),
    # another pronoun in between: someone else, not named here
    ('Ada Brill spoke first. He disagreed with her.\n\n"It is late," she said.', "she", None),
    ('Ada Brill spoke first.\n\n"It is late," they said.', "they", None),
])
def test_a_pronoun_frame_points_back_to_the_subject_before(text: str, pronoun: str, who: str | None) -> None:
    assert _antecedent(text, pronoun) == who


@pytest.mark.parametrize("message, words", [
    ("Smith told the French parliament we must keep saving money", "we must keep saving money"),
    ("Smith told a news conference I am not going anywhere", "I am not going anywhere"),
    ("Smith told reporters the plan will fail", "the plan will fail"),
])
def test_the_addressee_of_told_is_not_part_of_the_words(message: str, words: str) -> None:
    (claim,) = find_claims(message)
    assert (claim.speaker, claim.text) == ("Smith", words)


def test_an_unquoted_claim_ending_on_an_occasion_is_checked_without_it(capsys, index: Path) -> None:
    check = _check(capsys, index, "Karl Voss said there will be no singing and dancing at the launch of the show, "
                                  "after signing the deal")
    assert check["verdict"] == "verbatim"
    # quoted, the words are the claim's own: the occasion inside the marks is an addition
    check = _check(capsys, index, 'Karl Voss said "there will be no singing and dancing at the launch of the show, '
                                  'after signing the deal"')
    assert check["verdict"] == "altered"


def test_an_occasion_that_changes_the_words_is_still_an_alteration(capsys, index: Path) -> None:
    check = _check(capsys, index, "Karl Voss said there will be singing and dancing at the launch of the show, "
                                  "after signing the deal")
    assert check["verdict"] == "altered"


def test_a_sentence_opened_by_a_participle_gives_the_subject_after_it() -> None:
    # wave 17: the participle clause has no subject of its own, so the one after its comma is the sentence's
    assert _antecedent('Launching the campaign, Ada Brill spoke.\n\n"It is late," she said.', "she") == "Ada Brill"
    # with no comma to end it, no subject is read
    assert _antecedent('Launching the campaign in Leeds was Ada Brill.\n\n"It is late," she said.', "she") is None


@pytest.mark.parametrize("text, who", [
    # a quotation with no attribution goes on in the voice of the sentence before, when it reports speech
    ('"I was bullied," Ada Brill said. She also said the others had "agendas".\n\n"I had no idea who was here."',
     "Ada Brill"),
    ('Ada Brill said the others had "agendas".\n\n"I had no idea who was here."', "Ada Brill"),
    # the sentence before reports no speech: nobody's voice goes on
    ('Ada Brill joined the show on Friday.\n\n"I had no idea who was here."', None),
    # the quotation does not open its sentence
    ('Ada Brill said so. Then came "I had no idea who was here."', None),
])
def test_an_unattributed_quotation_goes_on_in_the_voice_before(text: str, who: str | None) -> None:
    at = text.rindex('"', 0, text.rindex('"'))
    assert voice_before(text, 0, at) == who


def test_a_stage_name_named_just_before_the_words_is_never_accused(capsys, index: Path) -> None:
    # whoever the index gives the "he" to, the claimed person is named right before: not someone else's words
    check = _check(capsys, index, 'Rico 5000: "I hope you don\'t get tired of us, but we only do what we do."')
    assert check["verdict"] != "someone_else"
