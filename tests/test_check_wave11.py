"""Wave 11 of the quote checker (issue 11): "verbatim" is the strictest verdict.

Exact words that stop inside a clause of the quotation leave out what that clause goes on to say ("promises have been
made [and broken]", "lose the match [at half-time]"): real words, but not the statement the speaker made, so the claim
is altered, kind truncation. Stopping at a comma or a sentence's end, marking the cut with an ellipsis, or stopping
before a clause of its own ("and the figures …") or a reason ("because …") stays faithful.

And what a remark is about or whom it is said to never speaks: a lead-in that opens with its topic ("On the harbour
deal:") names nobody, so the claim is checked as words alone, never as words of a person called "On"; "X on Acme's
pledge:" is X's, and "X, Acme lawyer, to Judge Y:" is X's too.
Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.check import _truncated, stops_mid_clause
from index.answer.claims import find_claims
from tests.conftest import index_over, match_claim, only_check


@pytest.mark.parametrize("real, claim, truncated", [
    # the clause goes on: what it says next is left out
    ("Three deadlines have been set and missed since March.", "Three deadlines have been set", True),
    ("Nobody expected us to lose the match at half-time.", "Nobody expected us to lose the match", True),
    ("We can sell the stadium for a fair price.", "We can sell the stadium", True),
    # a comma, a sentence's end or the quotation's end: a separate clause left out, or nothing
    ("We will go ahead, without doubt.", "We will go ahead", False),
    ("The vote was close. Nobody expected it.", "The vote was close", False),
    ("We backed the plan", "We backed the plan", False),
    # a clause or a thing of its own after "and"/"or", comma or not
    ("The mayor has nothing to add and the figures speak for themselves.", "The mayor has nothing to add", False),
    ("The hall was full and we were proud.", "The hall was full", False),
    # a reason restricts nothing the claim states
    ("Prices could rise because of the new tax.", "Prices could rise", False),
    # "not X but Y": the claim keeps its own denial
    ("Our aim is not to close the road but to calm it.", "Our aim is not to close the road", False),
    # an editor's bracketed words next are not the speaker's
    ("We backed the plan [in full].", "We backed the plan", False),
])
def test_a_claim_stopping_inside_a_clause_is_a_truncation(real: str, claim: str, truncated: bool) -> None:
    m = match_claim(real, claim)
    assert m.exact
    assert stops_mid_clause(real, m.unit.words, m.pieces[0][0].lo, m.pieces[-1][0].hi) is truncated
    assert _truncated(real, m) is truncated


def test_an_ellipsis_at_the_end_marks_the_cut_as_the_claimant_s() -> None:
    real = "Three deadlines have been set and missed since March."
    m = match_claim(real, "Three deadlines have been set")
    assert _truncated(real, m) and not _truncated(real, m, marked_end=True)


ARTICLE = """Harbour deal delayed again

The harbour board has missed another deadline for the new quay.

"Three deadlines have been set and missed since March," said board chairman Ilse Marchetti. "The money is there."

Councillor Pavel Ostrow said: "The board has nothing to add and the figures speak for themselves."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave11"), {"harbour.txt": ARTICLE})


def test_a_claim_cut_inside_the_clause_is_altered_and_shows_the_whole_quotation(capsys, index: Path) -> None:
    check = only_check(capsys, index, '"Three deadlines have been set" — Ilse Marchetti')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")
    assert check["real"]["quote"].startswith("Three deadlines have been set and missed since March")


@pytest.mark.parametrize("message", [
    '"Three deadlines have been set and missed since March" — Ilse Marchetti',  # the whole sentence
    '"Three deadlines have been set …" — Ilse Marchetti',  # the cut marked with an ellipsis
    '"The board has nothing to add" — Pavel Ostrow',  # a clause of its own left out
])
def test_whole_clauses_and_marked_cuts_stay_verbatim(capsys, index: Path, message: str) -> None:
    assert only_check(capsys, index, message)["verdict"] == "verbatim"


CLAIM = "The alliance will never attack the north"


@pytest.mark.parametrize("message, speaker", [
    (f'On the harbour deal: "{CLAIM}"', None),
    (f'About the merger: "{CLAIM}"', None),
    (f'At the summit: "{CLAIM}"', None),
    (f'On Halvorsen: "{CLAIM}"', None),  # what it is about, not who said it
    (f'During the debate Halvorsen: "{CLAIM}"', "Halvorsen"),
    (f"On Petrova's new job, Halvorsen: \"{CLAIM}\"", "Halvorsen"),
    (f'In the Storting Jonas Halvorsen: "{CLAIM}"', "Jonas Halvorsen"),
    (f'Halvorsen on the harbour deal: "{CLAIM}"', "Halvorsen"),  # unchanged: a topic after the name
    # the owner of a word for what was said, when that word is the topic: not whose words they are
    (f"Ines Moreau on Acme's pledge: \"{CLAIM}\"", "Ines Moreau"),
    (f"Ines Moreau's pledge: \"{CLAIM}\"", "Ines Moreau"),
    # whom the words were said to, set off by commas, never who said them
    (f'Ines Moreau, Acme lawyer, to Judge Halvorsen: "{CLAIM}"', "Ines Moreau"),
])
def test_what_a_remark_is_about_or_whom_it_is_said_to_never_speaks(message: str, speaker: str | None) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


def test_a_topic_lead_in_does_not_accuse_the_real_speaker(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'On the harbour deal: "Three deadlines have been set and missed since March"')
    assert check["claimed_speaker"] is None and check["verdict"] == "verbatim"
