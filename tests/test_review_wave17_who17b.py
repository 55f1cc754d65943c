"""Review of wave 17's who17b: invented texts on which its rules gave a wrong name where main did not.

Each text is news prose written for these tests (invented people and places), none copied from a gold case or a seed.
The tests read what ``dossier quotes --json`` shows for a file, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quotes_shown

_BEFORE = "School cuts\n\nUnion leader Karl Holm spoke to reporters outside the town hall on Monday.\n\n"


def _speaker(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, words: str) -> object:
    shown = quotes_shown(tmp_path, capsys, text)
    return {str(q["quote"])[: len(words)]: q["speaker"] for q in shown}[words]


@pytest.mark.parametrize("sentence", [
    # a speaker inside a noun phrase of the report: "the cuts Brandt announced" are what "he" warns about
    'The cuts Jonas Brandt announced last week will close three schools, he warned, "and the parents will pay for it."',
    'The plan that Mayor Jonas Brandt defended on Friday was "a betrayal of every worker in this town", he said.',
    # a speaker inside a subordinate clause of the report
    'When Jonas Brandt told the council that the cuts were fair, he was wrong, he said, "and the parents will pay."',
    # the report answers the speaker with "but": the pronoun is the one answering
    'Mayor Jonas Brandt insisted the cuts were fair, but they will close three schools, he said, "and the parents '
    'will pay."',
])
def test_a_speaker_inside_what_he_said_reports_is_not_he(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str) -> None:
    """The parenthetical "he said" repeats the speaking subject of its sentence only where that subject opens the
    main clause; a name the report itself holds is never "he" (main: null or the union leader)."""
    quote = sentence.split('"')[1][:12]
    assert _speaker(tmp_path, capsys, _BEFORE + sentence + "\n", quote) != "Jonas Brandt"


def test_an_encoded_dash_after_a_name_is_not_part_of_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'"…," said harbour chief Karl Holm&#8212;a critic of the mayor': an HTML reference to a dash ends the name;
    only a reference to a letter is part of one."""
    text = ("Port deal\n\nThe port deal will be signed on Friday, officials said.\n\n"
            '"We were never consulted," said harbour chief Karl Holm&#8212;a critic of the mayor.\n')
    assert _speaker(tmp_path, capsys, text, "We were never") == "Karl Holm"


@pytest.mark.parametrize("written", ["Karl Holm&#8217;s", "Karl Holm&#8212;", "Karl Holm&#215;"])
def test_a_reference_to_a_mark_is_no_letter_of_a_name(written: str) -> None:
    from index.extract.names import CAP_SEQ

    assert [m.group(0) for m in CAP_SEQ.finditer(f"and then {written} left.")] == ["Karl Holm"]


def test_as_for_fronts_the_topic_the_pronoun_after_it_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'As for Mayor Jonas Brandt, he reacted to the vote calmly, saying: "…"': "as for" is no preposition whose
    object is skipped; the pronoun after it is the mayor, not the union leader named the sentence before (main: the
    mayor)."""
    text = ("Vote result\n\nUnion leader Karl Holm spoke to reporters on Monday.\n\n"
            'As for Mayor Jonas Brandt, he reacted to the vote calmly, saying: "The town has spoken and we will '
            'listen."\n')
    assert _speaker(tmp_path, capsys, text, "The town has") == "Jonas Brandt"


def test_an_answer_whose_own_clause_names_someone_is_not_the_run_going_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'… Jonas Brandt asserted …: "Lund is no longer Lund," he claimed. / "Lund will always be Lund," an angry Karl
    Holm retaliated.': once "he claimed" is read as Brandt (who17b's parenthetical rule), the next quotation must not
    go on with him; its own sentence names another man with a verb no rule reads (main: null for it)."""
    text = ("Border row\n\nSoon after the vote in Lund, Jonas Brandt asserted that the town had lost its way: "
            '"Lund is no longer Lund," he claimed.\n"Lund will always be Lund," an angry Karl Holm retaliated. '
            '"It never gives up."\n')
    assert _speaker(tmp_path, capsys, text, "Lund will always") != "Jonas Brandt"
    assert _speaker(tmp_path, capsys, text, "It never gives") != "Jonas Brandt"


def test_a_clause_naming_the_speaker_the_run_carries_keeps_the_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Brandt called the plan "reckless." / "It is a disservice to them," Brandt charged.': the unread verb's
    subject is the one the narration names, so the quotation stays his."""
    text = ("Border row\n\nUnion leader Karl Holm spoke after the vote.\n\nMayor Jonas Brandt called the union's plan "
            '"reckless and cruel."\n\n"It is a disservice to the town," Brandt charged.\n')
    assert _speaker(tmp_path, capsys, text, "It is a disservice") == "Jonas Brandt"


def test_a_speaker_whose_verb_reports_no_clause_is_not_the_parenthetical_he(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Mayor Jonas Brandt announced the cuts on Friday, which was a grave mistake, he said, "…"': the mayor's verb
    has a thing for its object, not a report, so "he" judging it is not read as him (main: null)."""
    text = ("School cuts\n\nUnion leader Karl Holm said he had warned the council for months.\n\n"
            "Mayor Jonas Brandt announced the cuts on Friday, which was a grave mistake, he said, \"and the parents "
            'will pay for it."\n')
    assert _speaker(tmp_path, capsys, text, "and the parents") != "Jonas Brandt"
