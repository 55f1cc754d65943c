"""Where Dossier's files live, and whether the environment sets a setting: no pydantic-settings here.

:mod:`index.settings` reads every setting with pydantic-settings, which takes a tenth of a
second to import (it brings ``asyncio``, ``ssl`` and ``dotenv``). A one-file rebuild reads a
single setting and must finish in half a second, so the folders and the one question it
needs — does the environment or ``.env`` mention this setting at all? — live here.
"""

from __future__ import annotations

import os
from pathlib import Path

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

FOLLOW_LINKS_DEFAULT = False  # DOSSIER_FOLLOW_LINKS unset: links out of the sources folder are not followed


def mentioned(setting: str) -> bool:
    """Whether the environment or the settings file may set ``setting`` (matched without case, as
    pydantic-settings matches names). When neither does, the setting has its default for certain.
    A settings file that exists but cannot be read counts as mentioning it: the caller then reads
    the settings the full way, and says what is wrong as it always did."""
    wanted = setting.lower()
    if any(key.lower() == wanted for key in os.environ):
        return True
    try:
        text = ENV_FILE.read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return wanted.encode() in text.lower()
