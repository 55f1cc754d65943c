"""Where things live, from the environment or ``.env`` (never from code).

Every default path is resolved from one place, :func:`home`, so a command gives the
same answer from any current folder (``cd /tmp && dossier ask …`` used to answer
"No index at var/index").
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

APP = "dossier"


def checkout_root(module_file: str | Path = __file__) -> Path | None:
    """The source checkout this code runs from, or ``None`` for an installed copy.

    A checkout is recognised by its ``pyproject.toml`` beside the ``index`` package:
    an editable install (``make run``) runs from it, a wheel in site-packages does not.
    """
    root = Path(module_file).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "index" / "settings.py").is_file():
        return root
    return None


def user_data_dir() -> Path:
    """The per-user data folder of an installed copy: ``$XDG_DATA_HOME/dossier`` or ``~/.local/share/dossier``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP


def home(module_file: str | Path = __file__) -> Path:
    """The one folder default paths and ``.env`` are taken from: the checkout, else the per-user folder."""
    return checkout_root(module_file) or user_data_dir()


HOME = home()
# The settings file: ``.env`` in :data:`HOME`, or the file DOSSIER_ENV_FILE names (tests point
# it away from a developer's real ``.env``, which may hold a live token).
ENV_FILE = Path(os.environ.get("DOSSIER_ENV_FILE") or HOME / ".env")


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
    dossier_follow_links: bool = False  # index files that links in the sources folder point to outside it

    @field_validator("dossier_seeds", "dossier_index")
    @classmethod
    def _from_home(cls, value: Path) -> Path:
        return HOME / Path(value).expanduser()
