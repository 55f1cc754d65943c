"""Per-channel settings, in a small SQLite file under the data folder (they survive restarts).

For each channel an admin may turn Dossier's answers to messages off, let it answer
every message without an @mention (a Q&A channel), and have it answer in a thread
named after the question. Slash commands work everywhere regardless. A channel never
configured has the defaults: answers @mentions and replies, in place.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """CREATE TABLE IF NOT EXISTS channel_settings (
    channel_id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    enabled INTEGER NOT NULL,
    mention_required INTEGER NOT NULL,
    threads INTEGER NOT NULL
)"""


@dataclass(frozen=True)
class ChannelSettings:
    enabled: bool = True  # off: Dossier answers no message there (slash commands still work)
    mention_required: bool = True  # off: every message is a question (a Q&A channel)
    threads: bool = False  # answer in a thread named after the question

    @property
    def qa(self) -> bool:
        return self.enabled and not self.mention_required

    @property
    def reads_messages(self) -> bool:
        """True when Dossier must read messages that do not mention it (Message Content intent)."""
        return self.enabled and (not self.mention_required or self.threads)

    def describe(self) -> str:
        if not self.enabled:
            return "Dossier answers no messages here (slash commands still work)."
        who = "every message is a question" if not self.mention_required else "answers @mentions and replies"
        where = "in a thread named after the question" if self.threads else "in place"
        return f"Dossier {who}, {where}." if self.mention_required else f"Q&A channel: {who}, answered {where}."


class ChannelStore:
    """The settings file; thread-safe, one small transaction per change."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        with self._lock, self._db:
            self._db.execute(SCHEMA)

    def get(self, channel_id: int) -> ChannelSettings:
        with self._lock:
            row = self._db.execute("SELECT enabled, mention_required, threads FROM channel_settings "
                                   "WHERE channel_id = ?", (channel_id,)).fetchone()
        return ChannelSettings(*map(bool, row)) if row else ChannelSettings()

    def set(self, guild_id: int, channel_id: int, settings: ChannelSettings) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO channel_settings VALUES (?, ?, ?, ?, ?)",
                             (channel_id, guild_id, settings.enabled, settings.mention_required, settings.threads))

    def reading_channels(self) -> int:
        """How many channels need Dossier to read messages that do not mention it."""
        with self._lock:
            rows = self._db.execute("SELECT enabled, mention_required, threads FROM channel_settings").fetchall()
        return sum(ChannelSettings(*map(bool, r)).reads_messages for r in rows)

    def close(self) -> None:
        with self._lock:
            self._db.close()
