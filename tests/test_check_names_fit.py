"""A claimed name is found in a text only when each of its words answers a word of its own there.

``check._names_in`` and ``check._introduced_as`` pair the claimed name's words with the text's one to one
(``check.names_fit``, as the registry's match does): with each word merely *similar* to some word of the text, one
surname that is a slip of both claimed words ("Vances" for "Vance" and "Vances") counted as the whole name, so
"Sally Vances" was taken to name "Vance Vances". Every name here is invented.
"""

from __future__ import annotations

import pytest

from index.answer.check import _names_in


@pytest.mark.parametrize("text, named", [
    ("Sally Vances said the plan was sound.", False),  # one "Vances" cannot answer both "Vance" and "Vances"
    ("Vance Vances said the plan was sound.", True),
    ("Vance Vancess said the plan was sound.", True),  # a slip, each word its own
])
def test_each_claimed_name_word_answers_a_word_of_its_own(text: str, named: bool) -> None:
    assert _names_in(text, "Vance Vances", []) is named
