"""The Discord client: registers the commands, routes every failure to one handler."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord import app_commands

from bot.check import check_menu
from bot.commands import COMMANDS
from bot.engine import EngineLike
from bot.limiter import Limiter
from bot.replies import NO_MENTIONS, report_error, tell
from bot.settings import BotSettings

log = logging.getLogger(__name__)

SCOPES = ("bot", "applications.commands")
# A live view answers a click at once (or defers within a second); a click that is still
# unanswered after this long belongs to buttons whose view is gone (timed out, bot restarted).
ORPHAN_CLICK_GRACE = 2.0
EXPIRED = "These buttons have expired. Ask the question again to get fresh ones."


class DossierTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report_error(interaction, error)


class DossierBot(discord.Client):
    """Needs no privileged intents: slash commands arrive as interactions, not messages."""

    def __init__(self, engine: EngineLike, settings: BotSettings, **options: Any) -> None:
        super().__init__(intents=discord.Intents(guilds=True), allowed_mentions=NO_MENTIONS, **options)
        self.engine = engine
        self.settings = settings
        self.limiter = Limiter(settings.dossier_cooldown_rate, settings.dossier_cooldown_per)
        self.tree = DossierTree(self)
        for command in COMMANDS:
            self.tree.add_command(command)
        self.tree.add_command(check_menu)  # right-click a message → Apps → Check quotes

    async def setup_hook(self) -> None:
        guild_id = self.settings.discord_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Registered %d commands in guild %s (available at once)", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("Registered %d global commands (Discord may take up to an hour to show them)", len(synced))

    async def on_ready(self) -> None:
        log.info("Logged in as %s; ready for questions", self.user)
        if self.application_id:
            url = discord.utils.oauth_url(self.application_id, scopes=SCOPES)
            log.info("Invite the bot to a server with %s", url)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Answer clicks on Dossier buttons that no live view picked up, so none fails silently."""
        if interaction.type is not discord.InteractionType.component:
            return
        custom_id = str((interaction.data or {}).get("custom_id", ""))
        if not custom_id.startswith("dossier:"):
            return
        await asyncio.sleep(ORPHAN_CLICK_GRACE)
        if not interaction.response.is_done():
            await tell(interaction, EXPIRED)
