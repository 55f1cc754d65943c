"""Getting a reply to the user in time, whatever state the interaction is in.

Discord drops an interaction that is not acknowledged within 3 seconds and
refuses a second acknowledgement, so every send goes through here: the first
reply is the interaction response, later ones edit it or follow up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import discord

from bot.render import Page
from index.errors import DossierError

log = logging.getLogger(__name__)
T = TypeVar("T")

NO_MENTIONS = discord.AllowedMentions.none()
# Well inside Discord's 3 s: the engine usually answers first and we reply in one step.
DEFER_AFTER = 1.0

SOMETHING_WENT_WRONG = "Sorry, something went wrong while answering that. Please try again in a moment."
# A DossierError is written for whoever runs the bot (a server path, "run `dossier build`"): it goes to
# the log, and the person in Discord gets this instead.
NOT_AVAILABLE = ("Sorry, I can't look anything up right now: my sources are not available. "
                 "The people who run this bot have been told; please try again later.")


def slow_down(retry_after: float) -> str:
    seconds = max(1, round(retry_after))
    return f"Slow down a little: you can ask again in {seconds} second{'s' * (seconds != 1)}."


async def run_engine(
    interaction: discord.Interaction, fn: Callable[..., T], *args: Any, ephemeral: bool = False
) -> T:
    """Run a (blocking) engine call off the event loop; defer if it takes a while."""
    task = asyncio.ensure_future(asyncio.to_thread(fn, *args))
    try:
        return await asyncio.wait_for(asyncio.shield(task), DEFER_AFTER)
    except TimeoutError:
        if not interaction.response.is_done():
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)
        return await task


def embeds_of(page: Page) -> list[discord.Embed]:
    return [discord.Embed.from_dict(e) for e in page.embeds]


async def send_page(
    interaction: discord.Interaction,
    page: Page,
    *,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
) -> int | None:
    """Show ``page`` as this interaction's answer, whether or not we deferred; the message's id when known."""
    kwargs: dict[str, Any] = {"content": page.content, "embeds": embeds_of(page), "allowed_mentions": NO_MENTIONS}
    if view is not None:
        kwargs["view"] = view
    if not interaction.response.is_done():
        response = await interaction.response.send_message(**kwargs, ephemeral=ephemeral)
        return response.message_id if response is not None else None
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        return (await interaction.edit_original_response(**kwargs)).id
    sent = await interaction.followup.send(**{k: v for k, v in kwargs.items() if v is not None}, ephemeral=ephemeral,
                                           wait=True)
    return sent.id


async def tell(interaction: discord.Interaction, text: str) -> None:
    """A short private note to the user (errors, refusals); never raises.

    After a public deferral Discord turns the first followup into the visible
    "thinking" message, ignoring the ephemeral flag, so that placeholder is
    deleted first: the note stays private and no "is thinking…" lingers.
    """
    if interaction.type is discord.InteractionType.autocomplete:
        return  # autocomplete can only answer with choices; the caller has logged the problem
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                log.info("Could not remove the placeholder of interaction %s", interaction.id)
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.exception("Could not tell the user about a problem (interaction %s)", interaction.id)


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """The one place failures become messages: the user gets a sentence, the log the traceback."""
    original = getattr(error, "original", error)
    if isinstance(error, discord.app_commands.CommandOnCooldown):
        log.info("User %s is over the question budget", interaction.user.id)
        await tell(interaction, slow_down(error.retry_after))
    elif isinstance(original, DossierError):
        log.error("Could not answer interaction %s (operator action needed): %s", interaction.id, original)
        await tell(interaction, NOT_AVAILABLE)
    else:
        log.error("Error while handling interaction %s", interaction.id, exc_info=original)
        await tell(interaction, SOMETHING_WENT_WRONG)
