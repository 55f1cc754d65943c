"""Wave 13 (helper who13): wrong-person mechanisms read on holdout12 and holdout13, each alone on a made-up text.

Each text is a sentence shape of news prose written for these tests; none is copied from a gold case or a seed.
The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.quotes.confidence import unnamed_speaker_nearer
from index.extract.quotes.plausible import name_after_lower_words, opens_lower_case
from index.extract.quotes.resolver import department_of_role
from index.extract.quotes.speech import one_word_label
from tests.conftest import quotes_shown


@pytest.mark.parametrize(("text", "expected"), [
    ('Tom Reed praised the plan. However, one trader, who asked not to be named, told reporters it was', True),
    ("Tom Reed praised the plan. Later, another senior adviser called the sale", True),
    ("Tom Reed praised the plan. A BBC spokesman said", False),  # a body named: it may be who speaks
    ("A junior trader spoke first. Then Tom Reed said the plan was", False),  # the person is named after it
    ("Tom Reed praised the plan, and a leader that believes in it", False),  # a clause, not a speaker
])
def test_an_unnamed_speaker_between_the_name_and_the_quotation(text: str, expected: bool) -> None:
    assert unnamed_speaker_nearer(text, 0, len(text), "Tom Reed") is expected


def test_he_said_after_an_unnamed_trader_spoke_names_nobody(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """'Analyst Tom Reed said … . However, one trader, who asked not to be named, told reporters it was "…". "…," he
    said.': the trader, whom the text does not name, is the nearest speaker, not the analyst named before; both
    quotations keep their words with no name. Without the trader, "he" is the analyst."""
    shown = quotes_shown(tmp_path, capsys, (
        "Shares rise\n\n"
        '"The results are strong," said Tom Reed, an analyst at Hill Securities. However, one trader, who asked not '
        'to be named, told reporters the figures were "not what people had hoped for". "It has been a hard winter '
        'for every shop in the street," he said.\n\n'
        "Shares fall\n\n"
        '"The results are weak," said Ann Cole, an analyst at Hill Securities. "It has been a hard winter for '
        'every shop in the street," she said.\n'))
    assert [q["speaker"] for q in shown] == ["Tom Reed", None, None, "Ann Cole", "Ann Cole"]


@pytest.mark.parametrize(("name", "proper"), [
    ("month the Brit Awards", "Brit Awards"),  # words the reading ran over before the name
    ("for MTV", None),  # the object of a preposition: not who speaks
    ("a spokeswoman for Acme Holdings", None),
    ("the club", None),  # no name at all
])
def test_a_speaker_opening_with_lower_case_words_keeps_only_its_name_proper(name: str, proper: str | None) -> None:
    assert opens_lower_case(name)
    assert name_after_lower_words(name) == proper


def test_a_surname_particle_opens_a_name() -> None:
    assert not opens_lower_case("de Villepin") and not opens_lower_case("al-Assad")
    assert not opens_lower_case("Dominique de Villepin")


def test_one_word_under_a_verb_of_speech_is_a_label_not_a_quotation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Acme Homes said the market had proved "challenging"': the one word is the writer's label, not listed as said;
    a word alone that is a whole utterance ('"Never," he said') and two words under the verb are still listed."""
    shown = quotes_shown(tmp_path, capsys, (
        "Builders report\n\n"
        'Acme Homes said the market had proved "challenging" last year.\n\n'
        'Tom Reed said the firm had given "enormous help" to buyers.\n\n'
        'Asked whether he would resign, Tom Reed paused. "Never," he said.\n'))
    assert [(q["quote"], q["speaker"]) for q in shown] == [("enormous help", "Tom Reed"), ("Never,", "Tom Reed")]


@pytest.mark.parametrize(("words", "how", "expected"), [
    (["challenging"], "lead-core", True),
    (["enormous", "help"], "lead-core", False),  # two words under the verb are left as they were
    (["Never"], "tail", False),  # a whole utterance
])
def test_one_word_label(words: list[str], how: str, expected: bool) -> None:
    assert one_word_label(words, how) is expected


@pytest.mark.parametrize(("before", "piece", "expected"), [
    (" senior vice president", " Technology and Intellectual Property", True),
    (" regional director", " Europe", True),
    (" a professor", " who studies trade", False),  # not capitalised words only
    (" Acme Holdings", " Tom Reed", False),  # no role before it: a name in its own right
])
def test_department_of_role(before: str, piece: str, expected: bool) -> None:
    assert department_of_role(before, piece) is expected


def test_a_role_and_its_department_after_a_name_keep_the_name(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """'Dr Ann Cole, Acme senior vice president, Research and Development, said: "…"': the department is part of
    her title, not the speaker."""
    shown = quotes_shown(tmp_path, capsys, (
        "Acme opens lab\n\n"
        'Dr Ann Cole, Acme senior vice president, Research and Development, said: "We will hire a hundred people."\n'))
    assert [q["speaker"] for q in shown] == ["Ann Cole"]
