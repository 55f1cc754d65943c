"""👍/👎 feedback on answers and verdicts, kept for the operator in the index folder's SQLite file.

It lives beside the generations (``var/index/feedback.sqlite``), not inside one, so a
rebuild keeps it; each row names the generation it judged. User ids are stored only as
a salted SHA-256: the salt is made once per file, so a hash cannot be reversed by
hashing every possible Discord id, and two clicks by one person still group together.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
import time
from pathlib import Path

from index.models import Feedback

FEEDBACK_FILE = "feedback.sqlite"
_FIELDS = ("at", "vote", "kind", "question", "quote", "source_id", "paragraph", "start", "end", "generation", "user")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS salt (value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (
    at TEXT NOT NULL, vote TEXT NOT NULL, kind TEXT NOT NULL, question TEXT NOT NULL, quote TEXT,
    source_id TEXT, paragraph INTEGER, start INTEGER, "end" INTEGER, generation TEXT, user TEXT NOT NULL);
"""
VOTES = ("up", "down")
_COLUMNS = ", ".join(f'"{f}"' for f in _FIELDS)


class FeedbackStore:
    """Append and list feedback; safe to call from the bot's worker threads."""

    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / FEEDBACK_FILE
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5)
        db.executescript(_SCHEMA)
        return db

    def _salt(self, db: sqlite3.Connection) -> str:
        row = db.execute("SELECT value FROM salt LIMIT 1").fetchone()
        if row:
            return row[0]
        salt = secrets.token_hex(16)
        db.execute("INSERT INTO salt VALUES (?)", (salt,))
        return salt

    def add(self, *, vote: str, kind: str, question: str, user_id: int | str, quote: str | None = None,
            source_id: str | None = None, paragraph: int | None = None, start: int | None = None,
            end: int | None = None, generation: str | None = None) -> Feedback:
        if vote not in VOTES:
            raise ValueError(f"vote must be one of {VOTES}")
        with self._lock:
            db = self._connect()
            try:
                user = hashlib.sha256(f"{self._salt(db)}:{user_id}".encode()).hexdigest()[:16]
                entry = Feedback(at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), vote=vote, kind=kind,
                                 question=question[:1000], quote=quote, source_id=source_id, paragraph=paragraph,
                                 start=start, end=end, generation=generation, user=user)
                db.execute(f"INSERT INTO feedback ({_COLUMNS}) "
                           f"VALUES ({', '.join('?' * len(_FIELDS))})",
                           tuple(getattr(entry, f) for f in _FIELDS))
                db.commit()
            finally:
                db.close()
        return entry

    def all(self) -> list[Feedback]:
        if not self.path.is_file():
            return []
        with self._lock:
            db = self._connect()
            try:
                rows = db.execute(f"SELECT {_COLUMNS} FROM feedback ORDER BY rowid")
                return [Feedback(**dict(zip(_FIELDS, row, strict=True))) for row in rows]
            finally:
                db.close()
