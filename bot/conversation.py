"""Questions asked in messages: @mentions, replies to Dossier's answers, threads, Q&A channels.

Discord delivers a message's content to a bot without the privileged Message
Content intent only when the message mentions it (a reply that pings the bot
does). So @mentions and replies work with no privileged intent; Q&A channels and
follow-ups in a thread without a mention need it (see :mod:`bot.client`).

Each answer is the one ``/ask`` would give — same pages, buttons and per-user
cooldown — sent as a reply (or in a thread), with mentions disabled. Follow-ups
are read against the conversation's previous question, which
:class:`bot.memory.Conversations` keeps in memory.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.check import asks_if_real, check_replied_message
from bot.render import Page, render_answer
from bot.replies import NO_MENTIONS, NOT_AVAILABLE, SOMETHING_WENT_WRONG, embeds_of, slow_down
from bot.text import clip
from bot.views import answer_view
from index.errors import DossierError
from index.models import Answer

if TYPE_CHECKING:
    from bot.client import DossierBot

log = logging.getLogger(__name__)

THREAD_NAME = 100  # Discord's limit on a thread's name
SLOW_DOWN_SECONDS = 10  # a "slow down" reply in a channel removes itself after this long
HOW_TO_ASK = "Ask me a question after the mention, e.g. “@Dossier what did the minister say about the budget?”"


def question_text(content: str, bot_id: int) -> str:
    """The question in a message: the bot's own mentions taken out, whitespace tidied."""
    return " ".join(re.sub(rf"<@!?{bot_id}>", " ", content).split())


def thread_name(question: str) -> str:
    return clip(question, THREAD_NAME) or "Question"


def _parent_id(channel: Any) -> int:
    """The channel whose settings apply: a thread (or forum post) follows its parent."""
    return getattr(channel, "parent_id", None) or channel.id


async def on_message(bot: DossierBot, message: discord.Message) -> None:
    if message.author.bot or message.guild is None or bot.user is None:
        return  # other bots and Dossier itself are never answered; DMs are not served
    channel = message.channel
    settings = bot.channels.get(_parent_id(channel))
    if not settings.enabled:
        return
    mentioned = any(user.id == bot.user.id for user in message.mentions)  # users only: not roles, not @everyone
    replied_to = message.reference.message_id if message.reference else None
    context = bot.conversations.get(replied_to)
    continues = replied_to if context is not None else None
    if context is None and isinstance(channel, discord.Thread):
        context = bot.conversations.get(channel.id)
        continues = channel.id if context is not None else None
    if not (mentioned or context is not None or settings.qa):
        return
    question = question_text(message.content, bot.user.id)
    if not question:
        if mentioned:
            await _reply(message, content=HOW_TO_ASK)
        return  # a message whose content Discord did not deliver (no Message Content intent)
    try:
        bot.limiter.hit(message.author.id)
    except app_commands.CommandOnCooldown as over:
        log.info("User %s is over the question budget", message.author.id)
        await _reply(message, content=slow_down(over.retry_after), delete_after=SLOW_DOWN_SECONDS)
        return
    target = message.reference.resolved if message.reference else None
    if (asks_if_real(question) and isinstance(target, discord.Message) and target.content
            and target.author.id != bot.user.id):
        await check_replied_message(bot, message, target.content)  # "is that real?" under someone's quote
        return
    try:
        answer, new_context = await asyncio.to_thread(bot.engine.follow, question, context)
        pages = render_answer(answer)
    except DossierError as exc:
        log.error("Could not answer message %s (operator action needed): %s", message.id, exc)
        await _reply(message, content=NOT_AVAILABLE)
        return
    except Exception:
        log.exception("Error while answering message %s", message.id)
        await _reply(message, content=SOMETHING_WENT_WRONG)
        return
    try:
        keys = await _send_answer(bot, message, pages, settings.threads, answer)
    except discord.HTTPException:
        log.exception("Could not send the answer to message %s", message.id)
        return
    bot.conversations.remember(keys, new_context, continues=continues)


async def _reply(message: discord.Message, **kwargs: Any) -> discord.Message | None:
    try:
        return await message.reply(**{"allowed_mentions": NO_MENTIONS, **kwargs}, mention_author=False)
    except discord.HTTPException:
        log.exception("Could not reply to message %s", message.id)
        return None


async def _send_answer(bot: DossierBot, message: discord.Message, pages: list[Page], threads: bool,
                       answer: Answer) -> list[int]:
    """The answer as a reply, or in a new thread named after the question; the ids that continue it."""
    page = pages[0]
    view = answer_view(pages, message.author.id, bot.engine, bot.settings.dossier_page_timeout, answer)
    kwargs: dict[str, Any] = {"content": page.content, "embeds": embeds_of(page), "allowed_mentions": NO_MENTIONS}
    if view is not None:
        kwargs["view"] = view
    channel = message.channel
    keys: list[int] = []
    sent: discord.Message | None
    if threads and isinstance(channel, discord.TextChannel):
        try:
            thread = await message.create_thread(name=thread_name(question_text(message.content, bot.user.id)))
        except discord.HTTPException:
            log.warning("Could not open a thread in channel %s; answering in place", channel.id)
        else:
            sent = await thread.send(**kwargs)
            keys += [sent.id, thread.id]
            if view is not None:
                view.message = sent
            return keys
    sent = await _reply(message, **kwargs)
    if sent is not None:
        keys.append(sent.id)
        if view is not None:
            view.message = sent
    if isinstance(channel, discord.Thread):  # a thread Dossier answers in (its own, or a forum post)
        keys.append(channel.id)
    return keys
