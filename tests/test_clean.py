"""Cleaning keeps the article and only the article, character for character."""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.clean import clean_text, load_document
from index.ingest.loading import UnreadableSource, read_source
from index.models import SourceMeta

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
BBC = REPO.parent / "shared" / "corpora" / "bbc-news"


def cleaned_seed(stem: str) -> str:
    return clean_text(read_source(SEEDS / f"{stem}.txt"))


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def check(text: str, gone: list[str], stay: list[str]) -> None:
    for line in gone:
        assert line not in text, f"should have been removed: {line!r}"
    for line in stay:
        assert line in text, f"should have been kept: {line!r}"


def test_cnn_page_chrome_and_video_teasers_are_removed() -> None:
    text = cleaned_seed("cnn-russia-nato-deepen-ties")
    check(
        text,
        gone=[
            "Skip to main content",
            "Click to play",
            "Obama: NATO summit extremely productive",
            "Russia is allowing Afghan-bound supplies in and out of its territory",
            "Obama says START treaty needs to be ratified now",
            "Obama: New START treaty needs approval",
            "\nUnited States\n",
        ],
        stay=[
            "Lisbon, Portugal (CNN) -- Russia and NATO, once wary and untrusting of each other",
            '"We see Russia as a partner, not an adversary," Obama said while attending the NATO summit in Lisbon.',
            "Meanwhile, the START treaty, the proposed nuclear pact between the United States and Russia",
            "Obama has called ratification of the treaty",
            '"It would be a profound mistake to slip back into mistrust as a consequence of a failure to ratify," he said.',
            # decision: bylines and credit lines are kept (they say who wrote the piece)
            "By the CNN Wire Staff",
            "CNN's Elise Labott contributed to this report.",
        ],
    )
    assert paragraphs(text)[0] == "Russia, NATO to deepen ties"
    assert paragraphs(text)[1] == "By the CNN Wire Staff"
    assert "NATO" not in [p.strip() for p in paragraphs(text)]


def test_moscow_times_appeals_are_removed_and_bullets_and_author_note_kept() -> None:
    text = cleaned_seed("moscow-times-nato-russia-embrace")
    check(
        text,
        gone=[
            "Support The Moscow Times!",
            "The views expressed in opinion pieces",
            "Sign up for our free weekly newsletter",
            "Our weekly newsletter contains",
            "Subscribers agree to the Privacy Policy",
            "A Message from The Moscow Times",
            "Dear readers,",
            "We are facing unprecedented challenges.",
            "refuse to be silenced",
            "please support us monthly",
            "Not ready to support today?",
            "Remind me later.",
            "Monthly",
            "Read more",
            "•",
        ],
        stay=[
            "When I gave my first public speech as secretary-general of NATO just over a year ago",
            "Fighting terrorism. Because terrorism is a transnational scourge",
            "Preventing proliferation.",
            "Stabilizing Afghanistan. Russia’s interest in a stable Afghanistan is as strong as NATO’s.",
            "A healthy NATO-Russia relationship is vital to the security of us all.",
            "Anders Fogh Rasmussen is secretary-general of NATO.",
        ],
    )
    assert paragraphs(text)[0] == "The NATO and Russia Embrace"
    assert any(p.startswith("Fighting terrorism.") for p in paragraphs(text)), "bullet is its own paragraph"


def test_rferl_captions_and_legal_notes_are_removed() -> None:
    text = cleaned_seed("rferl-nato-chief-afghan-help")
    check(
        text,
        gone=[
            "Accessibility links",
            "Breaking News",
            "Russian Prime Minister Vladimir Putin (right) meets with NATO Secretary-General",
            "Russia's Dmitry Rogozin concedes that relations with NATO are improving.",
            "undesirable organization",
            "could face fines",
            "If you are in Russia",
            "click here",
        ],
        stay=[
            "MOSCOW -- NATO Secretary-General Anders Fogh Rasmussen came to Moscow with a list",
            "Helping In Afghanistan",
            "Russian Concerns",
            "Ruslan Pukhov, a leading Russian defense analyst",
            '"Let me make a very clear statement as secretary-general of NATO: NATO will never attack Russia. Never," '
            "Rasmussen said.",
            "Founding Act [on Mutual Relations, Cooperation, and Security] already in 1997.",
            'the alliance\'s goal is now "to keep everybody in."',
        ],
    )
    assert paragraphs(text)[0] == "NATO Chief Looks For Afghan Help, Eases Tension In Moscow"
    assert "Helping In Afghanistan" in paragraphs(text)


def test_reuters_style_page_loses_breadcrumb_dateline_and_related_news() -> None:
    text = cleaned_seed("russia-to-study-nato-missile-defense")
    check(
        text,
        gone=["News\u00a0>World", ">World", "2010-11-04 09:29", "Related News"],
        stay=[
            "MOSCOW - Russia pledged on Wednesday to boost cooperation with NATO in Afghanistan",
            '"The meeting in Lisbon is a real opportunity to turn a new page, to bury the ghosts of the past,"',
            "Many officials in Moscow still view its old adversary NATO with deep suspicion",
        ],
    )
    assert paragraphs(text)[0] == "Russia to study NATO proposals on missile defense"


def test_wiki_chrome_goes_headings_and_block_quote_stay() -> None:
    text = cleaned_seed("wiki-nato-russia-relations")
    check(
        text,
        gone=[
            "The Full Wiki",
            "Note: Many of our articles have direct quotes",
            "From Wikipedia, the free encyclopedia",
            "Russia-NATO permanent mission logo.png",
            "External links",
            "Got something to say? Make a comment.",
            "Your name",
            "Your email address",
            "[1]",
            "[13]",
        ],
        stay=[
            "NATO-Russian relations is about the relations between NATO military alliance and Russia.",
            "Early cooperation (1991-2002)",
            "NATO–Russia Council",
            "Conflicts of interests",
            "Position of the NATO Secretary General",
            "Current relations",
            "I do not believe that the enlargement of NATO and the European Union has created any security "
            "problems for Russia.",
            'NATO will continue its open door policy — not because of any intention to "encircle" or marginalise',
            # footnote markers go together with the space before them, so sentences still read naturally
            "joined the Partnership for Peace programme on June 22, 1994\n",
            "a Founding Act on Mutual Relations, Cooperation and Security, a road map",
            "include fighting terrorism, military cooperation (joint military exercises and personnel training)",
            "In April 2009, the Polish Foreign Minister, Radosław Sikorski, suggested including Russia in NATO.",
            "The NATO-Russia Council was created on 28 May 2002 during the 2002 NATO Summit in Rome.",
        ],
    )
    assert paragraphs(text)[0] == "NATO–Russia relations: Wikis"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_output_shape(path: Path) -> None:
    raw = read_source(path)
    text = clean_text(raw)
    assert text == text.strip()
    assert "\n\n\n" not in text
    for paragraph in paragraphs(text):
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
        # verbatim: every kept paragraph is in the source, apart from removed footnote markers
        assert paragraph in re.sub(r"\s*\[\d+\]", "", raw), paragraph[:80]
    assert clean_text(text) == text, "cleaning an already clean text changes nothing"


def test_generic_news_page_clutter_is_removed_and_body_kept() -> None:
    raw = "\n".join(
        [
            "Menu",
            "Home > Business > Markets",
            "We use cookies to improve your experience. By continuing you accept our Privacy Policy.",
            "Accept all cookies",
            "",
            "Shares rally as oil price falls",
            "",
            "By Jane Doe, Business reporter",
            "Published: 4 November 2010",
            "",
            "oil-rig-sunset.jpg",
            "Workers on an oil platform in the North Sea.",
            "Workers on an oil platform in the North Sea.",
            "Share this article",
            "",
            "Stock markets rose sharply on Thursday after the price of crude oil fell to its lowest level "
            "in three months, easing fears about inflation and company costs across Europe and Asia.",
            "",
            "Advertisement",
            "",
            '"This is a relief for everyone," said one trader – adding that “nobody expected it”.',
            "",
            "Read more",
            "",
            "Analysts said the gains could continue if the price stayed low for the rest of the month, "
            "although several warned that supply problems could return.",
            "",
            "Related articles",
            "Oil price hits record high",
            "Markets fall on inflation fears",
            "",
            "Sign up for our daily business newsletter",
            "Privacy Policy",
        ]
    )
    text = clean_text(raw)
    assert paragraphs(text) == [
        "Shares rally as oil price falls",
        "By Jane Doe, Business reporter",
        "Stock markets rose sharply on Thursday after the price of crude oil fell to its lowest level "
        "in three months, easing fears about inflation and company costs across Europe and Asia.",
        '"This is a relief for everyone," said one trader – adding that “nobody expected it”.',
        "Analysts said the gains could continue if the price stayed low for the rest of the month, "
        "although several warned that supply problems could return.",
    ]


def test_an_early_trailer_marker_does_not_cut_the_article() -> None:
    body = "The council met again on Friday and agreed a new budget for the coming year. " * 3
    raw = f"Council agrees budget\n\nRelated\n\n{body}\n\nSee also\n\n{body}More text.\n\nRelated News:\nOther story"
    text = clean_text(raw)
    assert text.count(body.strip()) == 2
    assert "More text." in text
    assert "Other story" not in text


def test_hard_wrapped_prose_is_rejoined_and_short_lines_are_not() -> None:
    raw = (
        "Wrapped title\n\n"
        "The alliance said on Saturday that it would deepen its ties with\n"
        "Moscow, and that both sides would work together on missile defence\n"
        "and on the war in Afghanistan.\n\n"
        "Yes\nNo\nMaybe so.\n"
    )
    assert paragraphs(clean_text(raw)) == [
        "Wrapped title",
        "The alliance said on Saturday that it would deepen its ties with Moscow, and that both sides "
        "would work together on missile defence and on the war in Afghanistan.",
        "Yes",
        "No",
        "Maybe so.",
    ]


def test_line_endings_and_control_bytes_in_raw_strings() -> None:
    assert (
        clean_text("Title\r\n\r\nOne.\rTwo.\x07\r\n\r\n\r\nThree.\x00") == "Title\n\nOne.\n\nTwo.\n\nThree."
    )


@pytest.mark.parametrize("raw", ["", "   \n\n\t", "Skip to main content\n\nAdvertisement\n"])
def test_nothing_left_is_an_empty_string_not_an_error(raw: str) -> None:
    assert clean_text(raw) == ""


_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=60
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.just(""), st.just("Advertisement")), max_size=30))
def test_cleaning_never_rewrites_kept_text(lines: list[str]) -> None:
    raw = "\n".join(lines)
    text = clean_text(raw)
    assert text == text.strip() and "\n\n\n" not in text
    flat_raw = " ".join(raw.split())
    for paragraph in paragraphs(text) if text else []:
        # kept text is the source's own (only whitespace and footnote/bullet markers may differ)
        flat = " ".join(paragraph.split())
        assert flat in flat_raw or "[" in raw


# ------------------------------------------------------------------ load_document


def test_load_document_builds_paragraphs_hash_and_merged_metadata(tmp_path: Path) -> None:
    path = tmp_path / "Some Story.txt"
    data = "Skip to main content\r\n\r\nBig news today\r\n\r\nBy Jane Doe\r\n\r\nFirst para.\r\n\r\nSecond “para”.\r\n"
    path.write_bytes(data.encode("utf-8"))
    doc = load_document(path)
    assert doc.text == "Big news today\n\nBy Jane Doe\n\nFirst para.\n\nSecond “para”."
    assert [p.text for p in doc.paragraphs] == [
        "Big news today",
        "By Jane Doe",
        "First para.",
        "Second “para”.",
    ]
    assert all(doc.text[p.start : p.end] == p.text for p in doc.paragraphs)
    assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.meta.id == doc.id == "some-story"
    assert (doc.meta.title, doc.meta.author, doc.meta.path) == ("Big news today", "Jane Doe", str(path))

    curated = SourceMeta(id="ignored", title="Curated title", url="https://example.org/story")
    doc = load_document(path, meta=curated, source_id="story-1")
    assert doc.id == "story-1"
    assert (doc.meta.title, doc.meta.url, doc.meta.author) == (
        "Curated title",
        "https://example.org/story",
        "Jane Doe",
    )


def test_load_document_reads_sources_toml_beside_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "sources.toml").write_text('[a]\npublisher = "Example News"\npublished = 2010-11-04\n')
    doc = load_document(tmp_path / "a.txt")
    assert (doc.meta.title, doc.meta.publisher, doc.meta.published) == (
        "Headline",
        "Example News",
        "2010-11-04",
    )


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_seed_loads_with_curated_metadata(path: Path) -> None:
    doc = load_document(path)
    assert doc.id == path.stem
    assert doc.meta.title and doc.paragraphs
    assert doc.text.startswith(doc.paragraphs[0].text)


def test_page_with_only_boilerplate_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Skip to main content\n\nAdvertisement\n\nPrivacy Policy\n")
    with pytest.raises(UnreadableSource, match="chrome.txt"):
        load_document(path)


def test_html_document_loads_as_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(
        "<html><body><nav>Home</nav><h1>Headline here</h1><p>Para one.</p><p>Para two.</p>"
        "<footer>© 2010 Example</footer></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert [p.text for p in doc.paragraphs] == ["Headline here", "Para one.", "Para two."]
    assert doc.meta.title == "Headline here"


# ------------------------------------------------------------------ BBC corpus


def _bbc_files() -> list[Path]:
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not found at {BBC}")
    files = sorted(BBC.glob("*.txt"))
    if not files:
        pytest.skip("BBC corpus is empty")
    return files


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def test_bbc_body_sentences_survive_cleaning() -> None:
    """Clean news text must come through untouched: >= 99% of body sentences kept."""
    files = random.Random(7).sample(_bbc_files(), 100)
    total = kept = 0
    for path in files:
        raw = read_source(path)
        flat = " ".join(clean_text(raw).split())
        for line in raw.strip().split("\n")[1:]:
            line = re.sub(r"^\s*[-*•]\s+", "", line.strip())
            for sentence in _SENTENCE_END.split(line):
                sentence = " ".join(sentence.split())
                if len(sentence) >= 3:
                    total += 1
                    kept += sentence in flat
    assert total > 1000
    assert kept / total >= 0.99, f"kept {kept}/{total} sentences"


def test_bbc_titles_stay_first() -> None:
    for path in random.Random(11).sample(_bbc_files(), 100):
        raw = read_source(path)
        assert clean_text(raw).split("\n\n")[0] == raw.strip().split("\n")[0].strip(), path.name


