"""Review of wave 21's quote-checker branch (check21): breaks provoked on invented stories, each kept fixed.

- "According to X, the plan was "…"" read X as the claimed speaker even when the message names the speaker itself
  (', Tomas Brandt said', '— Tomas Brandt', "Tomas Brandt's words were"): a claim for Brandt, who said the words, was
  answered "someone_else"; and "According to the harbour website" claimed a website.
- A comma-set aside opened by "and" or "then" is a second subject, not an aside ('Piet Varga, and later Tomas Brandt,
  told the meeting:'): dropping it answered "someone_else" for Brandt, who said the words.
- An aside that names the subject ('The driver, named by police as Tomas Brandt, said:', 'A resident, retired teacher
  Ann Dale, said:') was dropped as no apposition,
  and a claim for Piet Varga, the other man in the story, came out "verbatim" (main: speaker_unconfirmed).
- A capitalised word ending in -ed/-ing that opens a name ("Ahmed Hassan", "Alfred van Dorn") was read as a fronted
  participle, leaving the frame the bare surname: a claim for the speaker's brother, who shares it, was "verbatim".

Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.claims import find_claims
from index.answer.frames import own_frame
from index.models import Verdict
from tests.conftest import engine_on, index_over
from tests.test_check_wave18 import unnamed_verdict

QUAY = """Kelby quay row

Tomas Brandt, the harbour chief, said: "The quay is a folly nobody in the bay wanted."

Piet Varga, who chairs the harbour users' group, disagreed with him at the meeting.
"""

JOINT = """Kelby harbour vote

The harbour users' group met on Monday. Piet Varga, and later Tomas Brandt, told the meeting: "The new quay is a folly nobody in the bay wanted."
"""

BROTHERS = """Kelby flood inquiry

Omar Hassan runs the bakery on the quay and lost his stock in the flood.

Ahmed Hassan said: "Nobody from the council came to help us that night."
"""

CRASH = """Kelby crash

A lorry hit the harbour wall on Monday night. Piet Varga, who owns the cafe beside the wall, heard the crash.

The driver, named by police as Tomas Brandt, said: "The brakes failed on the hill and I could not stop."
"""

COUSINS = """Arden ferry strike

Pieter van Dorn skippered the last ferry out before the strike began.

Alfred van Dorn said: "The crews will stay out until the owners talk to us."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("review21"), {"quay.txt": QUAY, "joint.txt": JOINT,
                                                             "brothers.txt": BROTHERS, "cousins.txt": COUSINS,
                                                             "crash.txt": CRASH})


# --- "According to X, …" (claims._opened_by_according) -------------------------------------------------------------

@pytest.mark.parametrize("message, speaker", [
    ('According to Piet Varga, the quay was "a folly nobody wanted", Tomas Brandt said', "Tomas Brandt"),
    ('According to Piet Varga, the quay was "a folly nobody wanted" - Tomas Brandt', "Tomas Brandt"),
    ('According to Piet Varga, the quay was "a folly nobody wanted" (Tomas Brandt)', "Tomas Brandt"),
    ('According to Piet Varga, the quay was "a folly nobody wanted" was said by Tomas Brandt', "Tomas Brandt"),
    ('According to Piet Varga, the quay was a folly, and Brandt\'s view that "the harbour was safe" is wrong', "Brandt"),
    ("According to Piet Varga, Tomas Brandt's words were \"a folly nobody wanted\"", None),
    ("According to Piet Varga, the minister's words were \"a folly nobody wanted\"", None),
    ('According to Varga (or was it Brandt?), the quay was "a folly nobody wanted"', None),
    ('According to Piet Varga, the quay was "a folly nobody wanted" - or was it Tomas Brandt?', None),
    ('According to Piet Varga or Tomas Brandt, the quay was "a folly nobody wanted"', None),
    ('According to reports, the quay was "a folly nobody wanted"', None),
    ('According to the harbour website, the quay was "a folly nobody wanted"', None),
    # what the branch's rule is for, kept
    ('According to Piet Varga, the quay was "a folly nobody wanted"', "Piet Varga"),
    ('According to the harbour chief, the quay was "a folly nobody wanted"', "the harbour chief"),
])
def test_according_to_yields_to_a_speaker_the_message_names_itself(message: str, speaker: str | None) -> None:
    assert [c.speaker for c in find_claims(message)] == [speaker]


@pytest.mark.parametrize("message", [
    'According to Piet Varga, the quay is "a folly nobody in the bay wanted", Tomas Brandt said',
    'According to Piet Varga, the quay is "a folly nobody in the bay wanted" - Tomas Brandt',
])
def test_a_claim_for_the_one_who_said_it_is_verbatim_after_according_to(index: Path, message: str) -> None:
    with engine_on(index) as engine:
        check = engine.check(message).checks[0]
    assert check.claimed_speaker == "Tomas Brandt" and check.verdict is Verdict.verbatim


# --- a second subject set off by commas (frames._apposition) --------------------------------------------------------

@pytest.mark.parametrize("lead, who", [
    ("Piet Varga, and later Tomas Brandt, said:", "Piet Varga, later Tomas Brandt"),
    ("Piet Varga, then Tomas Brandt, said:", "Piet Varga, Tomas Brandt"),
    ("Piet Varga, as well as Tomas Brandt, said:", "Piet Varga, Tomas Brandt"),
    ("Tomas Brandt, and not Mr Varga, said:", "Tomas Brandt"),
    ("Tomas Brandt, speaking after Mr Varga, said:", "Tomas Brandt"),
])
def test_a_second_subject_is_no_aside(lead: str, who: str) -> None:
    text = lead + ' "We lost it all."'
    frame = own_frame(text, 0, len(text), text.index('"') + 1, text.index('."') + 1)
    assert frame is not None and frame.who == who


@pytest.mark.parametrize("lead, who", [
    ("The driver, named by police as Tomas Brandt, said:", "The driver, Tomas Brandt"),
    ("A woman, known locally as Ann Dale, said:", "A woman, Ann Dale"),
    ("Tomas Brandt, named by Mr Varga as his successor, said:", "Tomas Brandt"),
    ("A resident, retired teacher Ann Dale, said:", "A resident, retired teacher Ann Dale"),
    ("A witness, mother-of-two Ann Dale, said:", "A witness, mother-of-two Ann Dale"),
    ("Tomas Brandt, visibly angry, said:", "Tomas Brandt"),
    ("Tomas Brandt, backed by Mr Varga, said:", "Tomas Brandt"),
])
def test_an_aside_that_names_the_subject_is_kept_and_one_that_does_not_is_dropped(lead: str, who: str) -> None:
    text = lead + ' "We lost it all."'
    frame = own_frame(text, 0, len(text), text.index('"') + 1, text.index('."') + 1)
    assert frame is not None and frame.who == who


def test_a_man_named_before_is_not_confirmed_for_the_driver_named_by_police(index: Path) -> None:
    """The frame names the driver, Brandt; Varga, the only other man in the story, did not say the words, whether
    the index credits Varga, Brandt or no one."""
    assert unnamed_verdict(index, "crash", "The brakes", "Piet Varga") is not Verdict.verbatim
    assert unnamed_verdict(index, "crash", "The brakes", "Tomas Brandt") is Verdict.verbatim
    with engine_on(index) as engine:
        check = engine.check('"The brakes failed on the hill and I could not stop" - Piet Varga').checks[0]
    assert check.verdict is not Verdict.verbatim


@pytest.mark.parametrize("claimed", ["Tomas Brandt", "Piet Varga"])
def test_both_subjects_of_a_joint_frame_said_it(index: Path, claimed: str) -> None:
    assert unnamed_verdict(index, "joint", "The new quay", claimed) is Verdict.verbatim
    with engine_on(index) as engine:
        check = engine.check(f'"The new quay is a folly nobody in the bay wanted" - {claimed}').checks[0]
    assert check.verdict is Verdict.verbatim


# --- a name that looks like a participle (frames._fronting_word) ----------------------------------------------------

@pytest.mark.parametrize("lead, who", [
    ("Ahmed Hassan said:", "Ahmed Hassan"),
    ("Alfred van Dorn said:", "Alfred van Dorn"),
    ("Reading manager Paul Clement said:", "Reading manager Paul Clement"),
    ("Harding and Mr Brandt said:", "Harding and Mr Brandt"),
    # what the branch's rule is for, kept
    ("Speaking at the London conference he said:", "he"),
    ("Asked about the plan the chancellor said:", "the chancellor"),
])
def test_a_name_ending_like_a_participle_is_no_fronted_clause(lead: str, who: str) -> None:
    text = lead + ' "We lost it all."'
    frame = own_frame(text, 0, len(text), text.index('"') + 1, text.index('."') + 1)
    assert frame is not None and frame.who == who


@pytest.mark.parametrize("source, words, other, speaker", [
    ("brothers", "Nobody from", "Omar Hassan", "Ahmed Hassan"),
    ("cousins", "The crews", "Pieter van Dorn", "Alfred van Dorn"),
])
def test_a_relative_with_the_same_surname_is_not_confirmed(index: Path, source: str, words: str, other: str,
                                                            speaker: str) -> None:
    """The frame names the speaker in full; his relative, named earlier, did not say the words."""
    assert unnamed_verdict(index, source, words, other) is not Verdict.verbatim
    assert unnamed_verdict(index, source, words, speaker) is Verdict.verbatim
    with engine_on(index) as engine:
        text = engine.snapshot().document(source)[0]
        said = text[text.index(words):text.index('."', text.index(words))]
        check = engine.check(f'"{said}" - {other}').checks[0]
    assert check.verdict is Verdict.someone_else


# --- "In X's words", "in the words of X", "to quote X" (claims._lead_words_of) ---------------------------------------

@pytest.mark.parametrize("message, speaker", [
    ('Piet Varga said, in the words of his father, "The quay is a folly nobody in the bay wanted"', "Piet Varga"),
    ('Piet Varga said, to quote his father, "The quay is a folly nobody in the bay wanted"', "Piet Varga"),
    ('Piet Varga replied in the words of the old song: "The quay is a folly nobody in the bay wanted"', "Piet Varga"),
    ('Varga was asked to quote Brandt and said: "The quay is a folly nobody in the bay wanted"', None),
    ("Piet Varga said, in the words of Tomas Brandt's father, \"The quay is a folly\"", "Piet Varga"),
    ("To quote Brandt's critics, \"The quay is a folly nobody in the bay wanted\"", None),
    # what the branch's rule is for, kept
    ('In the words of Tomas Brandt: "The quay is a folly nobody in the bay wanted"', "Tomas Brandt"),
    ('To quote Tomas Brandt, "The quay is a folly nobody in the bay wanted"', "Tomas Brandt"),
])
def test_words_of_no_person_leave_the_speaker_to_the_sentence(message: str, speaker: str | None) -> None:
    assert [c.speaker for c in find_claims(message)] == [speaker]


def test_a_speaker_quoting_his_father_is_not_verbatim_for_words_someone_else_said(index: Path) -> None:
    """Brandt said the words; the message credits Varga (quoting his father), and must not come back verbatim."""
    with engine_on(index) as engine:
        check = engine.check('Piet Varga said, in the words of his father, '
                             '"The quay is a folly nobody in the bay wanted"').checks[0]
    assert check.claimed_speaker == "Piet Varga" and check.verdict is Verdict.someone_else
