"""The per-text memo behind the extractor's whole-text questions: asked once per text, never across texts."""

from __future__ import annotations

import threading

from index.extract.textmemo import TextMemo


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
