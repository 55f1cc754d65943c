"""Where things live, from the environment or ``.env`` (never from code)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class IndexSettings(BaseSettings):
    """Locations shared by the CLI and the bot.

    ``DOSSIER_SEEDS`` is the folder of source documents, ``DOSSIER_INDEX`` the
    folder that holds the index generations. Relative paths are taken from the
    current directory, so ``make run`` in a checkout just works.
    """

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    dossier_seeds: Path = Path("seeds")
    dossier_index: Path = Path("var/index")
    dossier_log_level: str = "INFO"
