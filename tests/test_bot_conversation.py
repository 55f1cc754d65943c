"""The bot in conversation (issue 12), end to end against the fake Discord.

@mentions answered as replies, follow-ups by reply and in threads, Q&A channels,
per-channel settings that survive a restart, the admin commands and a rebuild
from Discord while questions are answered. The real client, the real engine.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.admin import ALREADY_BUILDING, CONTENT_INTENT_MISSING, NOT_ADMIN
from bot.client import MESSAGE_CONTENT
from bot.conversation import HOW_TO_ASK
from bot.replies import NOT_AVAILABLE
from index.answer.engine import Engine
from tests.fake_discord import EPHEMERAL, FakeDiscord
from tests.test_bot_e2e import NO_PINGS, command, private_reply, running_bot, text_of

pytestmark = pytest.mark.timeout(60)

JSON = dict[str, Any]
ADMIN = str(2248473465835073 | 32)  # the default member permissions plus Manage Server
CONTENT_INTENT = 1 << 15


async def reply_to(fake: FakeDiscord, message: JSON, timeout: float = 10) -> JSON:
    """The bot's reply to a user's message."""
    return (await fake.wait_until(lambda: fake.replies_to(message["id"]), timeout))[0]


async def ask_by_mention(fake: FakeDiscord, text: str, **kw: Any) -> tuple[JSON, JSON]:
    asked = await fake.send_message(fake.user_message(f"<@{fake.app_id}> {text}", mentions=(fake.app_id,), **kw))
    return asked, await reply_to(fake, asked)


async def nothing_answers(fake: FakeDiscord, message: JSON, wait: float = 1.5) -> bool:
    await asyncio.sleep(wait)
    return not fake.replies_to(message["id"])


def speakers_titled(message: JSON) -> set[str]:
    return {e.get("title", "") for e in message["embeds"]}


async def settings_command(fake: FakeDiscord, user_id: str = "4001", permissions: str = ADMIN,
                           **options: Any) -> JSON:
    record = await fake.send_interaction(fake.slash("dossier-settings", user_id=user_id, permissions=permissions,
                                                    **options))
    return await private_reply(fake, record)


# ----------------------------------------------------------------------------- asking by message


async def test_a_mention_is_answered_as_a_reply_like_ask(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        asked, reply = await ask_by_mention(fake, "when was the NRC created?")
        assert reply["message_reference"]["message_id"] == asked["id"]
        assert reply["embeds"][0]["title"] == "28 May 2002"
        assert "**28 May 2002**" in reply["embeds"][0]["description"]
        assert reply["allowed_mentions"]["parse"] == [] and not reply["allowed_mentions"].get("replied_user")
        _, slash = await command(fake, "ask", question="when was the NRC created?")
        assert reply["embeds"] == slash["embeds"]  # the same answer /ask gives
        assert any(c.get("custom_id") == "dossier:source" for row in reply["components"]
                   for c in row["components"])  # and the same buttons
        # No privileged intent was asked for: no channel reads every message.
        assert not fake.identify_intents[-1] & CONTENT_INTENT

        bare = await fake.send_message(fake.user_message(f"<@{fake.app_id}>", mentions=(fake.app_id,)))
        assert (await reply_to(fake, bare))["content"] == HOW_TO_ASK


async def test_roles_everyone_bots_and_plain_messages_are_ignored(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        ignored = [
            fake.user_message("@everyone when was the NRC created?", mention_everyone=True),
            fake.user_message("<@&777> when was the NRC created?", mention_roles=("777",)),
            fake.user_message(f"<@{fake.app_id}> when was the NRC created?", mentions=(fake.app_id,), bot=True),
            fake.user_message("when was the NRC created?"),
        ]
        for message in ignored:
            await fake.send_message(message)
        asked, _ = await ask_by_mention(fake, "when was the NRC created?")  # a real one is still answered
        for message in ignored:
            assert not fake.replies_to(message["id"])


async def test_a_reply_to_an_answer_is_a_follow_up_that_keeps_the_speaker(engine: Engine) -> None:
    async with running_bot(engine, dossier_cooldown_rate=100) as (fake, _client):
        _, first = await ask_by_mention(fake, "What did Rasmussen say?")
        assert speakers_titled(first) == {"Anders Fogh Rasmussen"}
        follow = await fake.send_message(fake.user_message(
            f"<@{fake.app_id}> and about Afghanistan?", mentions=(fake.app_id,), reply_to=first["id"]))
        second = await reply_to(fake, follow)
        assert speakers_titled(second) == {"Anders Fogh Rasmussen"}
        assert "Afghanistan" in text_of(second)
        # "who is he?" in reply to the follow-up describes the same person
        who = await fake.send_message(fake.user_message("who is he?", mentions=(fake.app_id,),
                                                        reply_to=second["id"]))
        described = await reply_to(fake, who)
        assert "Rasmussen" in text_of(described) and "Secretary" in text_of(described)

        # a reply to a slash command's answer follows on too
        _, slash = await command(fake, "ask", question="What did Lavrov say?")
        when = await fake.send_message(fake.user_message("when was that?", mentions=(fake.app_id,),
                                                         reply_to=slash["id"]))
        dated = await reply_to(fake, when)
        assert dated["embeds"][0]["title"] == "4 November 2010"


async def test_answers_in_a_thread_and_follow_ups_there(engine: Engine, tmp_path: Path) -> None:
    async with running_bot(engine, app_flags=MESSAGE_CONTENT, dossier_data=tmp_path) as (fake, client):
        shown = await settings_command(fake, threads=True)
        assert "thread" in shown["content"] and "restart" in shown["content"]
    # Restarted: the setting is read back and Message Content is requested for it.
    async with running_bot(engine, app_flags=MESSAGE_CONTENT, dossier_data=tmp_path) as (fake, client):
        assert fake.identify_intents[-1] & CONTENT_INTENT and client.reading_messages
        asked = await fake.send_message(fake.user_message(f"<@{fake.app_id}> What did Medvedev say?",
                                                          mentions=(fake.app_id,)))
        thread = await fake.wait_until(lambda: fake.threads.get(asked["id"]), 10)
        assert thread["name"] == "What did Medvedev say?" and thread["parent_id"] == fake.channel_id
        [first] = await fake.wait_until(lambda: fake.bot_messages_in(thread["id"]), 10)
        assert "Dmitry Medvedev" in speakers_titled(first)
        # a message in the thread, no mention, no reply: a follow-up of the thread's question
        more = await fake.send_message(fake.user_message("what else did he say?", channel_id=thread["id"]))
        second = await reply_to(fake, more)
        assert second["channel_id"] == thread["id"]
        assert second["embeds"] and text_of(second) != text_of(first)
        assert speakers_titled(second) == {"Dmitry Medvedev"}
        assert not fake.replies_to(asked["id"])  # nothing in the main channel


async def test_in_a_forum_post_the_answer_goes_in_the_post(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        asked, reply = await ask_by_mention(fake, "when was the NRC created?", channel_id=fake.post_id)
        assert reply["channel_id"] == fake.post_id and reply["embeds"][0]["title"] == "28 May 2002"


# ----------------------------------------------------------------------------- Q&A channels and settings


async def test_a_qa_channel_answers_every_message_and_can_be_turned_off(engine: Engine, tmp_path: Path) -> None:
    async with running_bot(engine, app_flags=MESSAGE_CONTENT, dossier_data=tmp_path) as (fake, _client):
        await settings_command(fake, every_message=True)
    async with running_bot(engine, app_flags=MESSAGE_CONTENT, dossier_data=tmp_path) as (fake, _client):
        assert fake.identify_intents[-1] & CONTENT_INTENT
        asked = await fake.send_message(fake.user_message("when was the NRC created?"))
        assert (await reply_to(fake, asked))["embeds"][0]["title"] == "28 May 2002"
        shown = await settings_command(fake, every_message=False)
        assert "answers @mentions" in shown["content"]
        plain = await fake.send_message(fake.user_message("when was the NRC created?"))
        assert await nothing_answers(fake, plain)
        await settings_command(fake, answers=False)
        _silenced = await fake.send_message(fake.user_message(f"<@{fake.app_id}> when was the NRC created?",
                                                              mentions=(fake.app_id,)))
        assert await nothing_answers(fake, _silenced)
        _, slash = await command(fake, "ask", question="when was the NRC created?")  # slash still works
        assert slash["embeds"][0]["title"] == "28 May 2002"


async def test_without_the_content_intent_the_admin_and_the_log_are_told(
        engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async with running_bot(engine, dossier_data=tmp_path) as (fake, _client):
        shown = await settings_command(fake, every_message=True)
        assert shown["content"].endswith(CONTENT_INTENT_MISSING)
    with caplog.at_level(logging.INFO, logger="bot"):
        async with running_bot(engine, dossier_data=tmp_path) as (fake, client):
            assert not fake.identify_intents[-1] & CONTENT_INTENT  # never asked for ungranted: login would fail
            assert not client.reading_messages
            _, reply = await ask_by_mention(fake, "when was the NRC created?")  # mentions still answered
            assert reply["embeds"][0]["title"] == "28 May 2002"
    assert any("not granted the Message Content intent" in r.getMessage() for r in caplog.records)


async def test_settings_are_for_admins_only_and_checked_on_use(engine: Engine, tmp_path: Path) -> None:
    async with running_bot(engine, dossier_data=tmp_path) as (fake, client):
        registered = fake.command("dossier-settings")
        assert str(registered["default_member_permissions"]) == "32"  # Manage Server
        assert str(fake.command("dossier-reindex")["default_member_permissions"]) == "32"
        refused = await settings_command(fake, user_id="4002", permissions="2248473465835073", every_message=True)
        assert refused["content"] == NOT_ADMIN and refused["flags"] & EPHEMERAL
        assert not client.channels.get(int(fake.channel_id)).qa
        record = await fake.send_interaction(fake.slash("dossier-reindex", user_id="4002",
                                                        permissions="2248473465835073"))
        assert (await private_reply(fake, record))["content"] == NOT_ADMIN


# ----------------------------------------------------------------------------- rebuilding from Discord


async def test_reindex_while_answering_loses_no_answer(own_index: tuple[Path, Path, Engine], tmp_path: Path) -> None:
    seeds, index_dir, engine = own_index
    (seeds / "extra.txt").write_text("The Dossier test summit was held in Reykjavik on 3 March 2011.\n",
                                     encoding="utf-8")
    async with running_bot(engine, dossier_seeds=seeds, dossier_index=index_dir,
                           dossier_data=tmp_path, dossier_cooldown_rate=100) as (fake, _client):
        record = await fake.send_interaction(fake.slash("dossier-reindex", permissions=ADMIN))
        again = await fake.send_interaction(fake.slash("dossier-reindex", permissions=ADMIN))
        questions = [await fake.send_interaction(fake.slash("ask", user_id=str(5000 + i),
                                                            question="when was the NRC created?"))
                     for i in range(8)]
        assert (await private_reply(fake, again))["content"] == ALREADY_BUILDING
        for q in questions:
            message = await fake.wait_for_message(q.id, timeout=20)
            assert message["embeds"][0]["title"] == "28 May 2002"
            assert q.callback_at is not None and q.callback_at - q.sent_at < 3.0

        def finished() -> JSON | None:
            message = fake.messages.get(record.original_id or "")
            return message if message and message["content"].startswith(("✅", "❌")) else None

        done = await fake.wait_until(finished, 30)
        assert done["content"].startswith("✅") and done["flags"] & EPHEMERAL
        assert str(index_dir) not in done["content"]
        _, reply = await command(fake, "ask", question="Where was the Dossier test summit held?")
        assert "Reykjavik" in text_of(reply)  # the new index serves, with no restart
        assert reply["allowed_mentions"] == NO_PINGS


async def test_messages_share_the_question_budget_with_slash_commands(engine: Engine) -> None:
    async with running_bot(engine, dossier_cooldown_rate=2, dossier_cooldown_per=30) as (fake, _client):
        await command(fake, "ask", question="when was the NRC created?")
        await ask_by_mention(fake, "when was the NRC created?")
        _, over = await ask_by_mention(fake, "when was the NRC created?")
        assert over["content"].startswith("Slow down") and not over["embeds"]
        assert over["allowed_mentions"]["parse"] == []


async def test_buttons_of_a_reply_work_and_expire_in_place(engine: Engine) -> None:
    async with running_bot(engine, dossier_page_timeout=2.0) as (fake, _client):
        _, reply = await ask_by_mention(fake, "What did Rasmussen say?")
        assert reply["content"].startswith("Answers 1–3 of")
        click = await fake.send_interaction(fake.click(reply["id"], "dossier:next"))
        await fake.wait_for_response(click.id)
        assert fake.messages[reply["id"]]["content"].startswith("Answers 4–6 of")  # the reply itself turned

        def expired() -> bool:
            buttons = [c for row in fake.messages[reply["id"]]["components"] for c in row["components"]]
            return bool(buttons) and all(c.get("disabled") for c in buttons)

        await fake.wait_until(expired, 10)


async def test_a_mention_never_shows_the_operator_message(tmp_path: Path) -> None:
    eng = Engine(tmp_path / "no-index-here")
    async with running_bot(eng) as (fake, _client):
        _, reply = await ask_by_mention(fake, "when was the NRC created?")
    assert reply["content"] == NOT_AVAILABLE and str(tmp_path) not in reply["content"]
    eng.close()


async def test_a_reply_to_a_quote_answer_keeps_its_speaker(engine: Engine) -> None:
    async with running_bot(engine) as (fake, _client):
        _, quoted = await command(fake, "quote", speaker="Rasmussen")
        assert speakers_titled(quoted) == {"Anders Fogh Rasmussen"}
        more = await fake.send_message(fake.user_message("and about Afghanistan?", mentions=(fake.app_id,),
                                                         reply_to=quoted["id"]))
        followed = await reply_to(fake, more)
        assert speakers_titled(followed) == {"Anders Fogh Rasmussen"} and "Afghanistan" in text_of(followed)
