"""End to end: the real discord.py client, the real engine over a real Whoosh index, a fake Discord.

Each test starts :class:`tests.fake_discord.FakeDiscord` on 127.0.0.1, logs the
real :class:`bot.client.DossierBot` in through it (REST login, command sync,
gateway HELLO/IDENTIFY/READY), sends INTERACTION_CREATE events like Discord
does and reads back what the bot put on the wire. The fake refuses a followup
before the first response and a second response, and every test ends by
checking that nothing was refused and every interaction was answered.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

import bot.client
from bot.client import DossierBot
from bot.replies import NOT_AVAILABLE, SOMETHING_WENT_WRONG
from bot.settings import BotSettings
from bot.views import NEXT, NOT_YOURS, PREV, SOURCE
from index.answer.engine import Engine
from index.models import Answer, ParsedQuestion
from tests.fake_discord import EPHEMERAL, LOADING, FakeDiscord, InteractionRecord

pytestmark = pytest.mark.timeout(30)

JSON = dict[str, Any]
NO_PINGS = {"parse": []}
ALL_COMMANDS = {"ask", "quote", "when", "search", "sources", "check", "Check quotes", "dossier-settings",
                "dossier-reindex"}


# ----------------------------------------------------------------------------- harness


@asynccontextmanager
async def running_bot(engine: Any, app_flags: int = 0,
                      **overrides: Any) -> AsyncIterator[tuple[FakeDiscord, DossierBot]]:
    """A fake Discord with the real client logged in, commands synced, gateway READY.

    ``app_flags`` are the application's flags (``1 << 18``: Message Content granted).
    """
    fake = FakeDiscord()
    fake.app_flags = app_flags
    await fake.start()
    fake.patch_discord()
    # The bot's own files (per-channel settings) in a fresh folder unless the test gives one.
    scratch = tempfile.TemporaryDirectory(prefix="dossier-bot-data-")
    options = {"discord_guild_id": int(fake.guild_id), "dossier_data": Path(scratch.name), **overrides}
    settings = BotSettings(_env_file=None, discord_token="fake-token", **options)
    # The fake sends its one GUILD_CREATE at once: no need for discord.py's 2 s wait for more.
    client = DossierBot(engine, settings, guild_ready_timeout=0.1)
    task: asyncio.Task[None] | None = None
    try:
        await client.login("fake-token")  # runs setup_hook: the command sync
        task = asyncio.create_task(client.connect(reconnect=False))
        await asyncio.wait_for(client.wait_until_ready(), 10)
        yield fake, client
        for record in fake.interactions.values():
            assert record.rejected == [], f"Discord refused a reply to {record.payload['data']}: {record.rejected}"
    finally:
        await client.close()
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await fake.stop()
        scratch.cleanup()


def sent_bodies(fake: FakeDiscord, record: InteractionRecord) -> list[JSON]:
    """Every JSON body the bot sent for one interaction (callback, followups, edits)."""
    bodies = []
    for request in fake.requests_for(record):
        body = request.body
        if isinstance(body, dict):
            bodies.append(body.get("data", body) if "callback" in request.path else body)
    return bodies


def assert_no_pings(fake: FakeDiscord, record: InteractionRecord) -> None:
    """Every message the bot sent (not pure acknowledgements) disallows all mentions."""
    for body in sent_bodies(fake, record):
        if any(key in body for key in ("content", "embeds")):
            assert body.get("allowed_mentions") == NO_PINGS, body


async def command(fake: FakeDiscord, name: str, user_id: str = "4001", **options: Any) -> tuple[InteractionRecord, JSON]:
    """Send one slash command and wait for the message the user ends up seeing."""
    record = await fake.send_interaction(fake.slash(name, user_id=user_id, **options))
    message = await fake.wait_for_message(record.id, timeout=10)
    return record, message


def text_of(message: JSON) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


def components(message: JSON) -> list[JSON]:
    return [c for row in message.get("components", []) for c in row.get("components", [])]


def component(message: JSON, custom_id: str) -> JSON:
    return next(c for c in components(message) if c.get("custom_id") == custom_id)


async def private_reply(fake: FakeDiscord, record: InteractionRecord, timeout: float = 10) -> JSON:
    """The ephemeral message an interaction ended with (direct response or followup)."""

    def find() -> JSON | None:
        ids = [record.original_id, *record.followup_ids] if record.original_id else record.followup_ids
        for mid in reversed(ids):
            message = fake.messages.get(mid or "")
            if message is not None and message["flags"] & EPHEMERAL and not message["flags"] & LOADING:
                return message
        return None

    return await fake.wait_until(find, timeout)


class FailingEngine(Engine):
    """The real engine with one fault injected: ``ask`` blows up (after ``delay`` seconds)."""

    delay = 0.0

    def follow(self, question: str, after: ParsedQuestion | None = None) -> tuple[Answer, ParsedQuestion]:
        time.sleep(self.delay)
        raise RuntimeError(f"injected failure for {question!r}")


class SlowEngine(Engine):
    """The real engine, slower than Discord's patience: the bot must defer, then answer."""

    def follow(self, question: str, after: ParsedQuestion | None = None) -> tuple[Answer, ParsedQuestion]:
        time.sleep(1.5)
        return super().follow(question, after)


# ----------------------------------------------------------------------------- login and registration


async def test_login_registers_every_command_in_the_test_guild_with_descriptions(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(Engine(tmp_path / "unused")) as (fake, client):
        assert None not in fake.commands, "with DISCORD_GUILD_ID set nothing is registered globally"
        registered = {c["name"]: c for c in fake.commands[fake.guild_id]}
        assert set(registered) == ALL_COMMANDS
        for cmd in registered.values():
            if cmd["type"] == 3:  # a message context menu has a name and no description
                continue
            assert 10 <= len(cmd["description"]) <= 100, cmd
            for option in cmd.get("options", []):
                assert 10 <= len(option["description"]) <= 100, option
        [question] = registered["ask"]["options"]
        assert (question["required"], question["min_length"], question["max_length"]) == (True, 1, 300)
        speaker, topic = registered["quote"]["options"]
        assert speaker["name"] == "speaker" and speaker["required"] and speaker["autocomplete"]
        assert topic["name"] == "topic" and not topic.get("required")
        assert registered["when"]["options"][0]["required"] and registered["search"]["options"][0]["required"]
        assert "options" not in registered["sources"] or registered["sources"]["options"] == []
        intents = client.intents
        assert not (intents.members or intents.presences or intents.message_content)
    assert f"Registered {len(ALL_COMMANDS)} commands in guild" in caplog.text
    assert "fake-token" not in caplog.text  # not even discord.py's DEBUG logs carry the token


async def test_without_a_guild_id_commands_are_registered_globally(tmp_path: Path) -> None:
    async with running_bot(Engine(tmp_path / "unused"), discord_guild_id=None) as (fake, _client):
        assert {c["name"] for c in fake.commands[None]} == ALL_COMMANDS
        assert fake.guild_id not in fake.commands


# ----------------------------------------------------------------------------- answers


async def test_ask_what_medvedev_said_answers_with_the_quotation_and_its_citation(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        record, message = await command(fake, "ask", question="What did Medvedev say?")
        assert record.callback_type in (4, 5)
        assert message["embeds"], message
        first = message["embeds"][0]
        assert "Medvedev" in first.get("title", "") + first["description"]
        assert first["description"].startswith("> ")
        assert "¶" in first["description"]
        assert any(c.get("custom_id") == SOURCE for c in components(message))
        assert message["allowed_mentions"] == NO_PINGS
        assert_no_pings(fake, record)


async def test_ask_about_something_not_covered_gets_a_friendly_hint(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "ask", question="What is the airspeed velocity of an unladen swallow?")
        assert message["embeds"] == []
        assert "/sources" in message["content"] and "/search" in message["content"]
        assert message["components"] == []
        assert not message["flags"] & EPHEMERAL  # an answer, even "none", is for everyone in the channel


async def test_quote_speaker_autocomplete_forgives_typos(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        record = await fake.send_interaction(fake.autocomplete("quote", "speaker", speaker="Medvedv"))
        await fake.wait_for_response(record.id)
        assert record.callback_type == 8
        names = [c["value"] for c in record.callback_data["choices"]]
        assert "Dmitry Medvedev" in names
        assert all(len(c["name"]) <= 100 for c in record.callback_data["choices"])


async def test_quote_command_answers_with_that_speakers_words(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "quote", speaker="Dmitry Medvedev")
        assert message["embeds"] and message["embeds"][0]["title"] == "Dmitry Medvedev"


async def test_when_the_nrc_was_created_is_28_may_2002(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "when", event="NRC created")
        first = message["embeds"][0]
        assert first["title"] == "28 May 2002"
        assert "28 May 2002" in first["description"]


async def test_search_shows_ranked_passages_with_the_matching_words_in_bold(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "search", query="missile defense")
        assert message["embeds"]
        first = message["embeds"][0]
        assert first["title"].startswith("1. ")
        assert "**missile" in first["description"].lower()  # "missile defence" counts: spelling variants match


async def test_sources_lists_the_five_seed_articles_with_counts(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "sources")
        [embed] = message["embeds"]
        assert embed["title"] == "Indexed sources (5)"
        assert len(embed["fields"]) == 5
        titles = {f["name"] for f in embed["fields"]}
        assert "Russia, NATO to deepen ties" in titles
        assert all("passage" in f["value"] and "quotation" in f["value"] for f in embed["fields"])


# ----------------------------------------------------------------------------- buttons


async def test_only_the_asker_can_turn_the_pages(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        record, message = await command(fake, "search", user_id="4001", query="NATO Russia")
        assert message["content"].startswith("Results 1–3 of ")
        assert component(message, PREV)["disabled"] is True
        assert component(message, NEXT).get("disabled") in (False, None)

        stranger = await fake.send_interaction(fake.click(message["id"], NEXT, user_id="4002"))
        refusal = await private_reply(fake, stranger)
        assert refusal["content"] == NOT_YOURS
        assert fake.messages[message["id"]]["content"].startswith("Results 1–3 of ")  # unchanged

        click = await fake.send_interaction(fake.click(message["id"], NEXT, user_id="4001"))
        await fake.wait_for_response(click.id)
        assert click.callback_type == 7  # the answer itself is updated in place
        turned = fake.messages[message["id"]]
        assert turned["content"].startswith("Results 4–6 of ")
        assert turned["embeds"][0]["footer"]["text"].startswith("Result 4 of ")
        assert component(turned, PREV).get("disabled") in (False, None)
        assert click.callback_data["allowed_mentions"] == NO_PINGS
        assert_no_pings(fake, record)


async def test_show_source_privately_shows_the_whole_paragraph(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "when", event="NRC created")
        source = component(message, SOURCE)
        values = None if source["type"] == 2 else ["0"]
        click = await fake.send_interaction(fake.click(message["id"], SOURCE, user_id="4002", values=values))
        shown = await private_reply(fake, click)
        [embed] = shown["embeds"]
        assert "**" in embed["description"]  # the cited sentence in bold inside its paragraph
        assert "28 May 2002" in embed["description"]
        assert "Rome" in embed["description"]  # the rest of the paragraph is there too
        assert embed["title"] == "NATO–Russia relations"
        assert shown["allowed_mentions"] == NO_PINGS


async def test_buttons_disable_themselves_when_the_view_times_out(engine: Engine) -> None:
    async with running_bot(engine, dossier_page_timeout=0.5) as (fake, _client):
        record, message = await command(fake, "search", query="NATO Russia")
        await fake.wait_until(lambda: record.edits, timeout=5)
        expired = fake.messages[message["id"]]
        assert components(expired) and all(c["disabled"] for c in components(expired))


async def test_a_click_on_buttons_nobody_listens_to_any_more_is_answered(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.client, "ORPHAN_CLICK_GRACE", 0.1)
    async with running_bot(engine, dossier_page_timeout=0.3) as (fake, _client):
        record, message = await command(fake, "search", query="NATO Russia")
        await fake.wait_until(lambda: record.edits, timeout=5)  # timed out, view gone
        click = await fake.send_interaction(fake.click(message["id"], NEXT))
        note = await private_reply(fake, click)
        assert note["content"] == bot.client.EXPIRED


# ----------------------------------------------------------------------------- limits and failures


async def test_too_many_questions_get_a_private_slow_down(engine: Engine) -> None:
    async with running_bot(engine, dossier_cooldown_rate=2, dossier_cooldown_per=10.0) as (fake, _client):
        for _ in range(2):
            _record, message = await command(fake, "sources", user_id="4001")
            assert message["embeds"]
        record = await fake.send_interaction(fake.slash("ask", user_id="4001", question="When was the NRC created?"))
        note = await private_reply(fake, record)
        assert note["content"].startswith("Slow down")
        assert record.callback_type == 4
        # someone else is not slowed down by it
        _record, message = await command(fake, "sources", user_id="4002")
        assert message["embeds"]


async def test_an_engine_failure_is_a_private_apology_and_a_logged_traceback(
        seed_index: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR)
    failing = FailingEngine(seed_index)
    async with running_bot(failing) as (fake, _client):
        record = await fake.send_interaction(fake.slash("ask", question="What did Medvedev say?"))
        note = await private_reply(fake, record)
        assert note["content"] == SOMETHING_WENT_WRONG
        assert note["embeds"] == []
    failing.close()
    logged = [r for r in caplog.records if r.exc_info and "injected failure" in str(r.exc_info[1])]
    assert logged, caplog.text
    assert "Traceback" in caplog.text and "RuntimeError: injected failure" in caplog.text


async def test_a_failure_after_deferring_still_ends_in_a_private_apology(seed_index: Path) -> None:
    failing = FailingEngine(seed_index)
    failing.delay = 1.3
    async with running_bot(failing) as (fake, _client):
        record = await fake.send_interaction(fake.slash("ask", question="What did Medvedev say?"))
        note = await private_reply(fake, record)
        assert record.callback_type == 5
        assert note["content"] == SOMETHING_WENT_WRONG
        # the public "thinking…" placeholder is gone rather than left spinning
        assert record.original_id not in fake.messages
    failing.close()


async def test_a_slow_answer_is_deferred_in_time_then_filled_in(seed_index: Path) -> None:
    slow = SlowEngine(seed_index)
    async with running_bot(slow) as (fake, _client):
        record, message = await command(fake, "ask", question="When was the NRC created?")
        assert record.callback_type == 5
        assert record.callback_at - record.sent_at < 3.0
        assert "28 May 2002" in text_of(message)
        assert_no_pings(fake, record)
    slow.close()


async def test_twenty_questions_at_once_are_all_acknowledged(engine: Engine) -> None:
    questions = ["What did Medvedev say?", "When was the NRC created?", "Who is Rasmussen?",
                 "What did Rasmussen say about Afghanistan?", "missile defense cooperation"]
    async with running_bot(engine) as (fake, _client):
        payloads = [fake.slash("ask", user_id=str(5000 + i), question=questions[i % len(questions)])
                    for i in range(20)]
        records = await asyncio.gather(*(fake.send_interaction(p) for p in payloads))
        await fake.wait_until(lambda: all(r.callback_type is not None for r in records), timeout=10)
        await asyncio.gather(*(fake.wait_for_message(r.id, timeout=20) for r in records))
        waits = sorted(r.callback_at - r.sent_at for r in records)
        print(f"\n20 concurrent /ask: first response after max {waits[-1] * 1000:.0f} ms, "
              f"median {waits[10] * 1000:.0f} ms; {sum(r.callback_type == 5 for r in records)} deferred")
        assert all(r.callback_type in (4, 5) for r in records)


# ----------------------------------------------------------------------------- live rebuild and hostile text


NEW_SOURCE = """Zanzibar talks open

The Zanzibar round of talks opened on 3 March 2011, officials said.
"""


async def test_a_rebuild_while_running_is_used_by_the_next_question(own_index: tuple[Path, Path, Engine]) -> None:
    from index.store.build import build_index

    seeds, index_dir, eng = own_index
    async with running_bot(eng) as (fake, _client):
        _record, before = await command(fake, "search", query="Zanzibar")
        assert before["embeds"] == [] and "Nothing in the sources matches" in before["content"]

        (seeds / "zanzibar-talks.txt").write_text(NEW_SOURCE, encoding="utf-8")
        in_flight = [await fake.send_interaction(fake.slash("ask", user_id=str(6000 + i),
                                                            question="When was the NRC created?"))
                     for i in range(3)]
        await asyncio.to_thread(build_index, seeds, index_dir)
        for record in in_flight:  # questions asked during the build are answered, from either index
            assert "28 May 2002" in text_of(await fake.wait_for_message(record.id, timeout=10))

        _record, after = await command(fake, "search", user_id="4002", query="Zanzibar")
        assert after["embeds"], after
        assert "**Zanzibar**" in after["embeds"][0]["description"]
        _record, listing = await command(fake, "sources", user_id="4003")
        assert listing["embeds"][0]["title"] == "Indexed sources (6)"


HOSTILE_SOURCE = """Ping test

Dmitry Medvedev said: "@everyone listen: *this* is _not_ `code` and <@123456789012345678> is nobody."
"""


async def test_hostile_source_text_cannot_ping_or_garble(tmp_path: Path) -> None:
    from index.store.build import build_index

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ping-test.txt").write_text(HOSTILE_SOURCE, encoding="utf-8")
    index_dir = tmp_path / "index"
    build_index(seeds, index_dir)
    eng = Engine(index_dir)
    async with running_bot(eng) as (fake, _client):
        record, message = await command(fake, "search", query="listen nobody")
        description = message["embeds"][0]["description"]
        assert "@everyone" not in description and "@\u200beveryone" in description
        assert "\\*this\\*" in description and "\\_not\\_" in description and "\\`code\\`" in description
        assert "<@123456789012345678>" not in description
        assert message["allowed_mentions"] == NO_PINGS
        assert_no_pings(fake, record)

        record, message = await command(fake, "ask", question="What did Medvedev say?")
        quote_line = message["embeds"][0]["description"].split("\n")[0]
        # the quotation alone is shown (its sentence is one click away, under Show source)
        assert quote_line == ('> @\u200beveryone listen: \\*this\\* is \\_not\\_ '
                              '\\`code\\` and \\<@\u200b123456789012345678> is nobody.')
        assert_no_pings(fake, record)

        click = await fake.send_interaction(fake.click(message["id"], SOURCE, user_id="4002"))
        shown = await private_reply(fake, click)
        assert "@everyone" not in shown["embeds"][0]["description"]
        assert "\\_not\\_" in shown["embeds"][0]["description"]
        assert shown["allowed_mentions"] == NO_PINGS
    eng.close()


async def test_operator_messages_go_to_the_log_and_the_user_gets_a_friendly_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = tmp_path / "no-index-here"
    eng = Engine(missing)
    with caplog.at_level(logging.ERROR, logger="bot"):
        async with running_bot(eng) as (fake, _client):
            record = await fake.send_interaction(fake.slash("ask", question="When was the NRC created?"))
            shown = await private_reply(fake, record)
    assert shown["content"] == NOT_AVAILABLE
    assert str(tmp_path) not in shown["content"] and "dossier build" not in shown["content"]
    assert any(str(missing) in r.getMessage() and "dossier build" in r.getMessage() for r in caplog.records)
    eng.close()
