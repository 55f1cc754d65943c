"""The quotation gold standard is sound, and the extractor meets the bar on the seeds.

The gold file is only worth anything if every line parses, points at a real
file and quotes that file verbatim: a typo in a quote would silently turn into
a "miss" and understate recall. The BBC half lives outside the repo
(``../shared/corpora/bbc-news``), so those checks skip when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import quote_eval as qe

REPO = Path(__file__).resolve().parents[1]
BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-news"
GOLD = REPO / "benchmarks" / "quote_gold.jsonl"
PATTERNS = {"name_said", "said_name", "pronoun", "title", "org", "continuation", "fragment", "unattributed"}


def _records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _file(path: str) -> Path:
    return REPO / path if path.startswith("seeds/") else BBC / path


def test_every_line_parses_with_the_documented_fields() -> None:
    recs = _records()
    assert recs, "gold file is empty"
    for n, r in enumerate(recs, 1):
        assert set(r) >= {"path", "quote", "kind", "speaker"}, n
        assert r["kind"] in {"speech", "not_speech"}, n
        assert isinstance(r["quote"], str) and r["quote"].strip(), n
        if r["kind"] == "not_speech":
            assert r["speaker"] is None, f"line {n}: non-speech has a speaker"
        else:
            assert r["speaker"] is None or (isinstance(r["speaker"], str) and r["speaker"].strip()), n
            assert r.get("pattern", "fragment") in PATTERNS, n
        assert all(isinstance(a, str) and a for a in r.get("aliases", [])), n
    assert len(qe.load_gold(GOLD)) == len(recs)


def test_gold_is_large_enough_and_covers_every_category() -> None:
    gold = qe.load_gold(GOLD)
    speech = [g for g in gold if g.is_speech and not g.boilerplate]
    assert len(speech) >= 300
    cats = {g.category for g in gold}
    assert cats == {"seeds", *qe.CATEGORIES}
    assert {g.path for g in gold if g.category == "seeds"} == {
        f"seeds/{p.name}" for p in (REPO / "seeds").glob("*.txt")
    }
    assert sum(1 for g in gold if not g.is_speech) >= 30, "precision needs non-speech distractors"


def test_seed_quotes_occur_verbatim() -> None:
    for g in qe.load_gold(GOLD):
        if g.category == "seeds":
            text = _file(g.path).read_text(encoding="utf-8")
            assert g.quote in text, (g.path, g.quote)


def _assert_bbc_quotes_occur_verbatim(gold: Path) -> None:
    """Every BBC line of ``gold`` names an article that exists and quotes it verbatim."""
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not present at {BBC}")
    for g in qe.load_gold(gold):
        if g.category == "seeds":
            continue
        f = _file(g.path)
        assert f.is_file(), g.path
        assert g.quote in f.read_text(encoding="utf-8"), (g.path, g.quote)


def test_bbc_paths_exist_and_quotes_occur_verbatim() -> None:
    _assert_bbc_quotes_occur_verbatim(GOLD)


def test_article_choice_follows_the_documented_rule() -> None:
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not present at {BBC}")
    chosen = qe.select_articles(BBC)
    assert len(chosen) == 40
    assert set(chosen) == {g.path for g in qe.load_gold(GOLD) if g.category != "seeds"}


def test_every_annotated_article_lists_all_its_quote_spans() -> None:
    """Each span between double quote marks in a paragraph is annotated (speech or not), so precision is fair."""
    gold = qe.load_gold(GOLD)
    by_path: dict[str, int] = {}
    for g in gold:
        by_path[g.path] = by_path.get(g.path, 0) + 1
    for path, n in by_path.items():
        f = _file(path)
        if not f.is_file():
            continue
        marks = sum(f.read_text(encoding="utf-8").count(c) for c in '"\u201c\u201d')
        # a paragraph-spanning quote has one mark per paragraph, so spans >= marks / 2 (minus a few strays)
        assert n >= marks // 2 - 2, (path, n, marks)


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("We see Russia as a partner, not an adversary,", "We see Russia as a partner, not an adversary", True),
        ("\u201cIt\u2019s time,\u201d", "It's time", True),
        ("It is time for us to go ahead and get it done", "It is time for us to go ahead and get it done now", True),
        ("It is time", "It is time for us to go ahead and get it done", False),
        ("reset", "biased", False),
    ],
)
def test_text_matching_rule(gold: str, pred: str, ok: bool) -> None:
    assert (qe.text_score(gold, pred) > 0) is ok


@pytest.mark.parametrize(
    ("speaker", "aliases", "pred", "ok"),
    [
        ("Dmitry Medvedev", (), "dmitry medvedev", True),
        ("Dmitry Medvedev", (), "Medvedev", False),  # bare surname is not the canonical full name
        ("Dmitri Medvedev", ("Dmitry Medvedev",), "Dmitry Medvedev", True),
        ("Musharraf", (), "General Musharraf", True),  # one-token gold: last token suffices
        ("José Manuel Barroso", (), "Jose Manuel Barroso", True),
        ("International Air Transport Association", ("IATA",), "IATA", True),
        ("NATO", (), None, False),
        # a knight with or without the "Sir" the article gives is one person; a peer's title is part of the name
        ("Sir Clive Woodward", (), "Clive Woodward", True),
        ("Menzies Campbell", (), "Sir Menzies Campbell", True),
        ("Dame Judi Dench", (), "Judi Dench", True),
        ("Sir Clive Woodward", (), "Clive Lloyd", False),
        ("Sir Clive Woodward", (), "Sir Clive Lloyd", False),
        ("Lord Smith", (), "Lady Smith", False),
        ("Sir Woodward", (), "Woodward", True),
    ],
)
def test_speaker_rule(speaker: str, aliases: tuple[str, ...], pred: str | None, ok: bool) -> None:
    g = qe.GoldItem(path="seeds/x.txt", quote="q", kind="speech", speaker=speaker, aliases=aliases)
    assert qe.speaker_ok(g, pred) is ok


def _extractor_available() -> bool:
    try:
        import index.extract.quotes  # noqa: F401
    except Exception:  # noqa: BLE001 - any import failure means "not there yet"
        return False
    return True


@pytest.mark.skipif(not _extractor_available(), reason="index.extract.quotes cannot be imported (extractor not built yet)")
def test_extractor_meets_the_bar_on_the_seeds() -> None:
    report = qe.evaluate(GOLD, categories={"seeds"})
    s = report.summary()
    assert "error" not in s, s
    assert s["articles"] == 5
    detail = report.details()
    assert s["recall"] >= 0.9, detail["misses"]
    assert s["precision"] >= 0.9, detail["false_positives"]
    assert s["speaker_accuracy"] >= 0.9, detail["wrong_speaker"]


def test_dev_and_test_halves_partition_the_bbc_articles() -> None:
    gold = qe.load_gold(GOLD)
    paths = [g.path for g in gold]
    halves = {p: qe.split_of(p, paths) for p in set(paths)}
    assert all(v == "dev" for p, v in halves.items() if p.startswith("seeds/"))
    for cat in qe.CATEGORIES:
        in_cat = [v for p, v in halves.items() if qe.category_of(p) == cat]
        assert sorted(in_cat) == ["dev"] * 4 + ["test"] * 4, cat


def test_cli_prints_json_and_always_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert qe.main(["--json", "--category", "seeds"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "error" in out or {"recall", "precision", "speaker_accuracy", "by_category", "by_pattern"} <= set(out)


# --- the fresh held-out set (benchmarks/quote_gold_holdout.jsonl) -------------------------------------------------

HOLDOUT = REPO / "benchmarks" / "quote_gold_holdout.jsonl"
# Its line format is checked with the later held-out files, in test_quote_holdouts.py.


def test_holdout_is_large_enough_and_balanced() -> None:
    gold = qe.load_gold(HOLDOUT)
    speech = [g for g in gold if g.is_speech and not g.boilerplate]
    assert len(speech) >= 150
    assert sum(1 for g in gold if not g.is_speech) >= 20, "precision needs non-speech distractors"
    per_cat: dict[str, set[str]] = {}
    for g in gold:
        per_cat.setdefault(g.category, set()).add(g.path)
    assert {c: len(p) for c, p in per_cat.items()} == {c: qe.HOLDOUT_PER_CATEGORY for c in qe.CATEGORIES}


def test_holdout_shares_no_article_with_the_tuning_gold() -> None:
    tuned = {g.path for g in qe.load_gold(GOLD)}
    held = {g.path for g in qe.load_gold(HOLDOUT)}
    assert not tuned & held
    if BBC.is_dir():  # the BBC corpus has duplicate articles under different names
        tuned_texts = {(BBC / p).read_text(encoding="utf-8").strip() for p in tuned if not p.startswith("seeds/")}
        for p in held:
            assert (BBC / p).read_text(encoding="utf-8").strip() not in tuned_texts, p


def test_holdout_paths_exist_and_quotes_occur_verbatim() -> None:
    assert all(g.category != "seeds" for g in qe.load_gold(HOLDOUT)), "the held-out set is BBC articles only"
    _assert_bbc_quotes_occur_verbatim(HOLDOUT)


def test_holdout_choice_follows_the_documented_rule() -> None:
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not present at {BBC}")
    chosen = qe.select_articles(BBC)
    held = qe.select_holdout_articles(BBC, GOLD)
    assert len(held) == 5 * qe.HOLDOUT_PER_CATEGORY
    assert held == sorted(set(held), key=held.index) and not set(held) & set(chosen)
    assert set(held) == {g.path for g in qe.load_gold(HOLDOUT)}
    for p in held:
        assert (BBC / p).read_text(encoding="utf-8").count('"') >= qe.HOLDOUT_MIN_MARKS, p


def test_every_holdout_article_lists_all_its_quote_spans() -> None:
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not present at {BBC}")
    by_path: dict[str, int] = {}
    for g in qe.load_gold(HOLDOUT):
        by_path[g.path] = by_path.get(g.path, 0) + 1
    for path, n in by_path.items():
        marks = sum((BBC / path).read_text(encoding="utf-8").count(c) for c in '"\u201c\u201d')
        assert n >= marks // 2 - 1, (path, n, marks)


def test_cli_holdout_and_gold_choose_the_file(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Path] = []

    def fake_evaluate(gold_path: Path, *args: object, **kwargs: object) -> qe.Report:
        seen.append(gold_path)
        return qe.Report(files=[], gold=[], error="stub")

    monkeypatch.setattr(qe, "evaluate", fake_evaluate)
    assert qe.main(["--holdout", "--json"]) == 0
    assert qe.main(["--json"]) == 0
    assert qe.main(["--gold", str(HOLDOUT), "--json"]) == 0
    assert seen == [qe.HOLDOUT, qe.GOLD, HOLDOUT]
    assert qe.HOLDOUT == HOLDOUT
    capsys.readouterr()
    with pytest.raises(SystemExit):
        qe.main(["--holdout", "--gold", str(GOLD)])


def test_a_body_named_for_its_unnamed_spokesperson_is_wrong_and_counted_apart() -> None:
    """The gold names nobody ("a Kelvo spokesman"): giving "Kelvo" is a wrong name, and the report shows how many
    of the wrong names are of that kind; any other name is wrong and not of that kind."""
    gold = qe.GoldItem(path="x.txt", quote="q", kind="speech", speaker=None, description="said a Kelvo spokesman")
    assert qe.wrong_name(gold, "Kelvo") and qe.body_for_unnamed(gold, "Kelvo")
    assert qe.wrong_name(gold, "Tom Hale") and not qe.body_for_unnamed(gold, "Tom Hale")
    named = qe.GoldItem(path="x.txt", quote="q", kind="speech", speaker="Tom Hale", description="said Kelvo's Tom Hale")
    assert not qe.body_for_unnamed(named, "Kelvo")
