"""What reaches a Discord channel from a source, a question or sources.toml (issue 13, adversarial 12).

Source text is verbatim and anyone may have written it: Discord's live tokens
(``<#channel>``, ``<t:0:R>``, ``<:emoji:id>``), bidi controls such as U+202E and
link syntax must reach readers as plain text, never as a mention, a widget, a
reordered line or a link of the source's choosing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.text import escape, fit, highlight, strip_format_controls
from index.errors import DossierError
from index.ingest.metadata import load_sources_toml
from index.models import Citation, SourceMeta, Span, web_url

# A token stays live when its "<" is not escaped with a backslash.
LIVE_TOKEN = re.compile(r"(?<!\\)<(?:#\d+|t:-?\d+(?::\w)?|a?:\w+:\d+|/[\w -]+:\d+|id:\w+|@[!&]?\d+)>")
MASKED_LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\((\S+?)\)")
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@pytest.mark.parametrize("token", [
    "<#123456789012345678>", "<t:0:R>", "<t:1700000000>", "<:kek:123456789012345678>",
    "<a:dance:123456789012345678>", "</ask:123456789012345678>", "<id:customize>", "<@&123456789012345678>",
])
def test_discord_tokens_from_sources_stay_text(token: str) -> None:
    assert LIVE_TOKEN.search(token), "the pattern recognises the live form"
    for shown in (escape(f"See {token} now"), highlight(f"See {token} now", [Span(start=0, end=3)]),
                  fit(f"See {token} " + "word " * 50, 60)):
        assert not LIVE_TOKEN.search(shown), shown


def test_links_in_angle_brackets_still_work() -> None:
    assert escape("see <https://example.org/a> or https://example.org/b") == \
        "see <https://example.org/a> or https://example.org/b"


@pytest.mark.parametrize("control", list(BIDI) + ["\u2060", "\ufeff", "\u00ad"])
def test_bidi_and_format_controls_are_dropped(control: str) -> None:
    shown = escape(f"invoice{control}exe.pdf")
    assert control not in shown and "invoice" in shown


def test_joiners_stay_for_scripts_and_emoji() -> None:
    assert strip_format_controls("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
    "ftp://example.org/x", "//example.org/x", "https://", "not a url",
])
def test_only_web_addresses_are_kept(url: str) -> None:
    assert web_url(url) is None
    assert SourceMeta(id="x", url=url).url is None
    assert Citation(id="x", url=url, paragraph=1).url is None


def test_a_url_cannot_close_a_masked_link() -> None:
    url = web_url("https://example.org/a) [click](https://evil.example")
    assert url is not None and url.startswith("https://example.org/a")
    assert not set(url) & set(" ()[]<>")
    assert web_url("https://en.wikipedia.org/wiki/NATO_(disambiguation)") == \
        "https://en.wikipedia.org/wiki/NATO_%28disambiguation%29"


def test_sources_toml_refuses_a_url_that_is_not_http(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text('[report]\nurl = "javascript:alert(1)"\n', encoding="utf-8")
    with pytest.raises(DossierError, match="not a web address"):
        load_sources_toml(tmp_path)
    (tmp_path / "sources.toml").write_text('[report]\nurl = "https://example.org/r"\n', encoding="utf-8")
    assert load_sources_toml(tmp_path)["report"].url == "https://example.org/r"


HOSTILE = (
    "Channel test\n\n"
    'Dmitry Medvedev said: "Meet in <#123456789012345678> at <t:0:R> with <:kek:123456789012345678> '
    'and \u202eexe.gpj\u202c, see [here](https://evil.example)."\n'
)


async def test_hostile_tokens_and_controls_never_reach_discord_live(tmp_path: Path) -> None:
    """The real client against the fake Discord: what the channel receives is escaped text."""
    from index.answer.engine import Engine
    from index.store.build import build_index
    from tests.test_bot_e2e import command, running_bot, text_of

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "channel-test.txt").write_text(HOSTILE, encoding="utf-8")
    (seeds / "sources.toml").write_text(
        '[channel-test]\nurl = "https://example.org/a) [x](https://evil.example"\n', encoding="utf-8")
    build_index(seeds, tmp_path / "index")
    eng = Engine(tmp_path / "index")
    try:
        async with running_bot(eng) as (fake, _client):
            for name, options in [("ask", {"question": "What did Medvedev say?\u202e"}),
                                  ("search", {"query": "meet \u202ekek"}),
                                  ("ask", {"question": "\u202eWhat about Zanzibar?"})]:
                _record, message = await command(fake, name, **options)
                shown = text_of(message)
                assert not LIVE_TOKEN.search(shown), shown
                assert not set(shown) & set(BIDI), shown
                for _label, url in MASKED_LINK.findall(shown):  # the only links are the citation's own
                    assert url.startswith("https://example.org/a%29"), url
                for embed in message.get("embeds", []):
                    assert embed.get("url", "https://").startswith("https://example.org/a%29"), embed
    finally:
        eng.close()
