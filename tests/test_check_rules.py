"""The quote checker's wave-3 rules (issue 11), each alone, then through ``dossier check --json``.

Every rule here reads how people misquote or how news text is written, not a
particular claim: an editor's [bracketed] words, ties between equally cheap
alignments, a letter missing from a short surname, "not X but Y", a claim cut
out of "either … or …", a "not" in a clause of its own, the same words quoted
twice. The articles are invented for these tests and indexed for real in a
temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.answer.check import Match, Unit, _reversed_after, _similar_word, _truncated, compare
from index.answer.wording import align, diff_ops, kind_of, tokens

# ----------------------------------------------------------------- rules, one at a time


def _unit(text: str) -> Unit:
    return Unit(source_id="x", paragraph=1, start=0, end=len(text), words=tuple(tokens(text, brackets=True)),
                speech=True)


def _match(real: str, claim: str) -> Match:
    return compare(_unit(real), [tokens(claim)])


def test_bracketed_words_are_the_editors_and_may_be_left_out() -> None:
    real = "The bridge will reopen in 2027 [after the spring floods] at the earliest"
    assert [t.optional for t in tokens(real, brackets=True)].count(True) == 4
    assert not any(t.optional for t in tokens(real))  # only real quotations read brackets so
    assert _match(real, "The bridge will reopen in 2027 at the earliest").exact
    assert _match(real, "The bridge will reopen in 2027 after the spring floods at the earliest").exact


def test_a_number_changed_after_bracketed_words_is_a_number_change() -> None:
    real = "We signed what we called a Charter [on Roads, Rivers and Rail] already in 1998 with them"
    claim = "We signed what we called a Charter already in 1999"
    a = align(tokens(claim), tokens(real, brackets=True))
    ops = diff_ops(a.ops, real, claim)
    assert [(o.op, o.real, o.claim) for o in ops if o.op != "equal"] == [("replace", "1998", "1999")]
    assert kind_of(ops) == "number"
    assert a.similarity == pytest.approx(1 - 1 / 10)  # the editor's words do not count as the window's


def test_among_equally_cheap_alignments_the_one_matching_most_words_wins() -> None:
    claim = "Acme is good for shoppers and good for the whole economy"
    real = ("There are many myths going around about Acme, but facts are facts. "
            "Acme is good for shoppers, good for towns and good for the whole economy,")
    ops = diff_ops(align(tokens(claim), tokens(real)).ops, real, claim)
    assert [(o.op, o.real) for o in ops if o.op != "equal"] == [("delete", "good for towns")]
    assert kind_of(ops) == "omission"


@pytest.mark.parametrize("word, pool, same", [
    ("bub", {"nick", "bubb"}, True),  # a letter missing from a short surname
    ("strachen", {"strachan"}, True),
    ("lea", {"lee"}, False),  # one letter changed of three is another name
    ("roe", {"rowe", "ray"}, True),
    ("ann", {"dan"}, False),
])
def test_a_typo_in_a_short_surname_still_names_the_person(word: str, pool: set[str], same: bool) -> None:
    assert _similar_word(word, pool) is same


def test_not_x_but_y_keeps_the_denial() -> None:
    real = "Our aim is not to close the road for good but simply to make it safe for heavy lorries."
    assert not _truncated(real, _match(real, "Our aim is not to close the road for good"))
    # a "but" after a claim that has no "not" of its own still turns it round
    real2 = "The road is safe for cars but not for heavy lorries."
    assert _truncated(real2, _match(real2, "The road is safe for cars"))


@pytest.mark.parametrize("claim", ["the steel was badly made", "we lose the vote", "the mayor resigns"])
def test_a_claim_cut_out_of_either_or_whether_or_if_is_truncated(claim: str) -> None:
    real = {"the steel was badly made": "Either the steel was badly made or it has rusted faster than expected.",
            "we lose the vote": "If we lose the vote we will try again next year.",
            "the mayor resigns": "Nobody knows whether the mayor resigns or stays."}[claim]
    assert _truncated(real, _match(real, claim))


def test_a_not_in_a_clause_of_its_own_does_not_turn_the_claim_round() -> None:
    real = "The crossing is capable of carrying buses today and it no longer needs a weight limit."
    words = tokens(real)
    m = _match(real, "The crossing is capable of carrying buses today")
    assert not _reversed_after(real, words, m.pieces[-1][0].hi)
    # the verb left out after "and": the "not" is the claim's ("meet" is meant)
    real2 = "Our interests in some ways meet and some ways don't."
    m2 = _match(real2, "Our interests in some ways meet")
    assert _reversed_after(real2, tokens(real2), m2.pieces[-1][0].hi)
    assert _truncated(real2, m2)


# ----------------------------------------------------------------- through the CLI, on a real index

BRIDGE = """Bridge repairs delayed

Engineers said on Monday that repairs to the old river bridge would take longer than planned.

"The bridge will reopen in 2027 [after the spring floods] at the earliest," said Anna Lutz, the county engineer. "Our aim is not to close the road for good but simply to make it safe for heavy lorries."

Lutz said the work would cost more. "Either the steel was badly made or it has rusted faster than anyone expected," she said.

Contractor Ivo Brandt was less worried. "The crossing is capable of carrying buses today and it no longer needs a weight limit," he said. "The plan is good for farmers, good for towns and good for the county."
"""

FESTIVAL = """Valley festival sells out

Tickets for the valley music festival sold out within a day, organisers said.

Festival organiser Rosa Klein said: "Music belongs to everyone in this valley, and this year everyone is coming."

The festival runs for three days in August and draws visitors from across the region.
"""

MAYOR = """Mayor opens new concert hall

The mayor opened the new concert hall in the town square on Friday evening.

"Music belongs to everyone in this valley, and this year everyone is coming," said mayor Paul Dorn, repeating the words of the festival's poster.

The hall seats 600 people and cost the town four million pounds.
"""


@pytest.fixture(scope="module")
def rules_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from index.store.build import build_index

    root = tmp_path_factory.mktemp("check-rules")
    src = root / "sources"
    src.mkdir()
    for name, text in (("bridge-repairs", BRIDGE), ("valley-festival", FESTIVAL), ("valley-mayor", MAYOR)):
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    build_index(src, root / "index")
    return root / "index"


RULE_CASES = [
    # (claim, verdict, kind, real speaker)
    ('"The bridge will reopen in 2027 at the earliest" — Lutz', "verbatim", None, "Anna Lutz"),
    ('"The bridge will reopen in 2028 at the earliest" — Lutz', "altered", "number", "Anna Lutz"),
    ('"Our aim is not to close the road for good" — Anna Lut', "verbatim", None, "Anna Lutz"),
    ('"the steel was badly made" — Lutz', "altered", "truncation", "Anna Lutz"),
    ('"The crossing is capable of carrying buses today" — Brandt', "verbatim", None, "Contractor Ivo Brandt"),
    ('"The plan is good for farmers and good for the county" — Brandt', "altered", "omission",
     "Contractor Ivo Brandt"),
    # the same words quoted twice, credited to two people: each of them said it; a third did not
    ('"Music belongs to everyone in this valley" — Rosa Klein', "verbatim", None, "Rosa Klein"),
    ('"Music belongs to everyone in this valley" — Paul Dorn', "verbatim", None, "Paul Dorn"),
    ('"Music belongs to everyone in this valley" — Ivo Brandt', "someone_else", None, None),
]


@pytest.mark.parametrize("claim, verdict, kind, speaker", RULE_CASES)
def test_each_rule_through_the_json_cli(capsys, rules_index: Path, claim: str, verdict: str, kind: str | None,
                                        speaker: str | None) -> None:
    from index.answer.engine import Engine
    from index.cli import main

    assert main(["check", "--index", str(rules_index), "--json", claim]) == 0
    (check,) = json.loads(capsys.readouterr().out)["checks"]
    assert (check["verdict"], check["kind"]) == (verdict, kind)
    if speaker is not None:
        assert check["real"]["speaker"] == speaker
    elif verdict == "someone_else":
        assert check["real"]["speaker"] in ("Rosa Klein", "Paul Dorn")
    engine = Engine(rules_index)
    try:
        text = engine.snapshot().document(check["real"]["source"]["id"])[0]
        assert text[check["real"]["start"]:check["real"]["end"]] == check["real"]["quote"]
    finally:
        engine.close()
