"""Check a quote, read from judge31's mistakes (wave 33's validation set): words of the shadow foreign secretary
claimed as the foreign secretary's were "verbatim", since the speaker's title holds the claimed role's words. A title
that qualifies the office ("shadow", "deputy", "former") holds another one, in the checker as in the extractor.
Checked end to end through the CLI on a real index of an invented story; fails on the code before the change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import index_over, only_check

DEBATE = """Vote question unveiled

Foreign Secretary Tom Vale said: "The question is fair and clear."

Conservative shadow foreign secretary Ian Rusk said: "This is a cheap gesture to the lobby while he runs scared of a debate."
"""


@pytest.fixture(scope="module")
def debate_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("check-w33"), {"debate.txt": DEBATE})


def test_the_shadow_holder_of_an_office_is_not_the_office_claimed(capsys, debate_index: Path) -> None:
    check = only_check(capsys, debate_index,
                       '"This is a cheap gesture to the lobby while he runs scared of a debate" — the foreign secretary')
    assert check["verdict"] != "verbatim"


def test_the_shadow_office_claimed_is_its_holders(capsys, debate_index: Path) -> None:  # a guard
    check = only_check(capsys, debate_index,
                       '"This is a cheap gesture to the lobby while he runs scared of a debate" — the shadow foreign '
                       'secretary')
    assert check["verdict"] == "verbatim"
