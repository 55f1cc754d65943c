"""Review of wave 11's checker and story fallback (helper review11b): what a user would notice, provoked on short
made-up texts indexed for real. Every name here is invented; each test failed on main 952df9c.

- A hyphen standing alone is a dash, as news writes it ("by historical standards - we have seen worse"): a claim that
  stops before it quotes a whole clause, and is no truncation; one that starts after it is not cut from a "not".
- A word for what was said right after a possessive ("Marchetti's claim") is a noun, never the speech verb whose
  subject would be the owner: "Ostrow on Marchetti's claim:" is Ostrow's, and never "someone else's" when he said it.
- "In reply to X:" names whom the words answer, not who said them.
- Read under its story's headline and lead, a sentence must say the asked event itself, not only its subject:
  "The firm was founded in 1972" does not date when the firm was fined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.claims import find_claims
from tests.conftest import OTHER_STORY, engine_fixture, index_over, no_answer, only_check

ARTICLE = """Oil prices ease

Oil prices fell on Friday as traders bet on a mild winter, analysts said.

"The oil shock is not enormous by historical standards - we have seen worse in the seventies," said Marta Quell, \
chief economist at Fendel Bank.

"Demand is weak -- factories are idle," said trader Olek Brandt.

Councillor Pavel Ostrow said: "The board has failed the town and its people."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("review11b"), {"oil.txt": ARTICLE})


@pytest.mark.parametrize("message", [
    '"The oil shock is not enormous by historical standards" — Marta Quell',  # stops at a spaced hyphen
    '"we have seen worse in the seventies" — Marta Quell',  # starts after it: not under the "not" before it
    '"Demand is weak" — Olek Brandt',  # stops at a double hyphen
])
def test_a_clause_ending_at_a_hyphen_dash_is_quoted_whole(capsys, index: Path, message: str) -> None:
    assert only_check(capsys, index, message)["verdict"] == "verbatim"


def test_a_claim_cut_inside_the_clause_before_a_dash_is_still_a_truncation(capsys, index: Path) -> None:
    check = only_check(capsys, index, '"The oil shock is not enormous" — Marta Quell')
    assert (check["verdict"], check["kind"]) == ("altered", "truncation")


@pytest.mark.parametrize("message, speaker", [
    ("Ostrow on Marchetti's claim: \"x y z\"", "Ostrow"),
    ("Pavel Ostrow on Marchetti's comments: \"x y z\"", "Pavel Ostrow"),
    ("On Marchetti's claim, Ostrow: \"x y z\"", "Ostrow"),
    ("On Marchetti's claim: \"x y z\"", None),
    ("In reply to Marchetti: \"x y z\"", None),
    ("In response to Marchetti: \"x y z\"", None),
    # unchanged: an owner's words with no topic, and the verb of a question
    ("Marchetti's claim: \"x y z\"", "Marchetti"),
    ("Did Marchetti claim \"x y z\"", "Marchetti"),
])
def test_the_owner_of_a_topic_or_whom_it_answers_never_speaks(message: str, speaker: str | None) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


def test_the_speaker_is_not_accused_when_the_topic_is_someone_s_claim(capsys, index: Path) -> None:
    check = only_check(capsys, index, 'Ostrow on Marchetti\'s claim: "The board has failed the town and its people"')
    assert check["verdict"] == "verbatim"


STORY_QUARRY = (
    "Quarry firm fined over dust\n\n"
    "A quarry firm in Dunmore has been fined £20,000 for letting dust blow over the village.\n\n"
    "The firm was founded in 1972 by two brothers, and now employs 85 workers.\n"
)

quarry_engine = engine_fixture({"quarry.txt": STORY_QUARRY, **OTHER_STORY})


def test_the_story_never_dates_its_event_by_another_event_of_its_subject(quarry_engine) -> None:
    # the headline says "fined"; the paragraph dated 1972 only names "the firm": it was founded then, not fined
    no_answer(quarry_engine, "When was the firm fined?")


def test_the_story_still_answers_when_the_sentence_says_the_event() -> None:
    # the twin: tests/test_answer_rules_wave11b.py's "Mr Dalby was suspended by the port on 3 March" (the event
    # "suspended" after the subject) stays answered; here the rule alone, on the two sentences
    from index.answer.common import holds_beyond_subject
    from index.answer.relevance import build_concepts

    concepts = build_concepts(["firm", "fined"], {}, {}, lambda t: 1.0, known=lambda t: True)
    assert not holds_beyond_subject(concepts, "The firm was founded in 1972 by two brothers.")
    assert holds_beyond_subject(concepts, "But the firm was fined again in 1990.")
    assert holds_beyond_subject(concepts, "Brannock was founded in 1972.")  # no subject pointing back: its own cover
