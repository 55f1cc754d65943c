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

import discord
from pydantic import ValidationError

from bot.settings import BotSettings
from index.answer.engine import Engine
from index.errors import DossierError
from index.store.ensure import ensure_index

log = logging.getLogger("bot")


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
            print("Discord refused DISCORD_TOKEN. Copy the bot token again from the developer portal "
                  "(Bot → Reset Token) into .env.", file=sys.stderr)
            return 1
    return 0


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
    except DossierError as exc:
        print(f"dossier: {exc}", file=sys.stderr)
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
