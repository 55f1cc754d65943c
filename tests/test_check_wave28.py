"""Checking a quote (issue 11), wave 28: the claimed speaker of '"…," said Peoplesoft worker David Ogden'.

The tail reader kept the words that describe the speaker ("Peoplesoft worker David Ogden"), so a claim that gives the
words to the very person the source names was judged someone else's. A full name opened by a given name, after a
lower-case noun describing them, is the claimed speaker; a verb before the name ("slammed Jo Hale") stays no
speaker, and a title with "of" ("the Bishop of Durham") stays whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.claims import find_claims
from tests.conftest import index_over, only_check


@pytest.mark.parametrize("text, speaker", [
    ('"We are mourning a great company," said Peoplesoft worker David Ogden.', "David Ogden"),
    ('Kelby Motors engineer Jo Hale said: "We are mourning."', "Jo Hale"),
    ('"We will win," said the Bishop of Durham.', "the Bishop of Durham"),
    ('"Taxes are too high," Labour slammed Jo Hale.', None),
    # only a body's capitalised name and one noun may stand before the name: doctors treating a patient are not him
    ('"He is stable," said Kelby Hospital doctors treating patient Jo Hale.',
     "Kelby Hospital doctors treating patient Jo Hale"),
])
def test_the_claimed_speaker_is_the_name_a_description_leads_to(text: str, speaker: str | None) -> None:
    assert [c.speaker for c in find_claims(text)] == [speaker]


STORY = """Software firm taken over

Staff gathered outside the offices on Friday. "We're mourning the passing of a great company," said worker David Ogden.
"""


def test_a_claim_naming_the_speaker_after_his_description_is_verbatim(capsys, tmp_path: Path) -> None:
    index = index_over(tmp_path, {"firm.txt": STORY})
    check = only_check(capsys, index, '"We\'re mourning the passing of a great company," said Peoplesoft worker David Ogden.')
    assert check["verdict"] == "verbatim"
    assert check["real"]["speaker"] == "David Ogden"
