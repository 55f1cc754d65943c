"""The quote checker (issue 11): finding claims, comparing words, and every verdict through the CLI and JSON.

The collection here is two short articles written for these tests (not the seeds),
indexed for real in a temporary folder: each verdict is provoked by a claim built
from what the articles say, and every ``real`` span is checked against the
cleaned source text by its offsets.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from index.answer.claims import MAX_CLAIMS, Claim, find_claims, quoted_spans
from index.answer.wording import (
    KINDS,
    align,
    diff_ops,
    fold_word,
    kind_of,
    tokens,
)
from index.models import DiffOp
from tests.check_corpus import build_check_index
from tests.conftest import assert_span_verbatim, check_json, engine_on

# ----------------------------------------------------------------- finding claims


@pytest.mark.parametrize("message, expected", [
    ('"We will never attack the north" — Halvorsen', [("We will never attack the north", "Halvorsen")]),
    ("“We will never attack the north” - Halvorsen", [("We will never attack the north", "Halvorsen")]),
    ('Halvorsen said "We will never attack the north"', [("We will never attack the north", "Halvorsen")]),
    ('Halvorsen: «We will never attack the north»', [("We will never attack the north", "Halvorsen")]),
    ("As Halvorsen put it: 'We won't ever attack the north.'", [("We won't ever attack the north.", "Halvorsen")]),
    ("As Halvorsen put it: ‘We won't attack the people's army.’", [("We won't attack the people's army.", "Halvorsen")]),
    ("„Wir greifen nie an“ — Halvorsen", [("Wir greifen nie an", "Halvorsen")]),
    ("「We will never attack」 — Halvorsen", [("We will never attack", "Halvorsen")]),
    ('"We will never attack the north," said Halvorsen.', [("We will never attack the north,", "Halvorsen")]),
    ("Halvorsen said the alliance would never attack the north", [("the alliance would never attack the north", "Halvorsen")]),
    ("Halvorsen said that the alliance would never attack the north", [("the alliance would never attack the north", "Halvorsen")]),
    ("Halvorsen told reporters that the alliance would never attack the north", [("the alliance would never attack the north", "Halvorsen")]),
    ("According to Halvorsen, the alliance would never attack the north", [("the alliance would never attack the north", "Halvorsen")]),
    ("the alliance would never attack the north", [("the alliance would never attack the north", None)]),
    ('"We will never attack" (Halvorsen)', [("We will never attack", "Halvorsen")]),
    ("Halvorsen's words: 'We will never attack'", [("We will never attack", "Halvorsen")]),
    ('Quote from Halvorsen: "We will never attack"', [("We will never attack", "Halvorsen")]),
    ('"We will never attack" ~Halvorsen', [("We will never attack", "Halvorsen")]),
    ('"We will never attack," says Halvorsen', [("We will never attack,", "Halvorsen")]),
    ('Did Alvarez really say "we see the north as a partner"?', [("we see the north as a partner", "Alvarez")]),
    ('League spokesman Jan de Vries said "He made the club big"', [("He made the club big", "Jan de Vries")]),
    ('Ines Moreau of Acme-Labs: "We have seen these hoaxes"', [("We have seen these hoaxes", "Ines Moreau")]),
    ('"Fun to read" — the Mayor of Exeter', [("Fun to read", "the Mayor of Exeter")]),
    ('Carter told Webb: "There is nothing you could say"', [("There is nothing you could say", "Carter")]),
    ('Alvarez: "We see the north as a partner." Petrova: "the alliance will never attack the north."',
     [("We see the north as a partner.", "Alvarez"), ("the alliance will never attack the north.", "Petrova")]),
    ('Lindgren said "We will expand our work," and Halvorsen added "I think so too."',
     [("We will expand our work,", "Lindgren"), ("I think so too.", "Halvorsen")]),
    ("\"There are lots of 'urban legends' about us\" — Dana Price",
     [("There are lots of 'urban legends' about us", "Dana Price")]),
    ('Quotes from the vote: Alvarez — "We see the north as a partner"; Petrova — "the alliance will never attack"',
     [("We see the north as a partner", "Alvarez"), ("the alliance will never attack", "Petrova")]),
    ('"We see the north as a partner" — Alvarez; "the alliance will never attack" — Petrova',
     [("We see the north as a partner", "Alvarez"), ("the alliance will never attack", "Petrova")]),
])
def test_claims_are_found_in_every_shape(message: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.speaker) for c in find_claims(message)] == expected


def test_at_most_five_claims_per_message() -> None:
    message = " ".join(f'"claim number {i} here" — Person{i}.' for i in range(8))
    claims = find_claims(message)
    assert len(claims) == MAX_CLAIMS
    assert claims[0] == Claim(text="claim number 0 here", speaker="Person0")


@pytest.mark.parametrize("message", ["", "   ", "?!…", None, 42])
def test_nothing_to_check_is_no_claim(message) -> None:
    assert find_claims(message) == []


def test_apostrophes_do_not_open_or_close_quotations() -> None:
    text = "It's the players' union's view: 'we don't agree with it'."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["we don't agree with it"]


# ----------------------------------------------------------------- comparing words


@pytest.mark.parametrize("a, b", [
    ("defence", "defense"), ("Colour", "color"), ("organised", "organized"), ("organisation", "organization"),
    ("centre", "center"), ("centrepiece", "centerpiece"), ("travelled", "traveled"), ("catalogue", "catalog"),
    ("1,550", "1550"), ("café", "cafe"), ("don’t", "don't"), ("co-operation", "cooperation"), ("analyse", "analyze"),
])
def test_spelling_variants_and_marks_fold_to_one_key(a: str, b: str) -> None:
    assert fold_word(a) == fold_word(b)


@pytest.mark.parametrize("a, b", [("four", "for"), ("hour", "hor"), ("can", "cannot"), ("2010", "2011"),
                                  ("never", "ever")])
def test_different_words_stay_different(a: str, b: str) -> None:
    assert fold_word(a) != fold_word(b)


def test_alignment_finds_the_compact_window() -> None:
    real = tokens("Conspiracy theories are always fun - fun to invent, fun to read, fun to fantasise about.")
    a = align(tokens("fun to fantasise about"), real)
    assert a.exact and [t.text for t in real[a.lo:a.hi]] == ["fun", "to", "fantasise", "about"]


def test_a_changed_last_word_is_a_swap_not_an_addition() -> None:
    claim = "I think it should be the centrepiece in 2011"
    a = align(tokens(claim), tokens("I think it should be the centerpiece in 2010, he said"))
    ops = diff_ops(a.ops, claim_text=claim)
    assert [o.op for o in ops] == ["equal", "replace"] and (ops[1].real, ops[1].claim) == ("2010", "2011")
    assert a.similarity == pytest.approx(1 - 1 / 9)


def test_words_added_after_the_quotation_are_an_addition() -> None:
    claim = "but facts are facts and the facts are on our side"
    real = tokens("about Acme, but facts are facts. Acme is good for consumers, good for communities")
    ops = diff_ops(align(tokens(claim), real).ops, claim_text=claim)
    assert [o.op for o in ops] == ["equal", "insert"] and ops[1].claim == "and the facts are on our side"


@pytest.mark.parametrize("ops, kind", [
    ([DiffOp(op="equal", real="we do", claim="we do"), DiffOp(op="insert", claim="not")], "negation"),
    ([DiffOp(op="replace", real="can't", claim="can")], "negation"),
    ([DiffOp(op="replace", real="cannot", claim="can")], "negation"),
    ([DiffOp(op="replace", real="10", claim="20")], "number"),
    ([DiffOp(op="replace", real="hundred", claim="thousand")], "number"),
    ([DiffOp(op="replace", real="slowdown", claim="recovery")], "word_swapped"),
    ([DiffOp(op="delete", real="state-of-the-art")], "omission"),
    ([DiffOp(op="insert", claim="and as a friend")], "addition"),
    ([DiffOp(op="equal", real="same", claim="same")], None),
])
def test_each_kind_of_change(ops: list[DiffOp], kind: str | None) -> None:
    assert kind_of(ops) == kind


def test_kind_rules_are_checked_in_order_of_severity() -> None:
    assert [name for name, _ in KINDS] == ["negation", "number", "word_swapped", "omission", "addition"]


# ----------------------------------------------------------------- verdicts, through the CLI


@pytest.fixture(scope="module")
def check_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_check_index(tmp_path_factory.mktemp("check"))


@pytest.fixture(scope="module")
def check_engine(check_index: Path):
    with engine_on(check_index) as eng:
        yield eng


CASES = [
    # (claim, verdict, kind, real speaker)
    ('"We will never again depend on diesel for this crossing" — Okafor', "verbatim", None, "Maria Okafor"),
    ('"we will NEVER again depend on diesel for this crossing!" — Maria Okafor', "verbatim", None, "Maria Okafor"),
    ('“We will never … depend on diesel for this crossing” — the council leader', "verbatim", None, "Maria Okafor"),
    # wave 11: stopping inside the clause drops what it goes on to say ("for this crossing"): not the promise made
    ('"We will never again depend on diesel" — Okafor', "altered", "truncation", "Maria Okafor"),
    ("Okafor said that the island deserves a clean and reliable service", "verbatim", None, "Maria Okafor"),
    ('"We will always depend on diesel for this crossing" — Okafor', "altered", "negation", "Maria Okafor"),
    ('"The ferries cost 15 million pounds and the island gets very little in return" — Reyes', "altered",
     "number", "Tom Reyes"),
    ('"The ferries cost 12 million pounds and the island gets plenty in return" — Reyes', "altered",
     "word_swapped", "Tom Reyes"),
    ('"The island deserves a clean and reliable service and more jobs" — Okafor', "altered", "addition",
     "Maria Okafor"),
    ('"The island deserves a clean service" — Okafor', "altered", "omission", "Maria Okafor"),
    ('"The weekday service will get any worse" — Ann Lindqvist', "altered", "truncation", "Ann Lindqvist"),
    ('Okafor said "The ferries cost 12 million pounds and the island gets very little in return"', "someone_else",
     None, "Tom Reyes"),
    ('"Our readers asked for Sunday hours and we listened" — Maria Okafor', "someone_else", None, "Ann Lindqvist"),
    ("The harbour council voted on Tuesday to buy two electric ferries", "not_a_quotation", None, None),
    ('Reyes said "The library was built in 1962 and holds about 80,000 books"', "not_a_quotation", None, None),
    ('"The ferry will be free for every islander" — Okafor', "not_found", None, None),
    # round 2 rules: cut before a "but" later in the sentence; an ellipsis that drops a "not";
    # an ellipsis over a whole clause is faithful; a currency is part of the number
    ('"The fees pay for the new roof" — Shah', "altered", "truncation", "Priya Shah"),
    ('"they will … rise again this decade" — Shah', "altered", "negation", "Priya Shah"),
    ('"The fees pay for the new roof … they will not rise again this decade" — Shah', "verbatim", None,
     "Priya Shah"),
    ('"The roof will cost £2 million and take a year to build" — Shah', "altered", "number", "Priya Shah"),
    # words the sources quote without naming anyone: real, but the claimed speaker can be neither confirmed
    # nor refuted, whether or not the article names them nearby (wave 4: an attribution nobody made
    # cannot make a claim someone else's words)
    ('"Nobody wants a fee rise, and nobody asked for one" — Priya Shah', "speaker_unconfirmed", None, None),
    ('"Nobody wants a fee rise, and nobody asked for one" — Tom Reyes', "speaker_unconfirmed", None, None),
    ('"Nobody wants a fee rise, and nobody asked for one"', "verbatim", None, None),
    ('"Nobody wants a fee rise"', "verbatim", None, None),  # a "nobody" in the next clause turns nothing round
    ("Reyes said the new boats would waste money islanders need", "not_found", None, None),
]


@pytest.mark.parametrize("claim, verdict, kind, speaker", CASES)
def test_every_verdict_through_the_json_cli(capsys, check_index: Path, check_engine, claim: str, verdict: str,
                                            kind: str | None, speaker: str | None) -> None:
    result = check_json(capsys, check_index, claim)
    assert set(result) == {"input", "checks", "message", "generation"} and result["message"] is None
    assert result["generation"] == Path(check_index, (check_index / "CURRENT").read_text().strip()).name
    (check,) = result["checks"]
    assert {"claim", "claimed_speaker", "verdict", "similarity", "real", "diff"} <= set(check)
    assert (check["verdict"], check["kind"]) == (verdict, kind)
    assert 0.0 <= check["similarity"] <= 1.0
    if verdict == "not_found":
        assert check["real"] is None and check["diff"] == []
        assert check["nearest"], "not_found offers related passages"
    else:
        assert check["real"]["speaker"] == speaker
        assert check["nearest"] == []
    if verdict in ("verbatim", "someone_else", "speaker_unconfirmed"):
        assert check["similarity"] == 1.0 and all(op["op"] == "equal" for op in check["diff"])
    if verdict == "altered":
        assert any(op["op"] != "equal" for op in check["diff"]) or kind == "truncation"
    for span in [check["real"], *check["nearest"]]:
        if span is not None:
            assert_span_verbatim(check_engine, span)


def test_altered_diff_lists_the_operations(capsys, check_index: Path) -> None:
    result = check_json(capsys, check_index, '"We will always depend on diesel for this crossing" — Okafor')
    diff = result["checks"][0]["diff"]
    assert diff[0] == {"op": "equal", "real": "We will", "claim": "We will"}
    assert diff[1] == {"op": "replace", "real": "never again", "claim": "always"}
    assert diff[2]["op"] == "equal" and diff[2]["real"] == "depend on diesel for this crossing"


def test_a_message_with_several_claims_gets_a_verdict_each(check_engine) -> None:
    result = check_engine.check('Okafor: "The island deserves a clean and reliable service." '
                                'Lindqvist: "The ferries cost 12 million pounds and the island gets very little in return."')
    assert [c.verdict.value for c in result.checks] == ["verbatim", "someone_else"]
    assert result.checks[1].real.speaker == "Tom Reyes"


def _printed(capsys, index: Path, message: str) -> str:
    """What ``dossier check`` prints to the terminal for ``message`` over ``index``."""
    from index.cli import main

    main(["check", "--index", str(index), message])
    return capsys.readouterr().out


def test_text_output_makes_someone_else_unmissable(capsys, check_index: Path) -> None:
    out = _printed(capsys, check_index,
                   'Okafor said "The ferries cost 12 million pounds and the island gets very little in return"')
    assert "SOMEONE ELSE'S WORDS" in out and "Tom Reyes, not Okafor" in out


def test_text_output_says_the_speaker_could_not_be_confirmed(capsys, check_index: Path) -> None:
    out = _printed(capsys, check_index, '"Nobody wants a fee rise, and nobody asked for one" — Priya Shah')
    flat = " ".join(out.split())  # the terminal wraps lines at 100 characters
    assert "SPEAKER NOT CONFIRMED" in flat and "cannot confirm it was Priya Shah" in flat
    assert "nor show that someone else said them" in flat  # never read as an accusation
    assert "VERBATIM" not in out and "Nobody wants a fee rise, and nobody asked for one" in out


def test_text_output_marks_removed_and_added_words(capsys, check_index: Path) -> None:
    out = _printed(capsys, check_index, '"The ferries cost 15 million pounds and the island gets very '
                                        'little in return" — Reyes')
    assert "ALTERED" in out and "[-12-] {+15+}" in out


def test_not_found_labels_the_nearest_passages_as_not_a_match(capsys, check_index: Path) -> None:
    out = _printed(capsys, check_index, '"The ferry will be free for every islander" — Okafor')
    assert "NOT FOUND" in out and "Related passages (NOT a match)" in out


def test_stdin_checks_one_claim_per_line(check_index: Path, monkeypatch, capsys) -> None:
    from index.cli import main

    lines = ['"We will never again depend on diesel for this crossing" — Okafor',
             "The harbour council voted on Tuesday to buy two electric ferries", "", "?!"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["check", "--index", str(check_index), "--json", "-"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["input"] for r in results] == ['"We will never again depend on diesel for this crossing" — Okafor',
                                            "The harbour council voted on Tuesday to buy two electric ferries", "",
                                            "?!"]
    assert [c["verdict"] for c in results[0]["checks"]] == ["verbatim"]
    assert [c["verdict"] for c in results[1]["checks"]] == ["not_a_quotation"]
    assert results[2]["checks"] == [] and results[2]["message"]
    assert results[3]["checks"] == [] and results[3]["message"]


@pytest.mark.parametrize("text", ["", "\x00\x01", "…", "'", '""', "a" * 5000, "<@123> @everyone",
                                  '"' * 40, "«»" * 30])
def test_odd_input_is_a_message_or_a_verdict_never_a_traceback(check_engine, text: str) -> None:
    result = check_engine.check(text)
    assert result.message or result.checks
    for c in result.checks:
        assert c.verdict.value in {"verbatim", "altered", "someone_else", "not_a_quotation", "not_found"}


def test_missing_index_is_one_line_and_exit_2(capsys, tmp_path: Path) -> None:
    from index.cli import main

    assert main(["check", "--index", str(tmp_path / "nope"), '"words here" — Someone']) == 2
    assert "dossier build" in capsys.readouterr().err


# ----------------------------------------------------------------- the evaluator's bookkeeping


def test_eval_pairs_each_gold_claim_with_the_check_of_the_same_words() -> None:
    from benchmarks.check_eval import confusion_table, pair

    gold = [{"claim": "The island deserves a clean service"}, {"claim": "We will never again depend on diesel"},
            {"claim": "words nobody found"}]
    predicted = [{"claim": "We will never again depend on diesel,"}, {"claim": "The island deserves a clean service."}]
    pairs = pair(gold, predicted)
    assert [p and p["claim"] for _, p in pairs] == ["The island deserves a clean service.",
                                                    "We will never again depend on diesel,", None]
    table = confusion_table({"confusion": {"verbatim -> verbatim": 3, "altered -> (missed)": 1}})
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines()[1:]}
    assert rows["verbatim"][0] == "3" and rows["altered"][-1] == "1" and rows["not_found"] == ["."] * 7


def test_eval_reads_splits_by_name_and_lists_mistakes_only_on_tuning_splits(tmp_path: Path, capsys) -> None:
    from benchmarks.check_eval import COLLECTIONS, load, main

    gold = tmp_path / "gold.jsonl"
    rows = [{"id": f"x-{i}", "split": split, "collection": "seeds", "input": "x", "checks": []}
            for i, split in enumerate(("tune", "judge", "judge47"))]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [r["id"] for r in load(gold, "judge47")] == ["x-2"]
    assert [r["id"] for r in load(gold, "tune,judge")] == ["x-0", "x-1"]
    assert len(load(gold, "all")) == 3
    assert main(["--gold", str(gold), "--split", "judge47", "--verbose"]) == 2
    assert main(["--gold", str(gold), "--split", "all", "--verbose"]) == 2
    assert "held-out" in capsys.readouterr().err
    assert main(["--gold", str(gold), "--split", "nosuch"]) == 2
    assert main(["--gold", str(tmp_path / "missing.jsonl")]) == 2
    gold.write_text(json.dumps({**rows[2], "collection": "elsewhere"}) + "\n", encoding="utf-8")
    assert main(["--gold", str(gold), "--split", "judge47"]) == 2
    err = capsys.readouterr().err
    assert "Unknown collection" in err
    # the message names every collection an input may use, each with where its articles are listed
    assert all(f"'{name}'" in err for name in COLLECTIONS)
    assert "fresh7_articles.txt" in err and "qa_articles.txt" in err


def test_a_claim_is_searched_by_its_rarest_words(check_engine) -> None:
    from index.answer.check import QUERY_WORDS, rarest
    from index.answer.common import concepts_for
    from index.answer.question import content_terms

    snap = check_engine.snapshot()
    words = content_terms("The harbour council voted on Tuesday to buy two electric ferries zzyzxq for the island route")
    concepts = concepts_for(snap, words)
    picked = rarest(snap, concepts)
    assert 0 < len(picked) <= QUERY_WORDS < len(concepts)
    assert all(c.word != "zzyzxq" for c in picked), "a word no passage holds finds nothing"
    left = [c for c in concepts if c not in picked and c.word != "zzyzxq"]
    assert min(c.weight for c in picked) >= max(c.weight for c in left)


def test_sources_text_names_the_serving_generation_and_its_build_time(capsys, check_index: Path) -> None:
    from index.cli import main

    assert main(["sources", "--index", str(check_index)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    generation = (check_index / "CURRENT").read_text().strip()
    assert first.startswith(f"Index generation {generation}, built 20") and first.endswith(" UTC")


def test_feedback_is_listed_for_the_operator_with_users_hashed(capsys, tmp_path: Path) -> None:
    from index.cli import main
    from index.store.feedback import FeedbackStore

    store = FeedbackStore(tmp_path)
    assert main(["feedback", "--index", str(tmp_path)]) == 0 and "No feedback yet." in capsys.readouterr().out
    a = store.add(vote="up", kind="answer", question="When?", user_id=123456789, quote="On Tuesday.",
                  source_id="s", paragraph=2, start=5, end=16, generation="gen-x")
    b = store.add(vote="down", kind="check", question="“x” — Y", user_id=123456789)
    c = store.add(vote="down", kind="check", question="“x” — Y", user_id=42)
    assert a.user == b.user != c.user and "123456789" not in a.user
    with pytest.raises(ValueError):
        store.add(vote="meh", kind="check", question="q", user_id=1)
    assert main(["feedback", "--json", "--index", str(tmp_path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["vote"], r["kind"], r["start"], r["end"]) for r in rows] == [
        ("up", "answer", 5, 16), ("down", "check", None, None), ("down", "check", None, None)]
    assert main(["feedback", "--index", str(tmp_path)]) == 0
    assert "👍 answer" in capsys.readouterr().out
