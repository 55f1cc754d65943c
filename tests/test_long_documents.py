"""A very long file is analysed a window at a time (issue 13, "done when": build time linear in file size).

One 5 MB file took 2.2 times the same text as separate articles, because every
quotation was resolved against every name of the whole file. Windows keep each
resolution article-sized; these tests check that the results still point into
the file verbatim, that ordinary documents are not windowed at all, and that
the acronym learner's guesses stay bounded on a file of capitals.
"""

from __future__ import annotations

import random
import time

from index.extract.acronyms import learn_acronyms
from index.extract.bounds import MAX_ACRONYMS_PER_TEXT, too_many_acronyms
from index.extract.entities import doc_entities, find_descriptions
from index.extract.passages import iter_passages, make_passages
from index.extract.quotes import extract_quotations
from index.extract.windows import WINDOW_CHARS, is_long, windows
from tests.conftest import SEEDS, document


def _long_text(copies: int) -> str:
    articles = [p.read_text(encoding="utf-8").strip() for p in sorted(SEEDS.glob("*.txt"))]
    return "\n\n".join(articles[i % len(articles)] for i in range(copies)) + "\n"


def test_windows_cover_every_paragraph_in_order_with_exact_offsets() -> None:
    doc = document(_long_text(12))
    limit = 20_000
    seen = []
    for offset, window in windows(doc, limit):
        assert window.text == doc.text[offset : offset + len(window.text)]
        assert len(window.text) <= limit or len(window.paragraphs) == 1
        for p in window.paragraphs:
            assert window.text[p.start : p.end] == p.text
            seen.append((p.number, p.start + offset, p.end + offset))
    assert seen == [(p.number, p.start, p.end) for p in doc.paragraphs]


def test_a_paragraph_longer_than_a_window_is_cut_at_spaces_and_keeps_its_number() -> None:
    line = " ".join(f"word{i}" for i in range(5_000))
    doc = document(f"Title\n\n{line}\n\nLast paragraph.\n")
    pieces = [(offset, p) for offset, window in windows(doc, 4_000) for p in window.paragraphs]
    numbers = [p.number for _offset, p in pieces]
    assert numbers[0] == 1 and numbers[-1] == 3 and set(numbers[1:-1]) == {2} and len(numbers) > 5
    assert " ".join(p.text for _offset, p in pieces if p.number == 2) == line
    assert all(len(p.text) <= 4_000 for _offset, p in pieces)


def test_ordinary_documents_are_not_windowed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        doc = document(path.read_text(encoding="utf-8"))
        assert not is_long(doc)
        assert list(windows(doc)) == [(0, doc)]


def test_a_long_document_gives_quotations_and_descriptions_verbatim_at_its_own_offsets() -> None:
    text = _long_text(8 * WINDOW_CHARS // 6_000)  # several windows of the seed articles
    doc = document(text)
    assert is_long(doc)
    quotes = extract_quotations(doc)
    per_window = sum(len(extract_quotations(w)) for _o, w in windows(doc))
    assert quotes and len(quotes) == per_window
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.sentence_start <= q.start <= q.end <= q.sentence_end + 1
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    spans = find_descriptions(doc)
    assert spans and all(name in text[s.start : s.end] for name, s in spans)
    names = doc_entities(doc).full_names
    assert len(names) == len(set(names)) and "Anders Fogh Rasmussen" in names


def test_passages_made_one_at_a_time_are_the_same_passages() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        doc = document(path.read_text(encoding="utf-8"))
        assert list(iter_passages(doc)) == make_passages(doc)


def test_a_text_using_more_all_caps_words_than_prose_does_is_no_evidence_for_them() -> None:
    rng = random.Random(5)
    codes = " ".join("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(3, 6)))
                     for _ in range(20_000))
    text = f"Codes\n\n{codes}.\n\nThe North Atlantic Treaty Organisation (NATO) met. NATO said so.\n"
    started = time.perf_counter()
    learned = learn_acronyms([text, "Another text with the ABCD code and no name for it."])
    assert time.perf_counter() - started < 10
    assert learned.get("nato") == "North Atlantic Treaty Organisation"  # a definition still counts
    assert too_many_acronyms(MAX_ACRONYMS_PER_TEXT + 1) and not too_many_acronyms(28)  # a BBC article's most
