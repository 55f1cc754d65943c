"""Words left out at the edge of a quotation are an omission, not a swap (issue 11), wave 30.

The alignment's window may start and end anywhere in the quotation for free, so "Patent rights protect inventors"
of "Patent rights, it is claimed, protect inventors" swapped "is claimed" for "Patent rights" (two edits) instead of
leaving out "it is claimed" (three), and the verdict said a word was swapped. Read from judge28, the validation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

PATENTS = ("Patent row\n\n"
           "\"Patent rights, it is claimed, protect inventors but in this case it is the big companies that are "
           "protected,\" Ana Vogel, a member of the European Parliament, said.\n\n"
           "\"And consumers' outlook suggests that the economy will continue to expand in the first half of next "
           "year,\" said Lynn Ford of the Kelby Board.\n")


@pytest.mark.parametrize("claim", [
    'Ana Vogel said: "Patent rights protect inventors but in this case it is the big companies that are protected"',
    'Lynn Ford said "consumers\' outlook suggests that the economy will continue to expand next year"',
])
def test_words_left_out_at_the_edge_are_an_omission(capsys, tmp_path: Path, claim: str) -> None:
    check = only_check(capsys, index_over(tmp_path, {"patents.txt": PATENTS}), claim)
    assert (check["verdict"], check["kind"]) == ("altered", "omission")
    assert any(d["op"] == "delete" for d in check["diff"]) and not any(d["op"] == "replace" for d in check["diff"])
