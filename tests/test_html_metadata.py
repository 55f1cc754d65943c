"""An HTML page's own metadata (issue 13): publisher from ``<title>… | Publisher</title>`` and
``og:site_name``, author and date from the byline and ``article:published_time``; relative dates
in such pages then resolve."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.engine import Engine
from index.ingest.clean import load_document
from index.ingest.metadata import byline_author, byline_date, html_metadata
from index.store.build import build_index

TITLE_AND_BYLINE = """<html><head><title>Storm hits the coast | Daily Planet</title></head>
<body><h1>Storm hits the coast</h1>
<p>By John Roe, 12 March 2010</p>
<p>The storm reached the coast on Wednesday, officials said.</p>
<p>"We have never seen waves like this," Mayor Anna Berg said on Thursday.</p>
</body></html>
"""

OPEN_GRAPH = """<html><head><title>Fisheries</title>
<meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2011-06-01T08:00:00Z">
<meta name="author" content="Lars Vik"><meta property="article:author" content="https://x.example/lars">
</head><body><h1>Fisheries quota cut</h1><p>The quota was cut on Monday, the ministry said.</p></body></html>
"""


@pytest.mark.parametrize(("line", "author", "date"), [
    ("By John Roe, 12 March 2010", "John Roe", "2010-03-12"),
    ("By Jane Doe | March 12, 2010", "Jane Doe", "2010-03-12"),
    ("By the CNN Wire Staff", "CNN Wire Staff", None),
    ("By supporting us you defend journalism, 12 March 2010 and after.", None, None),
])
def test_bylines_give_author_and_date(line: str, author: str | None, date: str | None) -> None:
    assert byline_author(line) == author
    assert byline_date(line) == date


def test_head_metadata() -> None:
    assert html_metadata(TITLE_AND_BYLINE) == {"publisher": "Daily Planet", "author": None, "published": None}
    assert html_metadata(OPEN_GRAPH) == {"publisher": "Harbour News", "author": "Lars Vik",
                                         "published": "2011-06-01"}
    assert html_metadata("<html><head><title>Just a title</title></head><body>x</body></html>") == \
        {"publisher": None, "author": None, "published": None}


def test_pages_get_publisher_author_and_date(tmp_path: Path) -> None:
    (tmp_path / "storm.html").write_text(TITLE_AND_BYLINE, encoding="utf-8")
    (tmp_path / "fish.html").write_text(OPEN_GRAPH, encoding="utf-8")
    storm = load_document(tmp_path / "storm.html").meta
    assert (storm.title, storm.publisher, storm.author, storm.published) == \
        ("Storm hits the coast", "Daily Planet", "John Roe", "2010-03-12")
    fish = load_document(tmp_path / "fish.html").meta
    assert (fish.title, fish.publisher, fish.author, fish.published) == \
        ("Fisheries quota cut", "Harbour News", "Lars Vik", "2011-06-01")


def test_relative_dates_in_such_pages_resolve(tmp_path: Path) -> None:
    seeds = tmp_path / "s"
    seeds.mkdir()
    (seeds / "storm.html").write_text(TITLE_AND_BYLINE, encoding="utf-8")
    (seeds / "fish.html").write_text(OPEN_GRAPH, encoding="utf-8")
    build_index(seeds, tmp_path / "ix")
    engine = Engine(tmp_path / "ix")
    try:
        storm = engine.ask("When did the storm reach the coast?").answers[0]
        assert storm.text == "Wednesday" and storm.date == "2010-03-10"  # the Wednesday before 12 March 2010
        fish = engine.ask("When was the quota cut?").answers[0]
        assert fish.text == "Monday" and fish.date == "2011-05-30"
    finally:
        engine.close()
