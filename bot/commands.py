"""The slash commands: each turns its options into one engine call and the result into pages.

Names, descriptions and option limits come from :mod:`index.present.commands`,
the table the CLI and the console read too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.check import check
from bot.render import Page, render_answer, render_hits, render_sources
from bot.replies import run_engine, send_page
from bot.text import clip
from bot.views import answer_view
from index.answer.followup import remember
from index.answer.question import quote_question, when_question
from index.models import Answer, ParsedQuestion
from index.present.commands import ASK, QUOTE, SEARCH, SOURCES, WHEN, Command

if TYPE_CHECKING:
    from bot.client import DossierBot

    Interaction = discord.Interaction[DossierBot]
else:
    Interaction = discord.Interaction

Callback = Callable[..., Coroutine[Any, Any, None]]
log = logging.getLogger(__name__)
AUTOCOMPLETE_BUDGET = 2.0  # autocomplete cannot be deferred: answer with nothing rather than late


def _count_question(interaction: Interaction) -> bool:
    interaction.client.limiter.hit(interaction.user.id)
    return True


cooldown = app_commands.check(_count_question)


async def _answer(interaction: Interaction, pages: Sequence[Page], answer: Answer | None = None) -> int | None:
    """Send the first page (with the page buttons when wanted, and 👍/👎 when ``answer`` answers);
    the id of the message, when known."""
    bot = interaction.client
    view = answer_view(pages, interaction.user.id, bot.engine, bot.settings.dossier_page_timeout, answer)
    if view is None:
        return await send_page(interaction, pages[0])
    view.interaction = interaction
    return await send_page(interaction, pages[0], view=view)


def declared(spec: Command) -> Callable[[Callback], app_commands.Command]:
    """Name, description and option descriptions from the one table of commands."""

    def wrap(callback: Callback) -> app_commands.Command:
        described = app_commands.describe(**{o.name: o.description for o in spec.options})(callback)
        return app_commands.command(name=spec.name, description=spec.description)(described)

    return wrap


# Option lengths as Range bounds, from the same table (annotations are evaluated against these names).
QUESTION_MAX = ASK.option("question").max_length
SPEAKER_MAX, TOPIC_MAX = QUOTE.option("speaker").max_length, QUOTE.option("topic").max_length
EVENT_MAX, QUERY_MAX = WHEN.option("event").max_length, SEARCH.option("query").max_length


@declared(ASK)
@cooldown
async def ask(interaction: Interaction, question: app_commands.Range[str, 1, QUESTION_MAX]) -> None:
    answer, context = await run_engine(interaction, interaction.client.engine.follow, question)
    message_id = await _answer(interaction, render_answer(answer), answer)
    if message_id is not None:  # a reply to this answer is a follow-up of its question
        interaction.client.conversations.remember([message_id], context)


def _converse(interaction: Interaction, message_id: int | None, asked: ParsedQuestion, answer: Answer) -> None:
    """A reply to a /quote or /when answer follows on from the question those options ask."""
    if message_id is not None:
        interaction.client.conversations.remember([message_id], remember(asked, answer))


@declared(QUOTE)
@cooldown
async def quote(interaction: Interaction, speaker: app_commands.Range[str, 1, SPEAKER_MAX],
                topic: app_commands.Range[str, 1, TOPIC_MAX] | None = None) -> None:
    answer = await run_engine(interaction, interaction.client.engine.quote, speaker, topic)
    message_id = await _answer(interaction, render_answer(answer), answer)
    _converse(interaction, message_id, quote_question(speaker, topic), answer)


@quote.autocomplete("speaker")
async def speaker_autocomplete(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
    engine = interaction.client.engine
    try:
        speakers = await asyncio.wait_for(asyncio.to_thread(engine.match_speakers, current, 25), AUTOCOMPLETE_BUDGET)
    except Exception:
        log.exception("Speaker suggestions failed for %r", current)
        return []
    choices = []
    for speaker in speakers[:25]:
        n = speaker.quotation_count
        label = f"{speaker.name} ({n} quotation{'s' * (n != 1)})" if n else speaker.name
        choices.append(app_commands.Choice(name=clip(label, 100), value=clip(speaker.name, 100)))
    return choices


@declared(WHEN)
@cooldown
async def when(interaction: Interaction, event: app_commands.Range[str, 1, EVENT_MAX]) -> None:
    answer = await run_engine(interaction, interaction.client.engine.when, event)
    message_id = await _answer(interaction, render_answer(answer), answer)
    _converse(interaction, message_id, when_question(event), answer)


@declared(SEARCH)
@cooldown
async def search(interaction: Interaction, query: app_commands.Range[str, 1, QUERY_MAX]) -> None:
    hits = await run_engine(interaction, interaction.client.engine.search, query, 10)
    await _answer(interaction, render_hits(query, hits))


@declared(SOURCES)
@cooldown
async def sources(interaction: Interaction) -> None:
    engine = interaction.client.engine
    summaries, generation = await run_engine(interaction, lambda: (engine.sources(), engine.generation()))
    await _answer(interaction, render_sources(summaries, generation))


COMMANDS: tuple[app_commands.Command, ...] = (ask, quote, when, search, sources, check)
