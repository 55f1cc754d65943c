"""Sentence splitting: users see these spans as the context of a quotation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_splits_plain_sentences() -> None:
    assert texts("NATO met today. Russia agreed! Why? Nobody knows.") == [
        "NATO met today.",
        "Russia agreed!",
        "Why?",
        "Nobody knows.",
    ]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = (
        "Sen. Jon Kyl met Mr. Smith and Dr. Jones on Jan. 5 at No. 10. "
        "Harold P. Lane spent 3.5 billion in the U.S. economy. It ended."
    )
    assert texts(text) == [
        "Sen. Jon Kyl met Mr. Smith and Dr. Jones on Jan. 5 at No. 10.",
        "Harold P. Lane spent 3.5 billion in the U.S. economy.",
        "It ended.",
    ]


def test_acronym_followed_by_sentence_starter_splits() -> None:
    assert texts("He moved to the U.S. The move was hard.") == ["He moved to the U.S.", "The move was hard."]


def test_mid_sentence_ellipsis_does_not_split() -> None:
    text = '"This gives an opportunity to... create a more robust security system," he said.'
    assert texts(text) == [text]


def test_quote_continued_by_attribution_stays_one_sentence() -> None:
    text = '"Is it over?" he asked. "Never!" said Rasmussen. "We see Russia as a partner," Obama said.'
    assert texts(text) == ['"Is it over?" he asked.', '"Never!" said Rasmussen.', '"We see Russia as a partner," Obama said.']


def test_closing_quote_belongs_to_the_sentence_it_closes() -> None:
    text = 'He said: "Today, we make a fresh start." Then he left.'
    assert texts(text) == ['He said: "Today, we make a fresh start."', "Then he left."]


def test_never_crosses_a_paragraph_break_and_trims_whitespace() -> None:
    text = "  First paragraph without stop\n\nSecond one. Third one  "
    assert texts(text) == ["First paragraph without stop", "Second one.", "Third one"]


def test_bounds_are_absolute_offsets() -> None:
    text = "Skip this. Keep this one. And this."
    spans = split_sentences(text, 11, len(text))
    assert [text[s.start : s.end] for s in spans] == ["Keep this one.", "And this."]
    assert split_sentences(text, 5, 5) == []
    assert split_sentences("", 0) == []


def test_list_items_on_their_own_lines_are_sentences() -> None:
    assert texts("Topics\n • NATO\n • Russia") == ["Topics", "• NATO", "• Russia"]


@given(st.text(alphabet=st.sampled_from(list('ab .!?"\n\u201c\u201dAB,')), max_size=80))
def test_spans_are_ordered_trimmed_and_within_text(text: str) -> None:
    spans = split_sentences(text)
    prev = 0
    for s in spans:
        assert prev <= s.start < s.end <= len(text)
        chunk = text[s.start : s.end]
        assert chunk == chunk.strip()
        assert "\n\n" not in chunk
        prev = s.end


def test_a_large_text_splits_into_every_sentence() -> None:
    # how fast: `make bench` (full builds split every sentence of the BBC collection); not a timed test
    paragraph = 'Mr. Smith said: "We will go to the U.S. on Jan. 5." Then he left. It was 3.5 miles... away! '
    text = "\n\n".join([paragraph * 3] * 5000)
    spans = split_sentences(text)
    assert len(spans) == 5000 * 9
