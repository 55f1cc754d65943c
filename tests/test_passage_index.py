"""The passage-index boundary: Whoosh behind one module, and a second implementation that proves it.

Why: a boundary that nothing but its one implementation ever crosses is a
boundary in name only. The in-memory index runs the same contract as the Whoosh
one here, and the ranking and answering code runs on it in
``test_answering_in_memory.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.errors import IndexCorrupt
from index.models import Passage
from index.store.analysis import terms as analyse
from index.store.memory_passages import MemoryPassageIndex
from index.store.passage_index import PassageIndex
from index.store.whoosh_passages import ANALYZER, WhooshPassageIndex, index_terms, term_spans
from tests.conftest import REPO

WHOOSH_MODULE = REPO / "index" / "store" / "whoosh_passages.py"


def _imports_whoosh(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "whoosh" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "whoosh":
            return True
    return False


def test_only_the_whoosh_module_imports_whoosh() -> None:
    # benchmarks/baseline.py measures raw Whoosh on purpose, so it is not Dossier code.
    files = [*(REPO / "index").rglob("*.py"), *(REPO / "bot").rglob("*.py"), REPO / "launcher.py"]
    offenders = sorted(str(p.relative_to(REPO)) for p in files if p != WHOOSH_MODULE and _imports_whoosh(p))
    assert offenders == []
    assert _imports_whoosh(WHOOSH_MODULE)  # the check itself can see an import


PASSAGES = [
    Passage(source_id="a", paragraph=1, start=0, end=44, text="NATO and Russia met in Brussels on Tuesday."),
    Passage(source_id="a", paragraph=2, start=46, end=95, text="The council discussed missile defence in Europe."),
    Passage(source_id="b", paragraph=1, start=0, end=41, text="Fishing boats stayed in the harbour today."),
    Passage(source_id="c", paragraph=1, start=0, end=52, text="Russia said the missile shield threatens its security."),
]


def _whoosh(tmp_path: Path) -> WhooshPassageIndex:
    writer = WhooshPassageIndex.create(tmp_path / "w")
    writer.add(PASSAGES)
    writer.commit()
    return WhooshPassageIndex.open(tmp_path / "w")


def _memory() -> MemoryPassageIndex:
    index = MemoryPassageIndex()
    index.add(PASSAGES)
    index.commit()
    return index


@pytest.fixture(params=["whoosh", "memory"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> PassageIndex:
    made = _whoosh(tmp_path) if request.param == "whoosh" else _memory()
    yield made
    made.close()


def test_both_implement_the_protocol(tmp_path: Path) -> None:
    assert isinstance(_memory(), PassageIndex)
    assert isinstance(_whoosh(tmp_path), PassageIndex)


def test_search_finds_passages_holding_any_term_best_first(index: PassageIndex) -> None:
    hits = index.search(analyse("Russia missile"), limit=10)
    assert {(h.source_id, h.paragraph) for h in hits} == {("a", 1), ("a", 2), ("c", 1)}
    assert hits[0].source_id == "c"  # the only passage holding both words
    assert all(h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert index.search([], limit=10) == []
    assert len(index.search(analyse("Russia missile"), limit=1)) == 1


def test_statistics_agree_between_implementations(tmp_path: Path) -> None:
    whoosh, memory = _whoosh(tmp_path), _memory()
    for word in ("russia", "missile", "harbour", "absent"):
        (term,) = analyse(word)
        assert whoosh.doc_frequency(term) == memory.doc_frequency(term)
        assert whoosh.idf(term) == pytest.approx(memory.idf(term))
    assert memory.doc_frequency(analyse("russia")[0]) == 2


def test_delete_by_source(tmp_path: Path) -> None:
    memory = _memory()
    memory.delete_source("c")
    memory.commit()
    writer = WhooshPassageIndex.create(tmp_path / "w")
    writer.add(PASSAGES)
    writer.commit()
    changed = WhooshPassageIndex.derive(tmp_path / "w", tmp_path / "w2")
    changed.delete_source("c")
    changed.commit()
    for index in (memory, WhooshPassageIndex.open(tmp_path / "w2")):
        assert {h.source_id for h in index.search(analyse("missile"), limit=10)} == {"a"}
    # the original folder is untouched: the derived index shares segments, never rewrites them
    assert {h.source_id for h in WhooshPassageIndex.open(tmp_path / "w").search(analyse("missile"))} == {"a", "c"}


def test_a_damaged_segment_is_reported_as_damage_not_a_traceback(tmp_path: Path) -> None:
    # a segment larger than the reader's buffer: opening reads each segment's lengths at once, and a four-passage
    # segment would sit whole in that buffer, so a search after the damage could still be answered from memory
    filler = [Passage(source_id=f"f{i}", paragraph=1, start=0, end=60, text=f"Filler passage number w{i}x about harbours")
              for i in range(3000)]
    writer = WhooshPassageIndex.create(tmp_path / "w")
    writer.add([*PASSAGES, *filler])
    writer.commit()
    opened = WhooshPassageIndex.open(tmp_path / "w")
    for seg in (tmp_path / "w").glob("*.seg"):  # damaged after it was opened and checked
        seg.write_bytes(b"")
    with pytest.raises(IndexCorrupt, match="damaged"):
        opened.search(analyse("Russia"))


def test_file_checks_cover_every_segment_and_catch_a_changed_byte(tmp_path: Path) -> None:
    index = WhooshPassageIndex.create(tmp_path / "w")
    index.add(PASSAGES)
    index.commit()
    checks = index.file_checks()
    assert set(checks) == {p.name for p in (tmp_path / "w").iterdir() if not p.name.endswith(".lock")}
    assert WhooshPassageIndex.verify(tmp_path / "w", checks) is None
    seg = next((tmp_path / "w").glob("*.seg"))
    data = bytearray(seg.read_bytes())
    data[len(data) // 2] ^= 0xFF
    seg.write_bytes(bytes(data))
    assert WhooshPassageIndex.verify(tmp_path / "w", checks) == f"{seg.name} is altered"
    assert MemoryPassageIndex().file_checks() == {}


# ---------------------------------------------------------------- indexing already analysed text


_TRICKY = ["", "a I the of", "Radosław Rühe ß straße ŉ İstanbul", "co.uk U.S.A. 3.14 e.g. x.y.z. ..a", "don't it’s O'Brien",
           "ﬁne ＡＢＣ ①② ½ Ⅻ", "under_score big-time NATO–Russia", "running runs ran RUNNING Running", "e\u0301te\u0301"]


def _chain(text: str) -> list[tuple[str, int, int]]:
    """What the analyzer's own chain of tokenizer and filters gives, span by span."""
    return [(t.text, t.startchar, t.endchar) for t in ANALYZER(text, chars=True)]


@pytest.mark.parametrize("text", _TRICKY + [p.text for p in PASSAGES])
def test_index_terms_are_the_analyzer_s_terms(text: str) -> None:
    assert index_terms(text) == analyse(text) == [t for t, _s, _e in _chain(text)]
    assert term_spans(text) == _chain(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
@settings(max_examples=300, deadline=None)
def test_index_terms_are_the_analyzer_s_terms_for_any_text(text: str) -> None:
    assert index_terms(text) == analyse(text) == [t for t, _s, _e in _chain(text)]
    assert term_spans(text) == _chain(text)


def test_answering_reads_each_word_s_term_from_a_bounded_memo_of_its_own(monkeypatch) -> None:
    """Highlighting and question analysis look words up instead of running the analyzer's chain on them;
    their memo is not the build's (which a commit empties), it stays within its bound, and a word too long
    to keep is analysed where it stands, with the chain's term and span."""
    from index.store import whoosh_passages

    monkeypatch.setattr(whoosh_passages, "_WORD_TERMS_MAX", 5)
    monkeypatch.setattr(whoosh_passages, "_SERVING_TERMS", {})
    text = "Running talks on the Radosław missiles, said Rühe " + "Supercalifragilistic" * 3 + " U.S. ran"
    assert term_spans(text) == _chain(text)
    assert 0 < len(whoosh_passages._SERVING_TERMS) <= 5
    assert all(len(w) <= whoosh_passages._MEMO_WORD_MAX for w in whoosh_passages._SERVING_TERMS)
    assert whoosh_passages._SERVING_TERMS is not whoosh_passages._WORD_TERMS
    assert analyse("talks talks") == ["talk", "talk"] and "talks" in whoosh_passages._SERVING_TERMS


def _whoosh_contents(folder: Path) -> list:
    """Everything a search can read: stored fields, lengths, and every posting with its block's statistics."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(folder))
    with ix.reader() as r:
        out: list = [(d, sorted(r.stored_fields(d).items()), r.doc_field_length(d, "text"))
                     for d in range(r.doc_count_all())]
        for fieldname, text in r.all_terms():
            m = r.postings(fieldname, text)
            while m.is_active():
                out.append((fieldname, text, m.id(), m.weight(), m.value(), m.block_min_length(),
                            m.block_max_length(), m.block_max_weight()))
                m.next()
        out.append((r.field_length("text"), r.max_field_length("text"), r.min_field_length("text")))
    ix.close()
    return out


def test_passages_analysed_before_whoosh_sees_them_are_indexed_as_whoosh_would_index_them(tmp_path: Path) -> None:
    """The index writes each passage's terms (and reads field lengths once at commit): the segment must hold
    what Whoosh makes analysing the text itself, with its own commit — postings, weights, lengths, block
    statistics (a term in more passages than one block holds) and stored fields."""
    from whoosh import index as whoosh_index

    from index.store.whoosh_passages import make_schema

    words = ["Russia", "said", "the", "missile", "Radosław", "talks", "running", "U.S.", "it's", "of", "NATO–Russia"]
    passages = PASSAGES + [
        Passage(source_id=f"s{i}", paragraph=i % 7 + 1, start=i, end=i + 9,
                text=" ".join(words[(i * j) % len(words)] for j in range(1 + i % 23)) + _TRICKY[i % len(_TRICKY)])
        for i in range(400)]
    ours = WhooshPassageIndex.create(tmp_path / "ours")
    ours.add(passages)
    ours.commit()
    (tmp_path / "plain").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "plain"), make_schema())
    writer = ix.writer(limitmb=128)
    for p in passages:
        writer.add_document(source_id=p.source_id, paragraph=p.paragraph, start=p.start, end=p.end, text=p.text)
    writer.commit(optimize=False)
    ix.close()
    assert _whoosh_contents(tmp_path / "ours") == _whoosh_contents(tmp_path / "plain")


def _whoosh_segments_contents(folder: Path) -> list:
    """:func:`_whoosh_contents` segment by segment, deleted documents marked (an incremental build's index)."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(folder))
    out: list = []
    with ix.reader() as top:
        for r in [top] if top.is_atomic() else [leaf for leaf, _ in top.leaf_readers()]:
            out.append((r.doc_count_all(), r.doc_count(), r.field_length("text")))
            out += [(d, r.is_deleted(d), sorted(r.stored_fields(d).items()), r.doc_field_length(d, "text"))
                    for d in range(r.doc_count_all())]
            for fieldname, text in r.all_terms():
                m = r.postings(fieldname, text)
                m = getattr(m, "child", m)  # past the filter hiding deleted documents: their postings too
                while m.is_active():
                    out.append((fieldname, text, m.id(), m.weight(), m.block_min_length(), m.block_max_length(),
                                m.block_max_weight()))
                    m.next()
    ix.close()
    return out


def test_incremental_builds_deleting_and_merging_segments_index_as_whoosh_would(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    """Generation after generation derived from the last, sources deleted and small segments merged at commit
    (Whoosh reads the merged segment's field lengths through the per-document reader read once): each
    generation holds what plain Whoosh makes doing the same. The word memo is kept tiny so it is cleared
    mid-build, and a word too long to keep in it is analysed where it stands; it is empty once a build ends."""
    from whoosh import index as whoosh_index

    from index.store import whoosh_passages
    from index.store.whoosh_passages import make_schema

    monkeypatch.setattr(whoosh_passages, "_WORD_TERMS_MAX", 5)
    words = ["Russia", "said", "the", "missile", "Radosław", "talks", "running", "U.S.", "it's", "of",
             "Supercalifragilisticexpialidocious" * 3]
    (tmp_path / "plain").mkdir()
    whoosh_index.create_in(str(tmp_path / "plain"), make_schema()).close()
    previous = None
    for g in range(14):
        folder = tmp_path / f"gen{g}"
        ours = WhooshPassageIndex.create(folder) if previous is None else WhooshPassageIndex.derive(previous, folder)
        ix = whoosh_index.open_dir(str(tmp_path / "plain"))
        plain = ix.writer(limitmb=128)
        for k in range(g):
            if (g + k) % 3 == 0:
                ours.delete_source(f"g{k}s{g % 5}")
                plain.delete_by_term("source_id", f"g{k}s{g % 5}")
        passages = [Passage(source_id=f"g{g}s{i % 5}", paragraph=i + 1, start=i, end=i + 9,
                            text=" ".join(words[(i * j + g) % len(words)] for j in range(1 + (i + g) % 23))
                            + _TRICKY[i % len(_TRICKY)])
                    for i in range(1 + 3 * (g % 4))]
        ours.add(passages)
        ours.commit()
        assert whoosh_passages._WORD_TERMS == {}
        for p in passages:
            plain.add_document(source_id=p.source_id, paragraph=p.paragraph, start=p.start, end=p.end, text=p.text)
        plain.commit(optimize=False)
        ix.close()
        assert _whoosh_segments_contents(folder) == _whoosh_segments_contents(tmp_path / "plain")
        previous = folder
    segments = whoosh_index.open_dir(str(previous))._segments()
    assert any(s.deleted_count() for s in segments) and len(segments) < 14  # deletions kept, segments merged


def _grown_index(tmp_path: Path) -> Path:
    """An index of three segments, one with a deleted source: what incremental builds leave behind."""
    writer = WhooshPassageIndex.create(tmp_path / "w")
    writer.add(PASSAGES)
    writer.commit()
    more = [Passage(source_id=f"s{i}", paragraph=1, start=0, end=200,
                    text=" ".join(["Russia"] * (i % 7 + 1) + ["missile defence talks"] * (i % 3) + ["harbour"] * i))
            for i in range(40)]
    changed = WhooshPassageIndex.derive(tmp_path / "w", tmp_path / "w2")
    changed.delete_source("c")
    changed.add(more[:20])
    changed.commit()
    last = WhooshPassageIndex.derive(tmp_path / "w2", tmp_path / "w3")
    last.add(more[20:])
    last.add([Passage(source_id="empty", paragraph=1, start=0, end=6, text="... ,,")])  # no terms at all
    last.commit()
    return tmp_path / "w3"


def test_passage_lengths_read_at_opening_give_whooshs_own_scores(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """BM25 reads each passage's length from memory: every hit and score is the one Whoosh's reads give."""
    from index.store import whoosh_passages

    folder = _grown_index(tmp_path)
    fast = WhooshPassageIndex.open(folder)
    monkeypatch.setattr(whoosh_passages, "_lengths_in_memory", lambda searcher: searcher)
    plain = WhooshPassageIndex.open(folder)
    queries = ["Russia", "missile harbour", "talks in Brussels", "defence Russia harbour fishing", "absent"]
    for words in queries:
        for limit in (1, 5, 50):
            got, want = fast.search(analyse(words), limit=limit), plain.search(analyse(words), limit=limit)
            assert [(h.source_id, h.paragraph, h.score) for h in got] == \
                   [(h.source_id, h.paragraph, h.score) for h in want], (words, limit)
    assert len(fast.search(analyse("harbour"), limit=50)) == 40  # three segments read, the deleted source not


def test_a_repeated_search_gives_the_same_hits_and_a_list_of_its_own(tmp_path: Path) -> None:
    index = _whoosh(tmp_path)
    first = index.search(analyse("Russia missile"), limit=10)
    first.clear()  # a caller changing its list does not change the next answer
    again = index.search(analyse("Russia missile"), limit=10)
    assert {(h.source_id, h.paragraph) for h in again} == {("a", 1), ("a", 2), ("c", 1)}
    assert again == index.search(analyse("Russia missile"), limit=10)
    assert len(index.search(analyse("Russia missile"), limit=1)) == 1  # the limit is part of what is kept


# ---------------------------------------------------------------- searching without Whoosh's matcher tree

_WORDS = ("treaty border envoy missile summit tariff harbour quota council ferry drought levy pension canal "
          "verdict ballot strike merger vaccine orchard").split()


def _many_passages(n: int, seed: int, source: str) -> list[Passage]:
    """Invented passages over a small vocabulary: many share words, lengths and so scores (ties)."""
    import random

    rnd = random.Random(seed)
    return [Passage(source_id=f"{source}{i % 40}", paragraph=i, start=0, end=1,
                    text=" ".join(rnd.choice(_WORDS) for _ in range(rnd.choice((1, 2, 3, 5, 8, 13)))))
            for i in range(n)]


def _whoosh_own(ix: WhooshPassageIndex, words: list[str], limit: int) -> list[tuple]:
    """What Whoosh's own search and collector return for the same query."""
    from whoosh.query import Or, Term

    hits = ix._searcher.search(Or([Term("text", t) for t in words]), limit=limit)
    return [(h.fields()["source_id"], h.fields()["paragraph"], h.score) for h in hits]


def test_a_search_scores_and_orders_as_whoosh_s_own_collector_does(tmp_path: Path) -> None:
    """Over a segment large enough for Whoosh's tree of unions (more than 5,000 passages), every query of
    one to six terms, any limit, gives the passages, order and scores (to the bit) Whoosh's collector gives,
    ties included, and the postings read for one query serve the next."""
    import random

    from whoosh.query import Or, Term

    from index.store.whoosh_passages import _ScoredTerms

    ix = WhooshPassageIndex.create(tmp_path / "w")
    ix.add(_many_passages(5200, 1, "s"))
    ix.commit()
    ix = WhooshPassageIndex.open(tmp_path / "w")
    stems = [t for w in _WORDS for t in analyse(w)] + ["absentword"]
    rnd = random.Random(7)
    scored = _ScoredTerms()
    for _ in range(60):
        words = rnd.sample(stems, rnd.randint(1, 6))
        limit = rnd.choice((1, 3, 10, 20, 50))
        query = Or([Term("text", t) for t in words])
        ours = scored.search(ix._searcher, query, limit)
        assert ours is not None  # answered without Whoosh's collector
        assert [(r.source_id, r.paragraph, r.score) for r in ours] == _whoosh_own(ix, words, limit)
        assert [(r.source_id, r.paragraph, r.score) for r in ix.search(words, limit)] == _whoosh_own(ix, words, limit)
    assert scored._kept > 0


def test_a_search_over_segments_with_deletions_is_whoosh_s(tmp_path: Path) -> None:
    """An incremental build's index (a large segment with deleted passages beside a small one): the same
    results as Whoosh's; a small segment's array matcher (three terms or more) is left to Whoosh itself."""
    from whoosh.query import Or, Term

    from index.store.whoosh_passages import _ScoredTerms

    first = WhooshPassageIndex.create(tmp_path / "g0")
    first.add(_many_passages(5100, 2, "a"))
    first.commit()
    second = WhooshPassageIndex.derive(tmp_path / "g0", tmp_path / "g1")
    second.delete_source("a3")
    second.add(_many_passages(300, 3, "b"))
    second.commit()
    ix = WhooshPassageIndex.open(tmp_path / "g1")
    assert len(ix._searcher.leaf_searchers()) == 2
    stems = [t for w in _WORDS for t in analyse(w)]
    for k in range(len(stems) - 3):
        for words in (stems[k:k + 1], stems[k:k + 2], stems[k:k + 4]):
            got = [(r.source_id, r.paragraph, r.score) for r in ix.search(words, 20)]
            assert got == _whoosh_own(ix, words, 20)
            assert all(source != "a3" for source, _p, _s in got)
            fast = _ScoredTerms().search(ix._searcher, Or([Term("text", t) for t in words]), 20)
            assert (fast is None) == (len(words) > 2)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=14))
@settings(max_examples=300, deadline=None)
def test_a_word_of_ascii_letters_gets_the_chain_s_term_without_the_chain(word: str) -> None:
    """Lower-cased, dropped when short or a stop word, stemmed: the chain's term, its generators not run."""
    from index.store import whoosh_passages

    chain = [t for t, _s, _e in _chain(word)]
    saved = whoosh_passages.ANALYZER
    whoosh_passages.ANALYZER = None  # the chain is not called for such a word
    try:
        got = whoosh_passages._word_term(word)
    finally:
        whoosh_passages.ANALYZER = saved
    assert ([got] if got is not None else []) == chain


def test_short_and_stop_words_and_capitals_of_ascii_letters() -> None:
    from index.store.whoosh_passages import _word_term

    assert [_word_term(w) for w in ("I", "The", "of", "RUNNING", "Running", "talks", "go")] == \
        [None, None, None, "runn", "runn", "talk", "go"]
