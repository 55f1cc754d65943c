"""Server admins' commands: ``/dossier-settings`` (per channel) and ``/dossier-reindex``.

Both are registered with ``default_permissions`` Manage Server, so Discord shows them
only to members who have it — and both check it again on use, because a server can
override who sees a command. Their replies are private to the admin.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.channels import ChannelSettings
from bot.replies import NO_MENTIONS
from index.errors import DossierError
from index.models import BuildReport

if TYPE_CHECKING:
    from bot.client import DossierBot

    Interaction = discord.Interaction[DossierBot]
else:
    Interaction = discord.Interaction

log = logging.getLogger(__name__)

NOT_ADMIN = "Only members with the Manage Server permission can change Dossier's settings."
PROGRESS_EVERY = 1.0  # seconds between edits of the progress message (Discord rate-limits edits)
ALREADY_BUILDING = ("A rebuild is already running; I'll keep answering from the current index until it is done. "
                    "Try again when it has finished.")
CONTENT_INTENT_MISSING = (
    "⚠️ Dossier was not granted the **Message Content** intent, so it cannot read messages that do not "
    "mention it: Q&A channels and thread follow-ups without a mention stay silent. Enable it in the "
    "Developer Portal (Bot → Privileged Gateway Intents), then restart Dossier.")
CONTENT_INTENT_RESTART = ("Dossier reads messages here only after a restart: it asks Discord for the "
                          "Message Content intent at start-up, when a channel needs it.")


def _is_admin(interaction: Interaction) -> bool:
    return bool(interaction.guild) and interaction.permissions.manage_guild


async def _refuse(interaction: Interaction) -> None:
    log.info("User %s may not use /%s", interaction.user.id, interaction.command.name if interaction.command else "?")
    await interaction.response.send_message(NOT_ADMIN, ephemeral=True, allowed_mentions=NO_MENTIONS)


def intent_note(bot: DossierBot, settings: ChannelSettings) -> str | None:
    """What an admin must know about the Message Content intent for these settings, if anything."""
    if not settings.reads_messages:
        return None
    if not bot.content_granted:
        return CONTENT_INTENT_MISSING
    if not bot.reading_messages:
        return CONTENT_INTENT_RESTART
    return None


@app_commands.command(name="dossier-settings", description="How Dossier answers messages in this channel")
@app_commands.describe(answers="Answer messages here at all (slash commands always work)",
                       every_message="A Q&A channel: every message is a question, no @mention needed",
                       threads="Answer in a new thread named after the question")
@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
async def dossier_settings(interaction: Interaction, answers: bool | None = None, every_message: bool | None = None,
                           threads: bool | None = None) -> None:
    if not _is_admin(interaction):
        await _refuse(interaction)
        return
    bot = interaction.client
    channel = interaction.channel
    channel_id = getattr(channel, "parent_id", None) or interaction.channel_id
    assert channel_id is not None and interaction.guild_id is not None
    current = bot.channels.get(channel_id)
    changed = ChannelSettings(
        enabled=current.enabled if answers is None else answers,
        mention_required=current.mention_required if every_message is None else not every_message,
        threads=current.threads if threads is None else threads)
    if changed != current:
        await asyncio.to_thread(bot.channels.set, interaction.guild_id, channel_id, changed)
        log.info("Channel %s settings changed by %s: %s", channel_id, interaction.user.id, changed)
    lines = [f"<#{channel_id}>: {changed.describe()}"]
    if note := intent_note(bot, changed):
        lines.append(note)
    await interaction.response.send_message("\n".join(lines), ephemeral=True, allowed_mentions=NO_MENTIONS)


def build_summary(report: BuildReport) -> str:
    """What the admin reads when the rebuild is done (no server paths)."""
    kind = "Updated" if report.incremental else "Rebuilt"
    text = (f"✅ {kind} the index: {report.sources} sources, {report.passages} passages, "
            f"{report.quotations} quotations in {report.seconds:.1f} s.")
    if report.incremental:
        text += (f" Changed {report.changed}, added {report.added}, removed {report.removed}, "
                 f"unchanged {report.unchanged}.")
    if report.skipped:
        text += f" Skipped {len(report.skipped)} file(s) that could not be read."
    return text


@app_commands.command(name="dossier-reindex", description="Rebuild Dossier's index from its sources folder")
@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
async def dossier_reindex(interaction: Interaction) -> None:
    if not _is_admin(interaction):
        await _refuse(interaction)
        return
    bot = interaction.client
    if bot.build_task is not None and not bot.build_task.done():
        await interaction.response.send_message(ALREADY_BUILDING, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    # The task is registered before anything is awaited, so a second /dossier-reindex arriving
    # meanwhile already sees it and is refused.
    bot.build_task = asyncio.create_task(_rebuild(bot, interaction))


async def _rebuild(bot: DossierBot, interaction: Interaction) -> None:
    """The same build as ``dossier build``, in a thread; one progress message, edited in place."""
    from index.store.build import build_index

    await interaction.response.send_message("⏳ Rebuilding the index…", ephemeral=True, allowed_mentions=NO_MENTIONS)
    done_total = [0, 0]

    def progress(done: int, total: int) -> None:  # called from the build's thread
        done_total[:] = [done, total]

    async def show_progress() -> None:
        shown = None
        while True:
            await asyncio.sleep(PROGRESS_EVERY)
            if done_total != shown and done_total[1]:
                shown = list(done_total)
                await _edit(interaction, f"⏳ Rebuilding the index… {shown[0]}/{shown[1]} sources")

    ticker = asyncio.create_task(show_progress())
    try:
        report = await asyncio.to_thread(build_index, bot.settings.dossier_seeds, bot.settings.dossier_index,
                                         progress=progress)
    except DossierError as exc:
        log.error("Rebuild from Discord failed: %s", exc)
        text = f"❌ The rebuild failed; the previous index keeps serving. {exc}"
    except Exception:
        log.exception("Rebuild from Discord failed")
        text = "❌ The rebuild failed; the previous index keeps serving. The details are in the bot's log."
    else:
        log.info("Rebuild from Discord: %s", report.model_dump(mode="json"))
        text = build_summary(report)
    finally:
        ticker.cancel()
        await asyncio.gather(ticker, return_exceptions=True)
    await _edit(interaction, text)


async def _edit(interaction: Interaction, text: str) -> None:
    try:
        await interaction.edit_original_response(content=text[:2000], allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.info("Could not update the rebuild message of interaction %s", interaction.id)


ADMIN_COMMANDS: tuple[app_commands.Command, ...] = (dossier_settings, dossier_reindex)
