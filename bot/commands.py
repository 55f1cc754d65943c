"""The slash commands: each turns its options into one engine call and the result into pages."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.render import Page, render_answer, render_hits, render_sources
from bot.replies import run_engine, send_page
from bot.text import clip
from bot.views import AnswerView

if TYPE_CHECKING:
    from bot.client import DossierBot

    Interaction = discord.Interaction[DossierBot]
else:
    Interaction = discord.Interaction

log = logging.getLogger(__name__)
AUTOCOMPLETE_BUDGET = 2.0  # autocomplete cannot be deferred: answer with nothing rather than late


def _count_question(interaction: Interaction) -> bool:
    interaction.client.limiter.hit(interaction.user.id)
    return True


cooldown = app_commands.check(_count_question)


async def _answer(interaction: Interaction, pages: Sequence[Page]) -> None:
    bot = interaction.client
    if not AnswerView.wanted(pages):
        await send_page(interaction, pages[0])
        return
    view = AnswerView(pages, interaction.user.id, bot.engine, timeout=bot.settings.dossier_page_timeout)
    view.interaction = interaction
    await send_page(interaction, pages[0], view=view)


@app_commands.command(name="ask", description="Ask anything about the sources: who said what, when, or where")
@app_commands.describe(question="Your question, e.g. “What did Medvedev say about missile defense?”")
@cooldown
async def ask(interaction: Interaction, question: app_commands.Range[str, 1, 300]) -> None:
    answer = await run_engine(interaction, interaction.client.engine.ask, question)
    await _answer(interaction, render_answer(answer))


@app_commands.command(name="quote", description="Quotations by one person or organisation, most relevant first")
@app_commands.describe(speaker="Who said it (pick from the list or type a name)",
                       topic="Only quotations about this, e.g. “missile defense”")
@cooldown
async def quote(interaction: Interaction, speaker: app_commands.Range[str, 1, 100],
                topic: app_commands.Range[str, 1, 200] | None = None) -> None:
    answer = await run_engine(interaction, interaction.client.engine.quote, speaker, topic)
    await _answer(interaction, render_answer(answer))


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


@app_commands.command(name="when", description="Find the date of an event and the sentence that states it")
@app_commands.describe(event="The event, e.g. “the Lisbon summit” or “the NATO-Russia Council was created”")
@cooldown
async def when(interaction: Interaction, event: app_commands.Range[str, 1, 300]) -> None:
    answer = await run_engine(interaction, interaction.client.engine.when, event)
    await _answer(interaction, render_answer(answer))


@app_commands.command(name="search", description="Search the sources for passages containing your words")
@app_commands.describe(query="Words to look for, e.g. “missile defense cooperation”")
@cooldown
async def search(interaction: Interaction, query: app_commands.Range[str, 1, 300]) -> None:
    hits = await run_engine(interaction, interaction.client.engine.search, query, 10)
    await _answer(interaction, render_hits(query, hits))


@app_commands.command(name="sources", description="List the documents Dossier answers from")
@cooldown
async def sources(interaction: Interaction) -> None:
    summaries = await run_engine(interaction, interaction.client.engine.sources)
    await _answer(interaction, render_sources(summaries))


COMMANDS: tuple[app_commands.Command, ...] = (ask, quote, when, search, sources)
