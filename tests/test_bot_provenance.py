"""Provenance in Discord (issue 11): the generation in every answer's footer, "More context" under a
source, 👍/👎 on answers, related passages when there is no answer.

The real discord.py client against the fake Discord on 127.0.0.1, the real engine on real indexes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.text import unescape
from bot.views import MORE, NEXT, SOURCE
from index.answer.engine import Engine
from index.store.build import build_index
from tests.conftest import engine_over
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
    text = "\n\n".join([
        "Port Ellis harbour history",
        _long("Before the council, @everyone in the *old* town met in the `chapel`.", 14),
        _long("The harbour council of Port Ellis was created on 3 March 2001 after a long campaign.", 14),
        _long("After that, the council bought a crane.", 14),
    ])
    yield from engine_over(tmp_path_factory.mktemp("long-paragraphs"), {"harbour.txt": text + "\n"})


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


# ----------------------------------------------------------------- 👍/👎 on answers


async def test_a_thumb_on_an_answer_is_stored_with_its_span_generation_and_a_hashed_user(own_index, capsys) -> None:
    from bot.views import DOWN, UP, AnswerVotes
    from index.cli import main

    _seeds, index_dir, eng = own_index
    item = eng.ask("When was the NRC created?").answers[0]
    async with running_bot(eng) as (fake, _client):
        _record, message = await command(fake, "ask", question="When was the NRC created?")
        assert {UP, DOWN} <= {c.get("custom_id") for c in components(message)}
        click = await fake.send_interaction(fake.click(message["id"], UP, user_id="4777"))
        reply = await private_reply(fake, click)
        assert reply["content"] == AnswerVotes.thanks and reply["allowed_mentions"] == NO_PINGS
        click = await fake.send_interaction(fake.click(message["id"], DOWN, user_id="4888"))
        await private_reply(fake, click)
    up, down = eng.feedback()
    assert (up.vote, down.vote) == ("up", "down") and up.kind == "answer"
    assert up.question == "When was the NRC created?"
    assert (up.quote, up.start, up.end, up.source_id, up.paragraph) == (
        item.quote, item.start, item.end, item.source.id, item.source.paragraph)
    text = eng.snapshot().document(up.source_id)[0]
    assert text[up.start:up.end] == up.quote  # the judged span, verbatim
    assert up.generation == (index_dir / "CURRENT").read_text().strip()
    assert up.user != down.user and "4777" not in up.model_dump_json()
    # the operator lists them, as text and as JSON lines
    assert main(["feedback", "--json", "--index", str(index_dir)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["kind"], r["vote"], r["quote"]) for r in rows] == [("answer", "up", item.quote),
                                                                   ("answer", "down", item.quote)]
    assert main(["feedback", "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert "👍 answer by" in out and "When was the NRC created?" in out and item.source.id in out


async def test_a_vote_on_a_later_page_judges_that_pages_answer(own_index) -> None:
    from bot.views import DOWN

    _seeds, _index_dir, eng = own_index
    answer = eng.quote("Rasmussen")
    async with running_bot(eng) as (fake, _client):
        _record, message = await command(fake, "quote", speaker="Rasmussen")
        assert len(answer.answers) > 3, "the test needs a second page"
        turn = await fake.send_interaction(fake.click(message["id"], NEXT, user_id="4001"))
        await fake.wait_for_response(turn.id)
        page_two = fake.messages[message["id"]]
        click = await fake.send_interaction(fake.click(message["id"], DOWN, user_id="4999"))
        await private_reply(fake, click)
    [vote] = eng.feedback()
    from index.answer.shown import strong

    fourth = strong(answer.answers)[3]
    assert (vote.quote, vote.start) == (fourth.quote, fourth.start)
    assert page_two["content"].startswith("Answers 4")


async def test_an_answer_to_a_mention_has_the_thumbs_too(engine: Engine) -> None:
    from bot.views import DOWN, UP
    from tests.test_bot_conversation import reply_to

    async with running_bot(engine) as (fake, _client):
        asked = await fake.send_message(fake.user_message(f"<@{fake.app_id}> when was the NRC created?",
                                                          mentions=(fake.app_id,)))
        answer = await reply_to(fake, asked)
        assert {UP, DOWN} <= {c.get("custom_id") for c in components(answer)}


async def test_no_thumbs_on_search_results_or_the_source_list(engine: Engine) -> None:
    from bot.views import UP

    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "search", query="missile defense")
        assert UP not in {c.get("custom_id") for c in components(message)}


# ----------------------------------------------------------------- related passages when nothing answers


async def test_no_answer_shows_related_passages_labelled_not_an_answer(engine: Engine) -> None:
    from bot.views import UP

    answer = engine.ask("What did Putin say?")
    assert answer.related
    async with running_bot(engine) as (fake, _client):
        record, message = await command(fake, "ask", question="What did Putin say?")
        assert message["content"].startswith(answer.message)
        [embed] = message["embeds"]
        assert embed["title"] == "Related passages — not an answer"
        seen = unescape(embed["description"])
        for related in answer.related:
            assert " ".join(related.quote.split()) in " ".join(seen.split())
            assert f"¶ {related.source.paragraph}" in seen
        ids = {c.get("custom_id") for c in components(message)}
        assert SOURCE in ids and UP not in ids  # the sources can be opened; nothing to vote on
        assert message["allowed_mentions"] == NO_PINGS
        _click, shown = await show_source(fake, message)
        assert "**" in shown["embeds"][0]["description"]  # the related sentence in bold in its paragraph


def test_related_passages_are_escaped_and_fit_discord() -> None:
    from bot.render import LIMITS, render_answer
    from index.models import Answer, Citation, RealSpan

    hostile = "@everyone *look* at `this` <@123> " + "word " * 2000
    related = tuple(RealSpan(quote=hostile, source=Citation(id=f"s{i}", title="T *x*", paragraph=i), start=0,
                             end=len(hostile)) for i in range(1, 4))
    [page] = render_answer(Answer(question="q", message="The sources don't cover that.", related=related))
    [embed] = page.embeds
    assert len(embed["description"]) <= LIMITS["description"] and "@everyone" not in embed["description"]
    assert "\\*look\\*" in embed["description"] and "\\`this\\`" in embed["description"]
    assert len(page.citations) == 3 and page.snippets == tuple(r.quote for r in related)


def test_the_console_shows_related_passages_too(engine: Engine) -> None:
    from bot.plain import answer_text

    answer = engine.ask("What did Putin say?")
    text = answer_text(answer)
    assert text.startswith(answer.message) and "Related passages — not an answer:" in text
    assert "> " + " ".join(answer.related[0].quote.split()) in text
