"""What the terminal shows (issue 13, "Text output"): no repeated sentence, no dangling comma,
no bare heading first in search, a quotation over a line break shown whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.engine import Engine
from index.answer.relevance import is_bare_heading
from index.cli import main
from index.ingest.clean import clean_text
from index.present.layout import adds_context, shown_quotation, strong
from index.present.text import render_answer
from index.store.build import build_index


def test_the_attribution_comma_is_not_shown() -> None:
    assert shown_quotation("We will build three new power plants next year,") == \
        "We will build three new power plants next year"
    assert shown_quotation("Is it over?") == "Is it over?"


@pytest.mark.parametrize(("quotation", "sentence", "expected"), [
    ("This is the end.", '"This is the end."', False),
    ("This is the end.", "“This is the end.”", False),
    ("the end,", '"the end," she said.', True),
    ("becoming more productive,", 'Relations are "becoming more productive," Medvedev said.', True),
])
def test_in_context_only_when_the_sentence_says_more(quotation: str, sentence: str, expected: bool) -> None:
    assert adds_context(quotation, sentence) is expected


def test_ask_text_output_neither_repeats_nor_dangles(engine: Engine) -> None:
    answer = engine.ask("What did Medvedev say?")
    out = render_answer(answer)
    shown = strong(answer.answers)  # answers far below the best are not shown
    whole = [a for a in shown if a.quote.strip('"“” ') == a.text.strip('"“” ')]
    assert whole, "the seeds have a quotation that is its whole sentence"
    assert out.count("In context:") == len(shown) - len(whole)
    assert "In context:" in out  # and one that is not
    assert not [line for line in out.splitlines() if line.rstrip().endswith(",”")]


@pytest.mark.parametrize(("text", "heading"), [
    ("NATO–Russia Council", True),
    ("Russia to study NATO proposals on missile defense", True),
    ("The NATO-Russia Council was created on 28 May 2002.", False),
    ('"We see Russia as a partner," Obama said.', False),
    ("", False),
])
def test_bare_headings_are_recognised(text: str, heading: bool) -> None:
    assert is_bare_heading(text) is heading


@pytest.mark.parametrize("query", ["NATO-Russia Council", "missile defense", "Afghanistan"])
def test_search_does_not_rank_a_bare_heading_first(engine: Engine, query: str) -> None:
    hits = engine.search(query, limit=5)
    assert hits and not is_bare_heading(hits[0].passage.text), hits[0].passage.text


def test_a_quotation_over_a_line_break_is_found_whole(tmp_path: Path, capsys) -> None:
    seeds = tmp_path / "s"
    seeds.mkdir()
    (seeds / "report.md").write_text(
        '# Energy Report\n\n- "We will build three new power plants\n  next year," Karen Olsen said on Tuesday.\n'
        "- The plan costs 4 billion dollars.\n", encoding="utf-8")
    (seeds / "grid.html").write_text(
        "<html><body><h1>Grid</h1><p>\"Our boats will stay<br>in the harbour until the autumn,\" "
        "Lars Berg said.</p></body></html>", encoding="utf-8")
    build_index(seeds, tmp_path / "ix")
    eng = Engine(tmp_path / "ix")
    try:
        for question, words in [("What did Karen Olsen say?", "We will build three new power plants next year"),
                                ("What did Lars Berg say?", "Our boats will stay in the harbour until the autumn")]:
            answer = eng.ask(question)
            assert answer.answers, question
            assert answer.answers[0].text.rstrip(",") == words
    finally:
        eng.close()
    assert main(["ask", "--index", str(tmp_path / "ix"), "What did Lars Berg say?"]) == 0
    assert "“Our boats will stay in the harbour until the autumn”" in capsys.readouterr().out


def test_a_line_break_after_a_closed_quotation_is_kept() -> None:
    text = 'Title\n\nShe said "yes".\nthen left\n\n"Open quote\nNew Heading'
    cleaned = clean_text(text)
    assert 'She said "yes".' in cleaned and "Open quote New Heading" not in cleaned


def test_quotes_shows_a_wrapped_quotation_on_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "report.txt"
    path.write_text('Report\n\n"We will build three new power plants\nnext year," Karen Olsen said.\n', encoding="utf-8")
    assert main(["quotes", str(path)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    assert len(lines) == 1 and "“We will build three new power plants next year,”" in lines[0]
    assert main(["quotes", "--json", str(path)]) == 0
    assert "plants\\nnext year" in capsys.readouterr().out  # the exact span, newline and all


def test_the_terminal_answer_names_the_index_generation_it_came_from(engine: Engine) -> None:
    """The same short id the embed footer shows: a user can tell which build the words came from."""
    from index.present.layout import short_generation

    answer = engine.ask("What did Medvedev say?")
    assert answer.generation
    assert render_answer(answer).splitlines()[-1] == f"(index {short_generation(answer.generation)})"
