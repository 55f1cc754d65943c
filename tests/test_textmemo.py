"""The per-text memo behind the extractor's whole-text questions: asked once per text, never across texts."""

from __future__ import annotations

import re
import threading

from index.extract.textmemo import TextMemo, finditer_from, sparse, written_at


def test_an_answer_is_computed_once_per_key_and_text_and_again_for_another_text() -> None:
    memo, calls = TextMemo(), []

    def count(text: str, word: str) -> int:
        calls.append(word)
        return text.count(word)

    one = "Lord Hale met Lady Hale. " * 3
    other = "".join(["Lord Hale spoke."])  # a different text object, even with equal words elsewhere
    assert memo.get("Hale", one, lambda: count(one, "Hale")) == 6
    assert memo.get("Hale", one, lambda: count(one, "Hale")) == 6
    assert calls == ["Hale"]
    assert memo.get("Hale", other, lambda: count(other, "Hale")) == 1  # a new text: asked again, not the old answer
    assert memo.get("Hale", one, lambda: count(one, "Hale")) == 6 and calls == ["Hale", "Hale", "Hale"]


def test_each_thread_keeps_its_own_text() -> None:
    memo = TextMemo()
    text = "Lord Hale spoke."
    assert memo.get("k", text, lambda: "main") == "main"
    seen: list[str] = []
    worker = threading.Thread(target=lambda: seen.append(memo.get("k", text, lambda: "worker")))
    worker.start()
    worker.join()
    assert seen == ["worker"]  # another thread never reads this thread's answers
    assert memo.get("k", text, lambda: "again") == "main"


def test_searching_only_where_a_name_is_written_finds_what_reading_the_whole_text_finds() -> None:
    # \b and look-behinds see the text before where the pattern is tried, and a match inside the last one is
    # skipped as finditer skips it: the same matches, in the same order, on texts built to trip each of them
    texts = ["Lord Hale met Lady Hale; Hale Hale Hale.", "xLord Hale, _Lord Hale, Lord  Hale Smith, Baroness Hale",
             "Lord Lord Hale", "Hale", "", "Lord\tHale\nLord Hale"]
    pattern = re.compile(r"\b(Lord|Lady|Baroness|Baron)[ \t]+Hale\b(?![ \t]+[A-Z])")
    for text in texts:
        expected = [(m.span(), m.group(1)) for m in pattern.finditer(text)]
        got = [(m.span(), m.group(1)) for m in finditer_from(pattern, text, "Lord", "Lady", "Baroness", "Baron")]
        assert got == expected, text
    overlapping = re.compile(r"aa")
    assert [m.span() for m in finditer_from(overlapping, "aaaaa", "a")] == [(0, 2), (2, 4)]
    assert list(written_at("aaa", "aa")) == [0, 1]


def test_a_name_written_only_inside_a_longer_word_is_not_written_as_a_name() -> None:
    from index.extract.entities import DocEntities

    ents = DocEntities(full_names=["Jim Hale", "Tom Hale", "Ann Hale"])
    text = "Jim Hale and Tom Hale spoke. Annie Hale listened. SAnn Hale left."
    assert ents.namesakes("Hale", text=text) == ["Jim Hale", "Tom Hale"]
    assert ents.namesakes("Hale", text=text + " Ann\tHale came.") == ["Jim Hale", "Tom Hale", "Ann Hale"]


def test_a_misspelt_surname_is_found_among_many_names_as_among_few() -> None:
    from index.extract.entities import DocEntities, _by_letters, _misspelt_surname

    many = DocEntities(full_names=[f"Tom Name{i}" for i in range(300)] + ["Brian Hassell", "Ray Davies"])
    letters = _by_letters(many.full_names)
    assert _misspelt_surname("Hassel", many, letters) and _misspelt_surname("Hassel", many)
    assert not _misspelt_surname("Davis", many, letters)  # a letter dropped is another surname, not a slip
    two = DocEntities(full_names=["Brian Hassell", "Ann Hasel"])
    assert not _misspelt_surname("Hassel", two, _by_letters(two.full_names))  # two people: no guess


def test_a_name_written_everywhere_is_read_with_the_pattern_and_found_the_same() -> None:
    dense = "Jo Jo Jon Jo\tHale, " * 200 + "Lord Hale"  # "Jo" written more than once per 100 characters
    assert not sparse(dense, "Jo") and sparse(dense, "Lord")
    pattern = re.compile(r"\bJo[ \t]+Hale\b")
    assert [m.span() for m in finditer_from(pattern, dense, "Jo")] == [m.span() for m in pattern.finditer(dense)]
    assert len(list(finditer_from(pattern, dense, "Jo"))) == 200
