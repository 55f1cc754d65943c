"""The later held-out quotation golds (benchmarks/quote_gold_holdout2/3.jsonl) are sound.

A held-out set is only worth anything if every line parses, points at a real
article, quotes it verbatim, covers every double-quoted span in it, shares no
article (by name or by text) with the gold files annotated before it, and was
chosen by the documented rule in :mod:`benchmarks.holdouts`. The line format check
also covers the first held-out file (the rest of its checks are in test_quote_eval). The BBC corpus lives
outside the repo, so the checks that read it skip when it is absent.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import holdouts
from benchmarks import quote_eval as qe

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-news"
PATTERNS = {"name_said", "said_name", "pronoun", "title", "org", "continuation", "fragment", "unattributed"}
SETS = sorted(holdouts.SETS)


def _gold(name: str) -> Path:
    return holdouts.SETS[name][0]


def _earlier(name: str) -> tuple[Path, ...]:
    return holdouts.SETS[name][1]


def _need_corpus() -> None:
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not present at {BBC}")


@functools.cache
def _text(path: str) -> str:
    return (BBC / path).read_text(encoding="utf-8")


# Every held-out file, the first one (also checked in test_quote_eval) included, has the same line format.
HELD_OUT_FILES = {"holdout": qe.HOLDOUT, **{name: _gold(name) for name in SETS}}


@pytest.mark.parametrize("name", HELD_OUT_FILES)
def test_lines_parse_with_the_documented_fields(name: str) -> None:
    path = HELD_OUT_FILES[name]
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert recs, f"{name} file is empty"
    allowed = {"path", "quote", "kind", "speaker", "aliases", "pattern", "boilerplate"}
    for n, r in enumerate(recs, 1):
        assert allowed >= set(r) >= {"path", "quote", "kind", "speaker"}, n
        assert r["kind"] in {"speech", "not_speech"}, n
        assert isinstance(r["quote"], str) and r["quote"] and r["quote"].strip() == r["quote"], n
        if r["kind"] == "not_speech":
            assert r["speaker"] is None, f"line {n}: non-speech has a speaker"
            assert "pattern" not in r and "aliases" not in r, n
        else:
            assert r["speaker"] is None or (isinstance(r["speaker"], str) and r["speaker"].strip()), n
            assert r.get("pattern") in PATTERNS, n
        assert all(isinstance(a, str) and a for a in r.get("aliases", [])), n
    assert len(qe.load_gold(path)) == len(recs)


@pytest.mark.parametrize("name", SETS)
def test_is_large_enough_and_balanced(name: str) -> None:
    gold = qe.load_gold(_gold(name))
    assert sum(1 for g in gold if g.is_speech and not g.boilerplate) >= 150
    assert sum(1 for g in gold if not g.is_speech) >= 20, "precision needs non-speech distractors"
    per_cat: dict[str, set[str]] = {}
    for g in gold:
        per_cat.setdefault(g.category, set()).add(g.path)
    assert {c: len(p) for c, p in per_cat.items()} == {c: holdouts.PER_CATEGORY for c in qe.CATEGORIES}


@pytest.mark.parametrize("name", SETS)
def test_shares_no_article_by_name_or_text_with_earlier_gold_files(name: str) -> None:
    held = {g.path for g in qe.load_gold(_gold(name))}
    others = {g.path for gold in _earlier(name) for g in qe.load_gold(gold) if qe.category_of(g.path) != "seeds"}
    assert not held & others
    if BBC.is_dir():  # the BBC corpus has duplicate articles under different names
        other_texts = {_text(p).strip() for p in others}
        held_texts = [_text(p).strip() for p in held]
        assert not set(held_texts) & other_texts
        assert len(set(held_texts)) == len(held_texts), "two held-out articles have the same text"


@pytest.mark.parametrize("name", SETS)
def test_paths_exist_and_quotes_occur_verbatim(name: str) -> None:
    _need_corpus()
    for g in qe.load_gold(_gold(name)):
        assert (BBC / g.path).is_file(), g.path
        assert g.quote in _text(g.path), (g.path, g.quote)


@pytest.mark.parametrize("name", SETS)
def test_every_double_quote_mark_opens_or_closes_an_annotated_span(name: str) -> None:
    """Each mark in an article sits right before or right after some gold quote, so no span is left out."""
    _need_corpus()
    by_path: dict[str, list[str]] = {}
    for g in qe.load_gold(_gold(name)):
        by_path.setdefault(g.path, []).append(g.quote)
    for path, quotes in by_path.items():
        text = _text(path)
        marks = [i for i, ch in enumerate(text) if ch in '"\u201c\u201d']
        for i in marks:
            # a stray space inside the marks (Jimmy "the Whirlwind " White) is not part of the span
            after = text[i + 1 :].lstrip(" ")
            before = text[:i].rstrip(" ")
            opens = any(after.startswith(q) for q in quotes)
            closes = any(before.endswith(q) for q in quotes)
            assert opens or closes, (path, i, text[max(0, i - 40) : i + 40])
        assert len(quotes) >= len(marks) // 2 - 1, (path, len(quotes), len(marks))


@pytest.mark.parametrize("name", SETS)
def test_choice_follows_the_documented_rule(name: str) -> None:
    _need_corpus()
    held = holdouts.select(name, BBC)
    assert len(held) == 5 * holdouts.PER_CATEGORY
    assert len(set(held)) == len(held)
    in_file: list[str] = []
    for g in qe.load_gold(_gold(name)):
        if g.path not in in_file:
            in_file.append(g.path)
    assert held == in_file
    earlier_sets = [qe.select_articles(BBC), qe.select_holdout_articles(BBC)]
    earlier_sets += [holdouts.select(other, BBC) for other in SETS if other < name]
    for earlier in earlier_sets:
        assert not set(held) & set(earlier)
    for p in held:
        assert _text(p).count('"') >= qe.HOLDOUT_MIN_MARKS, p


def test_holdout4_choice_follows_the_documented_rule() -> None:
    """The fourth held-out set: 40 articles by rule and 6 interview pieces, none annotated before."""
    _need_corpus()
    in_file: list[str] = []
    for g in qe.load_gold(holdouts.HOLDOUT4):
        if g.path not in in_file:
            in_file.append(g.path)
    chosen = holdouts.select_holdout4(BBC)
    assert len(chosen) == 46 and sorted(chosen) == sorted(in_file)
    assert chosen[40:] == ["bbc_business_217.txt", "bbc_entertainment_120.txt", "bbc_politics_005.txt",
                           "bbc_sport_049.txt", "bbc_tech_225.txt", "bbc_business_244.txt"]


def test_wave3_articles_follow_the_documented_rule_and_no_earlier_set_holds_them() -> None:
    """The fresh collection of wave 3 (answer_gold_d, quote_gold_holdout5, check_gold3): 6 per category, by rule."""
    from benchmarks import fresh3

    _need_corpus()
    chosen = fresh3.select(BBC)
    assert chosen == fresh3.articles() and len(chosen) == 30
    earlier = {g.path for name in fresh3.EARLIER for g in qe.load_gold(fresh3.HERE / name)}
    assert not earlier & set(chosen)
    assert {g.path for g in qe.load_gold(fresh3.HERE / "quote_gold_holdout5.jsonl")} == set(chosen)


def test_wave4_articles_follow_the_documented_rule_and_no_earlier_set_holds_them() -> None:
    """The fresh collection of wave 4 (answer_gold_e, quote_gold_holdout6, check_gold4): 6 per category, by rule."""
    import json

    from benchmarks import fresh3, fresh4

    _need_corpus()
    chosen = fresh4.select(BBC)
    assert chosen == fresh4.articles() and len(chosen) == 30
    earlier = {g.path for name in fresh4.EARLIER for g in qe.load_gold(fresh4.HERE / name)}
    assert not (earlier | set(fresh3.articles())) & set(chosen)
    assert {g.path for g in qe.load_gold(fresh4.HERE / "quote_gold_holdout6.jsonl")} == set(chosen)
    questions = [json.loads(line) for line in (fresh4.HERE / "answer_gold_e.jsonl").read_text().splitlines()]
    assert {q["source"] for q in questions if q["source"]} <= set(chosen)


def test_wave5_articles_follow_the_documented_rule_and_no_earlier_set_or_test_holds_them() -> None:
    """The fresh collection of wave 5: 6 per category, by rule, none read before (nor named by a test)."""
    import json

    from benchmarks import fresh3, fresh4, fresh5

    _need_corpus()
    chosen = fresh5.select(BBC)
    assert chosen == fresh5.articles() and len(chosen) == 30
    earlier = {g.path for name in fresh5.EARLIER for g in qe.load_gold(fresh5.HERE / name)}
    assert not (earlier | set(fresh3.articles()) | set(fresh4.articles())) & set(chosen)
    named = "".join(p.read_text(encoding="utf-8") for p in (qe.REPO / "tests").glob("*.py"))
    assert not [a for a in chosen if a in named]
    assert {g.path for g in qe.load_gold(fresh5.HERE / "quote_gold_holdout7.jsonl")} == set(chosen)
    questions = [json.loads(line) for line in (fresh5.HERE / "answer_gold_f.jsonl").read_text().splitlines()]
    assert {q["source"] for q in questions if q["source"]} <= set(chosen)
    assert {q["split"] for q in questions} == {"held6"}


def test_wave6_articles_follow_the_documented_rule_and_no_earlier_set_or_test_holds_them() -> None:
    """The fresh collection written at the end of wave 5 for wave 6: 6 per category, by rule, none read before."""
    import json

    from benchmarks import fresh3, fresh4, fresh5, fresh6

    _need_corpus()
    chosen = fresh6.select(BBC)
    assert chosen == fresh6.articles() and len(chosen) == 30
    earlier = {g.path for name in fresh6.EARLIER for g in qe.load_gold(fresh6.HERE / name)}
    assert not (earlier | set(fresh3.articles()) | set(fresh4.articles()) | set(fresh5.articles())) & set(chosen)
    named = "".join(p.read_text(encoding="utf-8") for p in (qe.REPO / "tests").glob("*.py"))
    assert not [a for a in chosen if a in named]
    assert {g.path for g in qe.load_gold(fresh6.HERE / "quote_gold_holdout8.jsonl")} == set(chosen)
    questions = [json.loads(line) for line in (fresh6.HERE / "answer_gold_g.jsonl").read_text().splitlines()]
    assert {q["source"] for q in questions if q["source"]} <= set(chosen)
    assert {q["split"] for q in questions} == {"held7"}


@pytest.mark.parametrize(("wave", "quotes", "sets"), [
    (7, "quote_gold_holdout9.jsonl", (("answer_gold_h.jsonl", "held8"), ("check_gold7.jsonl", "judge7"))),
    (8, "quote_gold_holdout10.jsonl", (("answer_gold_i.jsonl", "held9"), ("check_gold8.jsonl", "judge8"))),
    (9, "quote_gold_holdout11.jsonl", (("answer_gold_j.jsonl", "held10"), ("check_gold9.jsonl", "judge9"))),
    (10, "quote_gold_holdout12.jsonl", (("answer_gold_k.jsonl", "held11"), ("check_gold10.jsonl", "judge10"))),
    (11, "quote_gold_holdout13.jsonl", (("answer_gold_l.jsonl", "held12"), ("check_gold11.jsonl", "judge11"))),
    (12, "quote_gold_holdout14.jsonl", (("answer_gold_m.jsonl", "held13"), ("check_gold12.jsonl", "judge12"))),
    (13, "quote_gold_holdout15.jsonl", (("answer_gold_n.jsonl", "held14"), ("check_gold13.jsonl", "judge13"))),
    (14, "quote_gold_holdout16.jsonl", (("answer_gold_o.jsonl", "held15"), ("check_gold14.jsonl", "judge14"))),
    (15, "quote_gold_holdout17.jsonl", (("answer_gold_p.jsonl", "held16"), ("check_gold15.jsonl", "judge15"))),
    (16, "quote_gold_holdout18.jsonl", (("answer_gold_q.jsonl", "held17"), ("check_gold16.jsonl", "judge16"))),
    (17, "quote_gold_holdout19.jsonl", (("answer_gold_r.jsonl", "held18"), ("check_gold17.jsonl", "judge17"))),
    (18, "quote_gold_holdout20.jsonl", (("answer_gold_s.jsonl", "held19"), ("check_gold18.jsonl", "judge18"))),
    (19, "quote_gold_holdout21.jsonl", (("answer_gold_t.jsonl", "held20"), ("check_gold19.jsonl", "judge19"))),
    (20, "quote_gold_holdout22.jsonl", (("answer_gold_u.jsonl", "held21"), ("check_gold20.jsonl", "judge20"))),
    (21, "quote_gold_holdout23.jsonl", (("answer_gold_v.jsonl", "held22"), ("check_gold21.jsonl", "judge21"))),
    (22, "quote_gold_holdout24.jsonl", (("answer_gold_w.jsonl", "held23"), ("check_gold22.jsonl", "judge22"))),
    (23, "quote_gold_holdout25.jsonl", (("answer_gold_x.jsonl", "held24"), ("check_gold23.jsonl", "judge23"))),
    (24, "quote_gold_holdout26.jsonl", (("answer_gold_y.jsonl", "held25"), ("check_gold24.jsonl", "judge24"))),
    (25, "quote_gold_holdout27.jsonl", (("answer_gold_z.jsonl", "held26"), ("check_gold25.jsonl", "judge25"))),
    (26, "quote_gold_holdout28.jsonl", (("answer_gold_za.jsonl", "held27"), ("check_gold26.jsonl", "judge26"))),
    (27, "quote_gold_holdout29.jsonl", (("answer_gold_zb.jsonl", "held28"), ("check_gold27.jsonl", "judge27"))),
    (28, "quote_gold_holdout30.jsonl", (("answer_gold_zc.jsonl", "held29"), ("check_gold28.jsonl", "judge28"))),
    (29, "quote_gold_holdout31.jsonl", (("answer_gold_zd.jsonl", "held30"), ("check_gold29.jsonl", "judge29"))),
    (30, "quote_gold_holdout32.jsonl", (("answer_gold_ze.jsonl", "held31"), ("check_gold30.jsonl", "judge30"))),
    (31, "quote_gold_holdout33.jsonl", (("answer_gold_zf.jsonl", "held32"), ("check_gold31.jsonl", "judge31"))),
    (32, "quote_gold_holdout34.jsonl", (("answer_gold_zg.jsonl", "held33"), ("check_gold32.jsonl", "judge32"))),
    (33, "quote_gold_holdout35.jsonl", (("answer_gold_zh.jsonl", "held34"), ("check_gold33.jsonl", "judge33"))),
    (34, "quote_gold_holdout36.jsonl", (("answer_gold_zi.jsonl", "held35"), ("check_gold34.jsonl", "judge34"))),
    (35, "quote_gold_holdout37.jsonl", (("answer_gold_zj.jsonl", "held36"), ("check_gold35.jsonl", "judge35"))),
    (36, "quote_gold_holdout38.jsonl", (("answer_gold_zk.jsonl", "held37"), ("check_gold36.jsonl", "judge36"))),
    (37, "quote_gold_holdout39.jsonl", (("answer_gold_zl.jsonl", "held38"), ("check_gold37.jsonl", "judge37"))),
    (38, "quote_gold_holdout40.jsonl", (("answer_gold_zm.jsonl", "held39"), ("check_gold38.jsonl", "judge38"))),
    (39, "quote_gold_holdout41.jsonl", (("answer_gold_zn.jsonl", "held40"), ("check_gold39.jsonl", "judge39"))),
    (40, "quote_gold_holdout42.jsonl", (("answer_gold_zo.jsonl", "held41"), ("check_gold40.jsonl", "judge40"))),
    (41, "quote_gold_holdout43.jsonl", (("answer_gold_zp.jsonl", "held42"), ("check_gold41.jsonl", "judge41"))),
    (42, "quote_gold_holdout44.jsonl", (("answer_gold_zq.jsonl", "held43"), ("check_gold42.jsonl", "judge42"))),
    (43, "quote_gold_holdout45.jsonl", (("answer_gold_zr.jsonl", "held44"), ("check_gold43.jsonl", "judge43"))),
])
def test_wave_articles_follow_the_documented_rule_and_no_earlier_set_or_test_holds_them(
        wave: int, quotes: str, sets: tuple[tuple[str, str], ...]) -> None:
    """The fresh collection chosen in the wave before for wave 7 (8, …, 15): 40 by rule, none read before."""
    import importlib

    fresh = importlib.import_module(f"benchmarks.fresh{wave}")
    _need_corpus()
    chosen = fresh.select(BBC)
    # wave 41's round holds 36: politics has two unread articles left (test_each_round_since_wave_28_…); wave 42's
    # holds 35, business and sport only; wave 43's 13, the last unread articles with a quotation
    assert chosen == fresh.articles() and len(chosen) == (13 if wave >= 43 else 35 if wave >= 42 else 36 if wave >= 41 else 40)
    # by wave 22 no unread entertainment article holds three quotations (by wave 26 no tech one either): the round's
    # 40 come from the others
    # (wave 27 lowers the bar to two quotations and every category gives 8 again; by wave 36 tech has no unread
    # article with even one quotation, by wave 38 no entertainment one either)
    exhausted = {"tech", "entertainment", "politics"} if wave >= 42 else {"tech", "entertainment"} if wave >= 38 else {"tech"} if wave >= 36 else set() if wave >= 27 else (
        ({"entertainment"} if wave >= 22 else set()) | ({"tech"} if wave >= 26 else set()))
    assert {qe.category_of(a) for a in chosen} == set(qe.CATEGORIES) - exhausted
    earlier = {g.path for name in fresh.EARLIER for g in qe.load_gold(fresh.HERE / name)}
    lists = {a for n in range(3, wave) for a in importlib.import_module(f"benchmarks.fresh{n}").articles()}
    assert not (earlier | lists) & set(chosen)
    named = "".join(p.read_text(encoding="utf-8") for p in (qe.REPO / "tests").glob("*.py"))
    assert not [a for a in chosen if a in named]
    assert {g.path for g in qe.load_gold(fresh.HERE / quotes)} == set(chosen)
    for name, split in sets:
        rows = [json.loads(line) for line in (fresh.HERE / name).read_text().splitlines()]
        assert {r["split"] for r in rows} == {split} and {r["collection"] for r in rows} == {f"bbc{wave}"}
        assert {r["source"] for r in rows if r.get("source")} <= set(chosen)
        assert {c["source"] for r in rows for c in r.get("checks", []) if c.get("source")} <= set(chosen)


def test_the_wave12_round_tops_up_the_used_up_categories_from_the_others() -> None:
    """Business and entertainment have fewer than 8 quotation-rich articles left: the round still holds 40, none
    read before, each category's own articles first and the shortfall from the categories with some to spare."""
    import importlib

    from benchmarks import fresh12

    _need_corpus()
    chosen = fresh12.select(BBC)
    assert chosen == fresh12.articles() and len(chosen) == len(set(chosen)) == 40
    by_category = Counter(qe.category_of(a) for a in chosen)
    assert set(by_category) == set(qe.CATEGORIES) and min(by_category.values()) < 8 < max(by_category.values())
    earlier = {g.path for name in fresh12.EARLIER for g in qe.load_gold(fresh12.HERE / name)}
    lists = {a for n in range(3, 12) for a in importlib.import_module(f"benchmarks.fresh{n}").articles()}
    assert not (earlier | lists) & set(chosen)


def _eight_of_each_none_read_before(fresh, wave: int, marks: int) -> list[str]:
    """A round's 40 articles reproduce its rule, 8 of each category, each with at least ``marks`` double-quote marks,
    none in an earlier gold set, an earlier round's list or a test."""
    import importlib

    from benchmarks.fresh3 import listing

    chosen = fresh.select(BBC)
    by_category = Counter(qe.category_of(a) for a in chosen)
    # by wave 35 tech holds five unread articles with one quotation: it gives all five, and the shortfall of three
    # is taken round-robin from the other categories (fresh3.topped_up), one each from business, entertainment
    # and politics
    # by wave 36 tech holds none, and its eight come two each from the other four categories; by wave 38
    # entertainment holds none either (wave 37 took its last ten), and the sixteen come round-robin from business,
    # politics and sport (6, 5, 5)
    # by wave 41 politics holds two (wave 40 took thirteen): it gives both, and business and sport add what the
    # second pass of their stride holds (fresh3.choose's spare: 8 and 10 more), no further: 36 in all; by wave 42
    # politics holds none, and business and sport give 17 and 18: 35 in all; by wave 43 they give the last they hold
    # with a quotation, 10 and 3: 13 in all
    short = ({"tech": 0, "entertainment": 0, "business": 10, "politics": 0, "sport": 3} if wave >= 43 else
             {"tech": 0, "entertainment": 0, "business": 17, "politics": 0, "sport": 18} if wave >= 42 else
             {"tech": 0, "entertainment": 0, "business": 16, "politics": 2, "sport": 18} if wave >= 41 else
             {"tech": 0, "entertainment": 0, "business": 14, "politics": 13, "sport": 13} if wave >= 38 else
             {"tech": 0, "business": 10, "entertainment": 10, "politics": 10, "sport": 10} if wave >= 36 else
             {"tech": 5, "business": 9, "entertainment": 9, "politics": 9} if wave >= 35 else {})
    assert {c: by_category.get(c, 0) for c in qe.CATEGORIES} == {c: short.get(c, 8) for c in qe.CATEGORIES}
    assert chosen == fresh.articles() and len(chosen) == len(set(chosen)) == sum(short.get(c, 8) for c in qe.CATEGORIES)
    if short:
        read = {g.path for name in fresh.EARLIER for g in qe.load_gold(fresh.HERE / name)}
        read |= {a for name in fresh.LISTS for a in listing(fresh.HERE / name)}
        def text(name: str) -> str:
            return (BBC / name).read_text(encoding="utf-8", errors="replace")

        # an article is read when its name or its very text (the corpus holds copies) is in a set or list
        read_texts = {text(a).strip() for a in read if (BBC / a).is_file()}
        # a category short of eight gives every unread article it still holds, and no more
        for category in (c for c in qe.CATEGORIES if short.get(c, 8) < 8):
            unread = [p.name for p in sorted(BBC.glob(f"bbc_{category}_*.txt")) if p.name not in read
                      and text(p.name).strip() not in read_texts and text(p.name).count('"') >= marks]
            assert sorted(a for a in chosen if qe.category_of(a) == category) == sorted(unread)
    assert min((BBC / a).read_text(encoding="utf-8", errors="replace").count('"') for a in chosen) >= marks
    earlier = {g.path for name in fresh.EARLIER for g in qe.load_gold(fresh.HERE / name)}
    lists = {a for n in range(3, wave) for a in importlib.import_module(f"benchmarks.fresh{n}").articles()}
    assert not (earlier | lists) & set(chosen)
    named = "".join(p.read_text(encoding="utf-8") for p in (qe.REPO / "tests").glob("*.py"))
    assert not [a for a in chosen if a in named]
    return chosen


def test_the_wave13_round_lowers_the_quotation_bar_so_every_category_gives_its_own_eight() -> None:
    """Business and entertainment hold no article with 10 double-quote marks any more: at a bar of 8 marks each
    category gives 8 of its own, none read before, and every article has at least four quotations' marks."""
    from benchmarks import fresh13
    from benchmarks.fresh3 import choose

    _need_corpus()
    _eight_of_each_none_read_before(fresh13, 13, 8)
    # at the old bar the same round would have no business or entertainment article at all
    at_ten = choose(BBC, fresh13.EARLIER, fresh13.LISTS, 1, 8)
    assert not {"business", "entertainment"} & {qe.category_of(a) for a in at_ten}


def test_the_wave27_round_lowers_the_bar_to_two_quotations_and_never_draws_a_tuning_article() -> None:
    """Only politics and sport hold unread articles of three quotations: at a bar of 4 marks each category gives 8
    of its own again, none read before, and none of wave 26's tuning articles (two-quotation articles too)."""
    from benchmarks import fresh27, tune26
    from benchmarks.fresh3 import choose

    _need_corpus()
    chosen = _eight_of_each_none_read_before(fresh27, 27, 4)
    assert not set(tune26.articles()) & set(chosen)
    # at wave 17's bar of 6 the same round would hold politics and sport only
    at_six = choose(BBC, fresh27.EARLIER, fresh27.LISTS, 3, 8, 6)
    assert {qe.category_of(a) for a in at_six} == {"politics", "sport"}


@pytest.mark.parametrize(("wave", "marks"), [(28, 4), (29, 4), (30, 4), (31, 2), (32, 2), (33, 2), (34, 2), (35, 2), (36, 2), (37, 2), (38, 2), (39, 2), (40, 2),
                                                   (41, 2), (42, 2), (43, 2)])
def test_each_round_since_wave_28_keeps_its_bar_and_draws_nothing_read_or_tuned_on(wave: int, marks: int) -> None:
    """Each round from wave 28 on, at its own offset and at the bar of its time (wave 27's 4 marks, two quotations;
    from wave 31 on 2 marks, one quotation, since at 4 tech gives 1): 8 of each category, none in an earlier set or
    list, none of wave 26's tuning articles and none of the rounds chosen from wave 27 to the wave before."""
    import importlib

    from benchmarks import tune26

    _need_corpus()
    fresh = importlib.import_module(f"benchmarks.fresh{wave}")
    assert fresh.ROUND.min_marks == marks
    chosen = _eight_of_each_none_read_before(fresh, wave, marks)
    earlier_rounds = {a for n in range(27, wave) for a in importlib.import_module(f"benchmarks.fresh{n}").articles()}
    assert not (set(tune26.articles()) | earlier_rounds) & set(chosen)


def test_the_wave_26_tuning_articles_follow_their_rule_and_no_held_out_round_can_draw_them() -> None:
    """tune26: 60 articles of two quotations (4-5 marks), 12 per category, none read before; rounds before wave 27
    need 6 marks, and from wave 27 a round excludes them by name."""
    from benchmarks import tune26

    _need_corpus()
    chosen = tune26.select(BBC)
    assert chosen == tune26.articles() and len(chosen) == 60
    assert all(4 <= (BBC / a).read_text(encoding="utf-8", errors="replace").count('"') <= 5 for a in chosen)
    assert {qe.category_of(a) for a in chosen} == set(qe.CATEGORIES)
    assert {g.path for g in qe.load_gold(qe.REPO / "benchmarks" / "quote_gold_tune26.jsonl")} == set(chosen)


@pytest.mark.parametrize(("wave", "eighths"), [(44, 7), (45, 1), (46, 5), (47, 2), (48, 6)])
def test_the_quote_less_rounds_take_articles_with_no_quotation_because_none_with_one_is_left_unread(
        wave: int, eighths: int) -> None:
    """Wave 43 took the last unread articles with a quotation: at one quotation's bar the rule draws nothing, so
    waves 44 to 48 (questions and claims only) lower the bar to 0 and take 40 again (8 per category while a
    category has them, politics none left from wave 46), none read before, none named in a test, and none holding a
    quotation."""
    import importlib

    from benchmarks.fresh3 import choose

    fresh = importlib.import_module(f"benchmarks.fresh{wave}")
    _need_corpus()
    assert choose(BBC, fresh.EARLIER, fresh.LISTS, eighths, 8, 2) == []
    chosen = fresh.select(BBC)
    assert chosen == fresh.articles() and len(chosen) == len(set(chosen)) == 40
    by_category = Counter(qe.category_of(a) for a in chosen)
    if wave == 44:
        assert by_category == {c: 8 for c in qe.CATEGORIES}
    else:  # politics has fewer than 8 unread articles left (none from wave 46): the others top the round up to 40
        assert set(by_category) | {"politics"} == set(qe.CATEGORIES)
        assert by_category["politics"] < 8 < max(by_category.values())
    assert max((BBC / a).read_text(encoding="utf-8", errors="replace").count('"') for a in chosen) < 2
    earlier = {g.path for name in fresh.EARLIER for g in qe.load_gold(fresh.HERE / name)}
    lists = {a for n in range(3, wave) for a in importlib.import_module(f"benchmarks.fresh{n}").articles()}
    assert not (earlier | lists) & set(chosen)
    named = "".join(p.read_text(encoding="utf-8") for p in (qe.REPO / "tests").glob("*.py"))
    assert not [a for a in chosen if a in named]


@pytest.mark.parametrize(("wave", "answers", "held", "checks", "judge"), [
    (47, "answer_gold_zv.jsonl", "held48", "check_gold47.jsonl", "judge47"),
    (48, "answer_gold_zw.jsonl", "held49", "check_gold48.jsonl", "judge48"),
])
def test_the_quote_less_rounds_questions_and_claims_are_over_their_articles_and_refused_per_case(
        capsys, wave: int, answers: str, held: str, checks: str, judge: str) -> None:
    """A round with no quotation set (its articles hold none): its questions and claims are over that wave's
    articles only, and the evaluators refuse their per-case output."""
    import importlib

    from benchmarks import answer_eval, check_eval

    fresh = importlib.import_module(f"benchmarks.fresh{wave}")
    chosen = set(fresh.articles())
    for name, split in ((answers, held), (checks, judge)):
        rows = [json.loads(line) for line in (fresh.HERE / name).read_text().splitlines()]
        assert {r["split"] for r in rows} == {split} and {r["collection"] for r in rows} == {f"bbc{wave}"}
        assert {r["source"] for r in rows if r.get("source")} <= chosen
        assert {c["source"] for r in rows for c in r.get("checks", []) if c.get("source")} <= chosen
    assert answer_eval.main(["--gold", str(fresh.HERE / answers), "--split", held, "--verbose"]) == 2
    assert check_eval.main(["--gold", str(fresh.HERE / checks), "--split", judge, "--verbose"]) == 2
    assert "held-out" in capsys.readouterr().err
