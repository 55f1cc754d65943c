"""Where things live, from the environment or ``.env`` (never from code).

Every default path is resolved from one place, :func:`home`, so a command gives the
same answer from any current folder (``cd /tmp && dossier ask …`` used to answer
"No index at var/index"). The folders themselves are found in :mod:`index.environment`,
which a one-file rebuild reads without importing pydantic-settings.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.environment import APP, ENV_FILE, FOLLOW_LINKS_DEFAULT, HOME, checkout_root, home, user_data_dir

__all__ = ["APP", "ENV_FILE", "HOME", "IndexSettings", "checkout_root", "home", "user_data_dir"]


class IndexSettings(BaseSettings):
    """Locations shared by the CLI and the bot.

    ``DOSSIER_SEEDS`` is the folder of source documents, ``DOSSIER_INDEX`` the
    folder that holds the index generations. Defaults are ``seeds`` and
    ``var/index`` inside :data:`HOME` (the project folder of a source checkout,
    otherwise the per-user data folder); ``.env`` is read from there too
    (``DOSSIER_ENV_FILE`` names another file). A
    relative value is taken from :data:`HOME` as well, so ``DOSSIER_INDEX=var/index``
    in ``.env`` means the same folder whichever folder a command runs from.
    """

    model_config = SettingsConfigDict(env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore")

    dossier_seeds: Path = HOME / "seeds"
    dossier_index: Path = HOME / "var" / "index"
    dossier_log_level: str = "INFO"
    dossier_follow_links: bool = FOLLOW_LINKS_DEFAULT  # index files that links in the sources folder point to outside it

    @field_validator("dossier_seeds", "dossier_index")
    @classmethod
    def _from_home(cls, value: Path) -> Path:
        return HOME / Path(value).expanduser()
