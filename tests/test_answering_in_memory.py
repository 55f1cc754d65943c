"""Ranking and answering on the in-memory passage index: nothing above the store needs Whoosh.

The generation's records, speakers and acronyms are real (built from the seeds);
its passages are searched in a :class:`MemoryPassageIndex` filled from the same
cleaned texts. Answers must still be found, verbatim, and must come only from
passages that index holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.common import candidate_sentences, concepts_for
from index.answer.passages import answer_passages
from index.answer.question import content_terms, parse_question
from index.answer.quote import answer_quote
from index.extract.passages import make_passages
from index.ingest.paragraphs import split_paragraphs
from index.models import Answer, Document, Intent
from index.store import layout
from index.store.memory_passages import MemoryPassageIndex
from index.store.snapshot import Snapshot


def _memory_snapshot(index_dir: Path, leave_out: str = "") -> Snapshot:
    gen = layout.read_current(index_dir)
    probe = Snapshot(gen)
    memory = MemoryPassageIndex()
    for sid in probe.sources:
        if sid == leave_out:
            continue
        body, _paragraphs = probe.document(sid)
        doc = Document(meta=probe.meta(sid), text=body, paragraphs=split_paragraphs(body), content_hash="")
        memory.add(make_passages(doc))
    memory.commit()
    probe.close()
    return Snapshot(gen, passages=memory)


@pytest.fixture(scope="module")
def snap(seed_index: Path) -> Snapshot:
    return _memory_snapshot(seed_index)


def _ask(snap: Snapshot, question: str) -> Answer:
    pq = parse_question(question)
    if pq.intent is Intent.quote:
        return answer_quote(snap, pq)
    return answer_passages(snap, pq, Intent.search)


def _assert_verbatim(snap: Snapshot, answer: Answer) -> None:
    for a in answer.answers:
        text = snap.document(a.source.id)[0]
        assert a.quote in text
        if a.start is not None:
            assert text[a.start:a.end] == a.quote


def test_the_snapshot_searches_the_index_it_was_given(snap: Snapshot) -> None:
    assert isinstance(snap.passage_index, MemoryPassageIndex)


def test_rare_words_weigh_more_than_common_ones(snap: Snapshot) -> None:
    concepts = {c.word.lower(): c.weight for c in concepts_for(snap, content_terms("NATO Rogozin"))}
    assert concepts["rogozin"] > concepts["nato"]


def test_candidate_sentences_cover_the_question(snap: Snapshot) -> None:
    concepts = concepts_for(snap, content_terms("missile defence system"))
    sentences = candidate_sentences(snap, concepts)
    assert any("missile defen" in s.text.lower() and s.cover == 1.0 for s in sentences)
    assert all(s.passage_score > 0 for s in sentences)


@pytest.mark.parametrize(("question", "needle"), [
    ("When was the NATO-Russia Council created?", "2002"),
    ("What did Rasmussen say about attacking Russia?", "NATO will never attack Russia"),
])
def test_answers_come_verbatim_from_the_memory_index(snap: Snapshot, question: str, needle: str) -> None:
    answer = _ask(snap, question)
    assert answer.answers, answer.message
    assert any(needle in f"{a.text} {a.quote}" for a in answer.answers)
    _assert_verbatim(snap, answer)


def test_a_source_the_index_does_not_hold_is_never_an_answer(seed_index: Path) -> None:
    full = _memory_snapshot(seed_index)
    question = "When was the NATO-Russia Council created?"
    cited = {a.source.id for a in _ask(full, question).answers}
    assert cited
    gone = sorted(cited)[0]
    partial = _memory_snapshot(seed_index, leave_out=gone)
    assert gone not in {a.source.id for a in _ask(partial, question).answers}
