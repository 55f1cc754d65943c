"""Provenance in Discord (issue 11): the generation in every answer's footer, "More context" under a
source, 👍/👎 on answers, related passages when there is no answer.

The real discord.py client against the fake Discord on 127.0.0.1, the real engine on real indexes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.text import unescape
from bot.views import MORE, NEXT, SOURCE
from index.answer.engine import Engine
from index.store.build import build_index
from tests.test_bot_e2e import NO_PINGS, command, component, components, private_reply, running_bot

pytestmark = pytest.mark.timeout(60)

FILLER = ("The pier was painted {n} times that decade, and the gulls {verb} every boat that came in with "
          "fish, while the ferrymen argued about timetables, tides and the price of diesel. ")
VERBS = ["followed", "watched", "chased", "ignored", "circled"]


def _long(words: str, n: int) -> str:
    return words + " " + "".join(FILLER.format(n=i, verb=VERBS[i % 5]) for i in range(n))


@pytest.fixture(scope="module")
def long_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One source whose paragraphs are each too long to share an embed: "More context" must page."""
    root = tmp_path_factory.mktemp("long-paragraphs")
    sources = root / "sources"
    sources.mkdir()
    text = "\n\n".join([
        "Port Ellis harbour history",
        _long("Before the council, @everyone in the *old* town met in the `chapel`.", 14),
        _long("The harbour council of Port Ellis was created on 3 March 2001 after a long campaign.", 14),
        _long("After that, the council bought a crane.", 14),
    ])
    (sources / "harbour.txt").write_text(text + "\n", encoding="utf-8")
    build_index(sources, root / "index")
    eng = Engine(root / "index")
    yield eng
    eng.close()


async def show_source(fake, message: dict, user_id: str = "4002") -> tuple[object, dict]:
    source = component(message, SOURCE)
    values = None if source["type"] == 2 else ["0"]
    click = await fake.send_interaction(fake.click(message["id"], SOURCE, user_id=user_id, values=values))
    return click, await private_reply(fake, click)


# ----------------------------------------------------------------- the generation in the footer


async def test_answer_footer_names_the_index_generation(engine: Engine, seed_index: Path) -> None:
    short = (seed_index / "CURRENT").read_text().strip().rsplit("-", 1)[-1]
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "ask", question="When was the NRC created?")
        for embed in message["embeds"]:
            assert embed["footer"]["text"].endswith(f"index {short}")
        _record, message = await command(fake, "quote", speaker="Medvedev")
        assert all(e["footer"]["text"].endswith(f"index {short}") for e in message["embeds"])


# ----------------------------------------------------------------- more context


async def test_more_context_adds_the_paragraphs_before_and_after(engine: Engine) -> None:
    item = engine.when("NRC created").answers[0]
    _cite, paragraphs = engine.surroundings(item.source.id, item.source.paragraph)
    before, cited, after = paragraphs
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "when", event="NRC created")
        _click, shown = await show_source(fake, message)
        [embed] = shown["embeds"]
        assert unescape(before.text) not in unescape(embed["description"])  # Show source: the paragraph alone
        more = component(shown, MORE)
        assert more["label"] == "More context"
        click = await fake.send_interaction(fake.click(shown["id"], MORE, user_id="4002"))
        await fake.wait_for_response(click.id)
        assert click.callback_type == 7  # the private message is widened in place
        widened = fake.messages[shown["id"]]
        [embed] = widened["embeds"]
        seen = unescape(embed["description"]).replace("**", "")  # the words as a reader sees them
        for p in (before, cited, after):
            assert p.text in seen and f"¶ {p.number}" in seen
        assert seen.index(before.text) < seen.index(cited.text) < seen.index(after.text)
        assert "**" in embed["description"]  # the cited words stay bold
        assert widened["components"] == []  # nothing more to click: one page
        assert widened["allowed_mentions"] == NO_PINGS
        assert widened["flags"] & 64  # still private


async def test_more_context_pages_when_the_paragraphs_do_not_fit_one_message(long_engine: Engine) -> None:
    async with running_bot(long_engine) as (fake, _client):
        _record, message = await command(fake, "when", event="harbour council created")
        assert "3 March 2001" in message["embeds"][0]["title"]
        _click, shown = await show_source(fake, message)
        click = await fake.send_interaction(fake.click(shown["id"], MORE, user_id="4002"))
        await fake.wait_for_response(click.id)
        first = fake.messages[shown["id"]]
        [embed] = first["embeds"]
        assert embed["footer"]["text"] == "Page 1 of 3" and len(embed["description"]) <= 4096
        assert "@everyone" not in embed["description"] and "\\*old\\*" in embed["description"]
        assert {c.get("custom_id") for c in components(first)} >= {NEXT}
        turn = await fake.send_interaction(fake.click(shown["id"], NEXT, user_id="4002"))
        await fake.wait_for_response(turn.id)
        [embed] = fake.messages[shown["id"]]["embeds"]
        assert embed["footer"]["text"] == "Page 2 of 3"
        assert "¶ 3 — cited" in embed["description"] and "**The harbour council" in embed["description"]


# ----------------------------------------------------------------- /sources: the generation and what changed


async def test_sources_name_the_generation_and_count_what_changed(own_index) -> None:
    seeds, index_dir, eng = own_index
    (seeds / "moscow-times-nato-russia-embrace.txt").unlink()
    build_index(seeds, index_dir)
    short = (index_dir / "CURRENT").read_text().strip().rsplit("-", 1)[-1]
    async with running_bot(eng) as (fake, _client):
        _record, message = await command(fake, "sources")
        [embed] = message["embeds"]
        assert embed["title"] == "Indexed sources (4)"
        assert embed["description"].startswith(f"Index {short}, built ")
        assert "since the previous build, sources: 0 added, 0 changed, 1 removed" in embed["description"]
        assert "moscow-times" not in embed["description"]  # counts, not the operator's file names
        assert str(index_dir) not in embed["description"]
