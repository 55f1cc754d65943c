"""Quotations whose evidence is strong but that were left without a name (issue 10: more right names, never a
wrong one).

Made-up texts, the whole extractor run on each.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes


def _speaker(text: str, needle: str) -> str | None:
    """The speaker a user sees for the quotation holding ``needle``."""
    return next(q for q in quotes(text) if needle in q.text).speaker


@pytest.mark.parametrize("title", ["Sen.", "Gov.", "Rep.", "Gen."])
def test_abbreviated_title_is_no_sentence_end(title: str) -> None:
    """'"…," Sen. Lena Ortiz said': the full stop of a three-letter title does not end a sentence, so the tail
    names the speaker (the name-first clause used to be refused as a new sentence)."""
    text = (f'The committee met on Tuesday to debate the farm bill.\n\n"We cannot wait another year for this," '
            f"{title} Lena Ortiz said after the vote.")
    assert _speaker(text, "another year") == "Lena Ortiz"


def test_a_real_sentence_end_still_refuses_the_next_subject() -> None:
    """'"…." Dora Quint said later that …': a sentence ending after an ordinary word still opens a new one."""
    text = ('The council met on Monday.\n\nThe plan drew "a very cold reception from the members". Dora Quint said '
            'later that the vote would be held again.')
    assert _speaker(text, "cold reception") is None


@pytest.mark.parametrize(
    "text",
    [
        'Voters lined up early.\n\n"Both parties scare me," Hal Brody, 30, of Fenwick, said after voting.',
        'Voters lined up early.\n\n"Both parties scare me," Hal Brody, 30, a night nurse, said after voting.',
        'Voters lined up early.\n\nHal Brody, 30, of Fenwick, said: "Both parties scare me."',
    ],
)
def test_age_then_another_appositive(text: str) -> None:
    """'Hal Brody, 30, of Fenwick, said': an age and then where the speaker is from (or what they do) stand between
    the name and the verb; the place is not the speaker (it used to be named "Fenwick", or nobody)."""
    assert _speaker(text, "parties scare") == "Hal Brody"
