"""Bot configuration, from the environment or ``.env`` (see ``.env.example``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from index.settings import IndexSettings


class BotSettings(IndexSettings):
    """Everything ``python -m bot`` needs; without a token it starts the local console.

    The token is a ``SecretStr`` so that printing or logging the settings can
    never leak it. Empty values (``DISCORD_GUILD_ID=`` as copied from
    ``.env.example``) count as unset rather than as invalid.
    """

    model_config = SettingsConfigDict(**{**IndexSettings.model_config, "env_ignore_empty": True})

    discord_token: SecretStr | None = Field(default=None, description="bot token; unset = local console")
    discord_guild_id: int | None = Field(default=None, description="sync commands to this guild (instant)")
    dossier_cooldown_rate: int = Field(default=4, ge=1, description="questions a user may ask per period")
    dossier_cooldown_per: float = Field(default=10.0, gt=0, description="cooldown period in seconds")
    dossier_page_timeout: float = Field(default=600.0, gt=0, description="seconds the page buttons stay live")
    dossier_data: Path | None = Field(default=None, description="folder of the bot's own files "
                                      "(per-channel settings); default: the folder holding the index")
    dossier_conversations: int = Field(default=500, ge=1, description="conversations remembered for follow-ups")
    dossier_conversation_minutes: float = Field(default=30.0, gt=0,
                                                description="minutes a conversation is remembered after its last question")

    @property
    def data_dir(self) -> Path:
        return self.dossier_data if self.dossier_data is not None else self.dossier_index.parent

    @property
    def token(self) -> str | None:
        """The token text, or ``None`` when it is unset or blank (then the console starts)."""
        if self.discord_token is None:
            return None
        value = self.discord_token.get_secret_value().strip()
        return value or None
