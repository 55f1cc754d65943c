"""The Discord client: registers the commands, routes every failure to one handler."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord import app_commands

from bot.admin import ADMIN_COMMANDS
from bot.channels import ChannelStore
from bot.check import check_menu
from bot.commands import COMMANDS
from bot.conversation import on_message
from bot.engine import EngineLike
from bot.limiter import Limiter
from bot.memory import Conversations
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


CHANNELS_FILE = "channels.sqlite"
MESSAGE_CONTENT = 1 << 18  # application flags: the Message Content intent is granted…
MESSAGE_CONTENT_LIMITED = 1 << 19  # …or granted while the bot is in fewer than 100 servers


class DossierBot(discord.Client):
    """Slash commands arrive as interactions; @mentions and replies as messages (guild_messages, not
    privileged: Discord sends the content of a message that mentions the bot). The privileged Message
    Content intent is asked for only when a channel needs it (a Q&A channel, or threads without a
    mention), and only when the application was granted it."""

    def __init__(self, engine: EngineLike, settings: BotSettings, **options: Any) -> None:
        self.channels = ChannelStore(settings.data_dir / CHANNELS_FILE)
        self.wants_content = self.channels.reading_channels() > 0
        intents = discord.Intents(guilds=True, guild_messages=True, message_content=self.wants_content)
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, **options)
        self.engine = engine
        self.settings = settings
        self.limiter = Limiter(settings.dossier_cooldown_rate, settings.dossier_cooldown_per)
        self.conversations = Conversations(settings.dossier_conversations,
                                           settings.dossier_conversation_minutes * 60)
        self.content_granted = False
        self.build_task: asyncio.Task[None] | None = None
        self.tree = DossierTree(self)
        for command in (*COMMANDS, *ADMIN_COMMANDS):
            self.tree.add_command(command)
        self.tree.add_command(check_menu)  # right-click a message → Apps → Check quotes

    @property
    def reading_messages(self) -> bool:
        """True when this session reads every message (the Message Content intent was requested)."""
        return self.intents.message_content

    async def _check_content_intent(self) -> None:
        """Find out whether Message Content was granted; never request it when it was not (Discord
        would refuse the connection), and say so clearly at start-up."""
        info = await self.application_info()
        flags = info.flags.value
        self.content_granted = bool(flags & (MESSAGE_CONTENT | MESSAGE_CONTENT_LIMITED))
        reading = self.channels.reading_channels()
        if not reading:
            log.info("No channel reads every message: the Message Content intent is not requested. "
                     "Dossier answers slash commands, @mentions and replies to its answers.")
        elif self.content_granted:
            log.info("%d channel(s) read every message (Q&A or threads): Message Content intent requested.",
                     reading)
        else:
            self._connection._intents.message_content = False  # asking for it ungranted fails the login
            log.warning("%d channel(s) are set to read every message (Q&A or threads), but this application "
                        "was not granted the Message Content intent. Enable it in the Developer Portal (Bot → "
                        "Privileged Gateway Intents) and restart; until then Dossier answers there only "
                        "when mentioned.", reading)

    async def on_message(self, message: discord.Message) -> None:
        await on_message(self, message)

    async def close(self) -> None:
        if self.build_task is not None and not self.build_task.done():
            self.build_task.cancel()
        await super().close()
        self.channels.close()

    async def setup_hook(self) -> None:
        await self._check_content_intent()
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
