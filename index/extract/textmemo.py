"""Answers about one text, remembered while that text is being read.

Some questions the extractor asks of a document's whole text ("does the text write 'Jim Hale' as a name?", "which
peer's title does it put before 'Falconer'?") are asked again for every quotation that names the same person: on a
5 MB single-file source that was a third of the extraction, each asking a regular expression to read the whole text
again. The answer depends only on the question and the text, so it is kept until another text is asked about. Only
the last text is held (one per thread, as builds may extract in threads), so memory stays what the text costs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

_T = TypeVar("_T")


class TextMemo(threading.local):
    """``get(key, text, compute)``: ``compute()``'s answer for ``key`` about ``text``, computed once per text."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._answers: dict[Hashable, object] = {}

    def get(self, key: Hashable, text: str, compute: Callable[[], _T]) -> _T:
        if self._text is not text:
            self._text, self._answers = text, {}
        if key not in self._answers:
            self._answers[key] = compute()
        return self._answers[key]  # type: ignore[return-value]
