"""When the checker may say "someone else's words" (issue 11, wave 4), each rule alone, then through the CLI.

Calling words their speaker really said "someone else's" is the checker's worst false accusation, so it
needs two things: the sources' attribution is confident (no frame naming another person against the
index; for words the index leaves unnamed, a frame that gives a name), and the claimed speaker is
clearly another person (another name, not a surname they share with the speaker or a description
that could be theirs). The articles are invented for these tests and indexed for real.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.answer.check import (
    Unit,
    _titled_in_frame,
    _truncated,
    clearly_other,
    compare,
    description_parts,
    might_be,
    names_a_person,
)
from index.answer.claims import clean_speaker, find_claims
from index.answer.wording import kind_of, tokens
from index.models import DiffOp, Speaker
from tests.conftest import index_over, only_check


@pytest.mark.parametrize("claimed, name", [
    ("Emily Hale", True), ("Mr Stahl", True), ("Acme", True), ("Mervyn Kingsley", True),
    ("Tom Bishop", True),  # a surname that is also a role word, after a first name
    ("the festival's lawyer", False), ("Mubanga's lawyer", False), ("the foreign secretary", False),
    ("Foreign Secretary", False), ("Prime Minister", False), ("Acme's chief Asian strategist", False),
])
def test_a_claimed_speaker_names_a_person_only_when_it_ends_on_a_name(claimed: str, name: bool) -> None:
    assert names_a_person(claimed) is name


@pytest.mark.parametrize("claimed, names, same", [
    ("Hale", ("Michael Hale", "Hale"), True),
    ("Michael Hale", ("Michael Hale",), True),
    ("Sir Michael Hale", ("Michael Hale",), True),  # an honorific names nobody
    ("Micheal Hale", ("Michael Hale",), True),  # a typo of the first name
    ("Emily Hale", ("Michael Hale", "Hale"), False),  # same surname, another first name
    ("Omar Reed", ("Michael Hale",), False),
    ("the festival's lawyer", ("Michael Hale",), False),  # no name of its own to match
])
def test_the_claimed_speaker_might_be_the_person_by_name(claimed: str, names: tuple[str, ...], same: bool) -> None:
    assert might_be(claimed, names) is same


def test_only_another_name_or_another_known_person_is_clearly_someone_else() -> None:
    hale = ("Michael Hale", "Hale")
    reed = Speaker(id="omar-reed", name="Omar Reed", aliases=("Reed",))
    assert clearly_other("Emily Hale", [], hale, "michael-hale")
    assert clearly_other("the council leader", [reed], hale, "michael-hale")  # resolved to someone else
    assert not clearly_other("the council leader", [], hale, "michael-hale")  # a description could be him
    assert not clearly_other("Hale", [], hale, "michael-hale")
    assert not clearly_other("Omar Reed", [reed], ("Omar Reed",), "omar-reed")


@pytest.mark.parametrize("phrase, speaker", [
    ("Ferguson on Van Nistelrooy", "Ferguson"),
    ("James Bourne on the Busted split", "James Bourne"),
    ("the minister on the budget", "the minister"),
    ("the committee on standards", "the committee on standards"),  # no name or role before "on"
])
def test_a_topic_after_the_claimed_speaker_is_not_part_of_the_name(phrase: str, speaker: str) -> None:
    assert clean_speaker(phrase) == speaker
    (claim,) = find_claims(f'"We had no choice at all" — {phrase}')
    assert claim.speaker == speaker


@pytest.mark.parametrize("claimed, owner, role", [
    ("Mubanga's lawyer", {"mubanga"}, {"lawyer"}),
    ("Acme Bank's chief Asian strategist", {"acme", "bank"}, {"chief", "asian", "strategist"}),
    ("the chancellor", set(), {"chancellor"}),
])
def test_a_claimed_description_is_an_owner_and_a_role(claimed: str, owner: set[str], role: set[str]) -> None:
    assert description_parts(claimed) == (owner, role)


@pytest.mark.parametrize("part, claimed, text, titled", [
    ("Acme Bank chief Asian strategist Eddie Wong", "Acme Bank's chief Asian strategist", "", True),
    ("His lawyer Louise Christian", "Mubanga's lawyer", "Mr Mubanga said he was held for two years.", True),
    ("His lawyer Louise Christian", "Mubanga's lawyer", "Mr Okoro said he was held for two years.", False),
    ("Acme Bank economist Eddie Wong", "Acme Bank's chief Asian strategist", "", False),
    ("His lawyer Louise Christian", "Louise Christian", "", False),  # a name is matched as a name
    ("the lawyer", "Mubanga's lawyer", "Mubanga", False),  # a frame that names nobody
])
def test_a_frame_gives_the_claimed_description_as_its_speakers_title(part: str, claimed: str, text: str,
                                                                     titled: bool) -> None:
    assert _titled_in_frame(part, claimed, text) is titled


def _truncates(real: str, claim: str) -> bool:
    unit = Unit(source_id="x", paragraph=1, start=0, end=len(real), words=tuple(tokens(real, brackets=True)),
                speech=True)
    match = compare(unit, [tokens(claim)])
    assert match.exact
    return _truncated(real, match)


@pytest.mark.parametrize("real, claim, cut", [
    # cut out of a question or a doubt the speaker voices: not their statement
    ("I am led to ponder to what extent the minister's skills are the result of luck.",
     "the minister's skills are the result of luck", True),
    ("I wonder whether the bridge will ever open.", "the bridge will ever open", True),
    ("I doubt the bridge will open this year.", "the bridge will open this year", True),
    ("I know the bridge will open this year.", "the bridge will open this year", False),
    # someone else's claim or belief that the speaker reports is not the speaker's statement
    ("People who lost their homes could claim that the council was slow to act.", "the council was slow to act",
     True),
    ("Ministers say the council was slow to act.", "the council was slow to act", True),
    ("I think that the council was slow to act.", "the council was slow to act", False),
    ("We have always argued the council was slow to act.", "the council was slow to act", False),
    # "but also" adds to what came before; it does not turn it round
    ("It will be looked at both as a step forward and as a warning, but also as a test of the council.",
     "It will be looked at both as a step forward and as a warning", False),
    ("It will be looked at as a step forward, but the council has doubts.", "It will be looked at as a step forward",
     True),
])
def test_questions_doubts_and_additions_around_exact_words(real: str, claim: str, cut: bool) -> None:
    assert _truncates(real, claim) is cut


FESTIVAL = """Festival to sell tickets only at the gate

Festival organiser Michael Hale said: "Tickets will be sold only at the gate this year." His daughter Emily Hale, who books the bands, was not at the meeting.

Councillor Omar Reed said: "The roads will be closed for the whole weekend."
"""


@pytest.fixture(scope="module")
def festival_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("check-accuse"), {"festival.txt": FESTIVAL})


ACCUSE_CASES = [
    ('"Tickets will be sold only at the gate this year" — Emily Hale', {"someone_else"}),
    ('"Tickets will be sold only at the gate this year" — Omar Reed', {"someone_else"}),
    ('"Tickets will be sold only at the gate this year" — Hale', {"verbatim"}),
    ('"Tickets will be sold only at the gate this year" — Michael Hale on the tickets', {"verbatim"}),
    # a description could be the speaker's, even beside the role the source gives him: never an accusation
    ('"Tickets will be sold only at the gate this year" — the festival\'s lawyer', {"speaker_unconfirmed"}),
]


@pytest.mark.parametrize("claim, verdicts", ACCUSE_CASES)
def test_someone_else_only_for_a_clearly_different_person_through_the_cli(capsys, festival_index: Path, claim: str,
                                                                           verdicts: set[str]) -> None:
    check = only_check(capsys, festival_index, claim)
    assert check["verdict"] in verdicts
    if check["verdict"] == "someone_else":
        assert check["real"]["speaker"] == "Michael Hale"
    if check["verdict"] == "speaker_unconfirmed":
        assert check["real"]["speaker"] is None


def test_the_altered_threshold_gap_is_read_on_tuning_splits_only(tmp_path: Path, capsys) -> None:
    from benchmarks.check_eval import REPO, main, similarity_gap
    from index.answer import check
    from index.store.build import build_index

    rows = [{"id": "t-1", "split": "tune", "collection": "seeds", "checks": [{"claim": "x", "verdict": "altered"}],
             "input": '"I think Afghanistan should be the centerpiece of cooperation in 2011" — Rasmussen'},
            {"id": "t-2", "split": "tune", "collection": "seeds", "checks": [{"claim": "x", "verdict": "not_found"}],
             "input": '"The ferry will be free for every islander on the mainland" — Rasmussen'}]
    for row in rows:
        row["checks"][0]["claim"] = row["input"].split('"')[1]
    build_index(REPO / "seeds", tmp_path / "ix")
    kept = check.ALTERED_MIN
    gap = similarity_gap(rows, {"seeds": tmp_path / "ix"})
    assert check.ALTERED_MIN == kept  # the threshold is restored
    assert gap["not_found_highest"][1] == "t-2" and gap["altered_lowest"][1] == "t-1"
    assert gap["not_found_highest"][0] < check.ALTERED_MIN <= gap["altered_lowest"][0]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**rows[0], "split": "judge47"}) + "\n", encoding="utf-8")
    assert main(["--gold", str(gold), "--split", "judge47", "--gap"]) == 2
    assert "held-out" in capsys.readouterr().err


@pytest.mark.parametrize("real, claim, kind", [
    ("first", "greatest", "word_swapped"),  # an ordinal used as an adjective
    ("first", "second", "number"),
    ("ten", "many", "number"),
    ("2010", "next year", "number"),
    ("twice", "often", "word_swapped"),
])
def test_a_number_word_used_as_an_adjective_is_a_word_swapped(real: str, claim: str, kind: str) -> None:
    assert kind_of([DiffOp(op="replace", real=real, claim=claim)]) == kind


@pytest.mark.parametrize("text, who", [
    ('"It is not true," Arne Lund told the radio. "There is only one thing that made him go." Then', "Arne Lund"),
    ('"It is not true," said Arne Lund. "There is only one thing that made him go." Then', "Arne Lund"),
    # narration between the two: the second quotation may be anyone's
    ('"It is not true," Arne Lund told the radio. The club said nothing. "There is only one thing." Then', None),
    # a pronoun names nobody new: the extractor's reading stands
    ('"It is not true," he told the radio. "There is only one thing that made him go." Then', None),
])
def test_a_quotation_right_after_another_ones_attribution_goes_on_in_that_voice(text: str, who: str | None) -> None:
    from index.answer.frames import frame_of

    first = (1, text.index(',"') + 1)
    at = text.rindex('. "') + 3 if who is None else text.index('. "') + 3
    second = (at, text.rindex('."') + 1)
    frame = frame_of(text, 0, len(text), *second, earlier=[first])
    assert (frame.who if frame else None) == who
    if frame is not None:
        assert frame.chained


def test_the_terminal_wording_of_a_confirmed_claim_without_a_shown_name_and_of_an_unconfirmed_one() -> None:
    from index.models import ClaimCheck, Verdict
    from index.present.check import headline

    confirmed = ClaimCheck(claim="We hope to sue", claimed_speaker="his lawyer", verdict=Verdict.verbatim)
    assert "credits them to his lawyer" in headline(confirmed)
    assert "cannot confirm" not in headline(confirmed)
    open_ = ClaimCheck(claim="We hope to sue", claimed_speaker="his lawyer", verdict=Verdict.speaker_unconfirmed)
    assert "cannot confirm it was his lawyer, nor show that someone else said them" in headline(open_)
