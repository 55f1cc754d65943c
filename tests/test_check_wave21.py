"""Wave 21 of the quote checker (issue 11): a name in an aside of a frame is not the speaker.

'Tomas Brandt, speaking after Mr Varga, said: "…"' was read as a frame naming both Brandt and "Mr Varga" (the aside
kept as if it were an apposition, "Tessa Cole, the shadow secretary, said"), and a claim for Varga was confirmed
"verbatim" whether or not the index credited Brandt: a misattribution called verbatim. Only a noun phrase set off by
commas says who the subject is (``frames._apposition``); an aside that opens otherwise says when or how the subject
spoke. Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.frames import own_frame
from index.models import Verdict
from tests.conftest import engine_on, index_over
from tests.test_check_wave18 import (
    unnamed_verdict,  # the real index and quotation, only the stored speaker taken away
)

OWN_ASIDE = """Kelby quay row

Piet Varga, who chairs the harbour users' group, spoke first. Tomas Brandt, speaking after Mr Varga, said: "The quay is a folly nobody in the bay wanted."
"""

IN_REPLY = """Arden quay row

Ann Dale, the harbour master, spoke first. Tomas Brandt, in reply to Ms Dale, said: "The harbour was never safer than it is today."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave21"), {"own_aside.txt": OWN_ASIDE, "in_reply.txt": IN_REPLY})


@pytest.mark.parametrize("source, words, claimed", [
    ("own_aside", "The quay is", "Piet Varga"),
    ("own_aside", "The quay is", "Varga"),
    ("in_reply", "The harbour was", "Ann Dale"),
])
def test_a_name_in_an_aside_of_the_frame_is_not_the_speaker(index: Path, source: str, words: str, claimed: str) -> None:
    """Whether the index credits Brandt or leaves the words unnamed, the claim for the one named in the aside is
    someone else's: the frame names Brandt alone."""
    assert unnamed_verdict(index, source, words, claimed) is Verdict.someone_else
    with engine_on(index) as engine:
        text = engine.snapshot().document(source)[0]
        said = text[text.index(words):text.index('."', text.index(words))]
        check = engine.check(f'"{said}" - {claimed}').checks[0]
    assert check.verdict is Verdict.someone_else


@pytest.mark.parametrize("source, words", [("own_aside", "The quay is"), ("in_reply", "The harbour was")])
def test_the_subject_before_the_aside_is_still_confirmed(index: Path, source: str, words: str) -> None:
    assert unnamed_verdict(index, source, words, "Tomas Brandt") is Verdict.verbatim


@pytest.mark.parametrize("text, who", [
    ('Tessa Cole, the shadow secretary, said: "We will fight it."', "Tessa Cole, the shadow secretary"),
    ('Tessa Cole, chief executive of Acme, said: "We will fight it."', "Tessa Cole, chief executive of Acme"),
    ('Tessa Cole, 54, said: "We will fight it."', "Tessa Cole, 54"),
    ('Tessa Cole, speaking after Mr Hale, said: "We will fight it."', "Tessa Cole"),
    ('Tessa Cole, in a letter to Mr Hale, said: "We will fight it."', "Tessa Cole"),
])
def test_an_apposition_is_kept_and_an_aside_is_not(text: str, who: str) -> None:
    start = text.index('"') + 1
    frame = own_frame(text, 0, len(text), start, text.index('."') + 1)
    assert frame is not None and frame.who == who


SPEAKING = """Dunmore quay plan

Piet Varga chairs the harbour users' group in the town.

Speaking at the meeting in the town hall he said: "Every boat in the bay will use the new quay."
"""


@pytest.fixture(scope="module")
def speaking(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave21b"), {"speaking.txt": SPEAKING})


@pytest.mark.parametrize("text, who", [
    ('Speaking at the London conference he said: "We lost it all."', "he"),
    ('Asked about the plan the chancellor said: "We lost it all."', "the chancellor"),
    ('Speaking to reporters Mr Vale said: "We lost it all."', "Mr Vale"),
    ('Mr Vale said: "We lost it all."', "Mr Vale"),
])
def test_a_clause_fronted_without_a_comma_is_no_part_of_the_speaker(text: str, who: str) -> None:
    """"Speaking at the London conference he said:" was read as the speaker "Speaking at the London conference he",
    which names no one and is no pronoun: the "he" could be read back to nobody (``frames._after_fronted_clause``)."""
    frame = own_frame(text, 0, len(text), text.index('"') + 1, text.index('."') + 1)
    assert frame is not None and frame.who == who


def test_a_he_after_a_fronted_clause_is_read_back_to_the_person_before(speaking: Path) -> None:
    assert unnamed_verdict(speaking, "speaking", "Every boat", "Piet Varga") is Verdict.verbatim


@pytest.mark.parametrize("message, speaker", [
    ('According to Piet Varga, the quay was "a folly nobody wanted"', "Piet Varga"),
    ('according to Ann Dale, "the harbour was never safer"', "Ann Dale"),
    ('According to reports, Tomas Brandt said the quay was "a folly nobody wanted"', "Tomas Brandt"),
    ('In Varga\'s words, "a folly nobody wanted"', "Varga"),
    ('In the words of Piet Varga: "a folly nobody wanted"', "Piet Varga"),
    ('To quote Ann Dale, "the harbour was never safer"', "Ann Dale"),
])
def test_according_to_and_in_the_words_of_claim_the_words_for_that_person(message: str, speaker: str) -> None:
    from index.answer.claims import find_claims

    assert [c.speaker for c in find_claims(message)] == [speaker]


@pytest.mark.parametrize("claimed, verdict", [("Piet Varga", Verdict.someone_else), ("Tomas Brandt", Verdict.verbatim)])
def test_according_to_someone_else_is_no_verbatim(index: Path, claimed: str, verdict: Verdict) -> None:
    """'According to Piet Varga, the quay is "…"' was read with no claimed speaker and answered "verbatim" for words
    Brandt said: the claim names Varga, and the check must say the words are someone else's."""
    with engine_on(index) as engine:
        check = engine.check(f'According to {claimed}, the quay is "a folly nobody in the bay wanted"').checks[0]
    assert check.claimed_speaker == claimed and check.verdict is verdict


@pytest.mark.parametrize("message", ['In other words, "a folly nobody wanted"', 'In his own words, "a folly nobody wanted"'])
def test_words_that_credit_no_name_claim_no_speaker(message: str) -> None:
    from index.answer.claims import find_claims

    assert [c.speaker for c in find_claims(message)] == [None]
