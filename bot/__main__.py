"""``python -m bot`` / ``dossier bot``: the Discord bot, or the local console without a token.

The index is built from the seeds first when there is none, so a fresh checkout
answers questions on the first ``make run`` — before anyone has created a
Discord application.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Sequence

import aiohttp
import discord
from pydantic import ValidationError

from bot.settings import BotSettings
from index.answer.engine import Engine
from index.errors import ConfigError, DossierError
from index.store.ensure import ensure_index

log = logging.getLogger("bot")

# Dossier has no voice: discord.py's "PyNaCl (or davey) is not installed, voice will NOT be
# supported" warnings only worry operators. These are discord.py's own switches.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False

EXIT_DISCORD = 1  # Discord refused the token or could not be reached


def configure_logging(level: str) -> None:
    """One stderr handler for our logs and discord.py's; the level comes from DOSSIER_LOG_LEVEL.

    discord.py never logs the token, and neither do we: settings hold it as a SecretStr.
    """
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    logging.basicConfig(level=numeric, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)


async def run_discord(engine: Engine, settings: BotSettings, token: str) -> int:
    from bot.client import DossierBot

    async with DossierBot(engine, settings) as bot:
        try:
            await bot.start(token)
        except discord.LoginFailure:
            _say(f"dossier: Discord refused DISCORD_TOKEN. Copy the bot token again from the developer portal "
                 f"(Bot → Reset Token) into .env. Exit status {EXIT_DISCORD}.")
            return EXIT_DISCORD
        except (aiohttp.ClientError, OSError, TimeoutError, discord.GatewayNotFound,
                discord.DiscordServerError) as exc:
            _say(f"dossier: cannot reach Discord ({_reason(exc)}). Check the network connection (and a proxy "
                 f"or firewall), and that DISCORD_TOKEN is the bot's token. Exit status {EXIT_DISCORD}.")
            return EXIT_DISCORD
    return 0


def _reason(exc: BaseException) -> str:
    """A few words on why a connection failed, without a traceback (the token is never in it)."""
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"no connection to {exc.host}: {exc.os_error.strerror or type(exc.os_error).__name__}"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the bot when DISCORD_TOKEN is set, the console otherwise; returns the exit status."""
    try:
        settings = BotSettings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        print(f"dossier: invalid configuration ({problems}). See .env.example.", file=sys.stderr)
        return 2
    configure_logging(settings.dossier_log_level)
    try:
        ensure_index(settings.dossier_seeds, settings.dossier_index, _say)
    except ConfigError as exc:
        _say(f"dossier: {exc}")
        return 2
    except DossierError as exc:
        _say(f"dossier: {exc}")
        return 1
    engine = Engine(settings.dossier_index)
    try:
        token = settings.token
        if token is None:
            from bot.console import run_console

            return run_console(engine, sys.stdin, sys.stdout)
        try:
            return asyncio.run(run_discord(engine, settings, token))
        except KeyboardInterrupt:
            return 0
    finally:
        engine.close()


if __name__ == "__main__":
    raise SystemExit(main())
