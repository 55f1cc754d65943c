"""The records beside the Whoosh index: sources, quotations and descriptions, in SQLite.

Only passages are searched by words; a source's text, its quotations and the
descriptions of people are looked up by key (source id, speaker id). Keeping them
out of Whoosh means the build analyses and writes postings for passages alone —
about what raw Whoosh does — and a serving process reads a source's text or a
speaker's quotations with one indexed query instead of holding them in Whoosh's
stored fields. One SQLite file per generation, written by the build and opened
read-only by every reader, so the atomic swap of generations still covers it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    source_id TEXT PRIMARY KEY, meta TEXT NOT NULL, body TEXT NOT NULL, extra TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quotes (
    source_id TEXT NOT NULL, paragraph INTEGER, start INTEGER, "end" INTEGER, text TEXT,
    context_start INTEGER, context_end INTEGER, speaker TEXT, speaker_id TEXT,
    speaker_description TEXT, rule TEXT, confidence REAL);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id);
CREATE INDEX IF NOT EXISTS quotes_source ON quotes (source_id);
CREATE TABLE IF NOT EXISTS descs (
    source_id TEXT NOT NULL, paragraph INTEGER, start INTEGER, "end" INTEGER, text TEXT,
    context TEXT, speaker TEXT, speaker_id TEXT);
CREATE INDEX IF NOT EXISTS descs_speaker ON descs (speaker_id);
CREATE INDEX IF NOT EXISTS descs_source ON descs (source_id);
"""

QUOTE_FIELDS = ("source_id", "paragraph", "start", "end", "text", "context_start", "context_end",
                "speaker", "speaker_id", "speaker_description", "rule", "confidence")
DESC_FIELDS = ("source_id", "paragraph", "start", "end", "text", "context", "speaker", "speaker_id")


def _columns(fields: tuple[str, ...]) -> str:
    return ", ".join(f'"{f}"' for f in fields)


class RecordWriter:
    """Writes one generation's records; an incremental build starts from a copy of the previous file."""

    def __init__(self, path: Path, copy_from: Path | None = None) -> None:
        if copy_from is not None and copy_from.is_file():
            shutil.copyfile(copy_from, path)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=OFF")  # the whole generation is discarded if the build fails
        self.db.execute("PRAGMA synchronous=OFF")  # publish() fsyncs the finished folder
        self.db.executescript(_SCHEMA)

    def delete_sources(self, source_ids: Iterable[str]) -> None:
        ids = [(sid,) for sid in source_ids]
        for table in ("sources", "quotes", "descs"):
            self.db.executemany(f"DELETE FROM {table} WHERE source_id = ?", ids)

    def delete_speech(self, source_id: str) -> None:
        """A source's quotations and descriptions, before they are written again with new speakers."""
        for table in ("quotes", "descs"):
            self.db.execute(f"DELETE FROM {table} WHERE source_id = ?", (source_id,))

    def add_source(self, source_id: str, meta: str, body: str, extra: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", (source_id, meta, body, extra))

    def add_quotes(self, rows: Iterable[dict]) -> None:
        self.db.executemany(f"INSERT INTO quotes ({_columns(QUOTE_FIELDS)}) VALUES ({', '.join('?' * len(QUOTE_FIELDS))})",
                            [tuple(r[f] for f in QUOTE_FIELDS) for r in rows])

    def add_descs(self, rows: Iterable[dict]) -> None:
        self.db.executemany(f"INSERT INTO descs ({_columns(DESC_FIELDS)}) VALUES ({', '.join('?' * len(DESC_FIELDS))})",
                            [tuple(r[f] for f in DESC_FIELDS) for r in rows])

    def commit(self) -> None:
        self.db.commit()
        self.db.close()

    def cancel(self) -> None:
        self.db.close()


class RecordReader:
    """Read-only lookups for a serving process (callers serialise access; see Snapshot's lock)."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(path)
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("SELECT 1 FROM sources LIMIT 1").fetchall()  # fails now, not mid-question, if unreadable

    def source(self, source_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM sources WHERE source_id = ?", (source_id,)).fetchone()

    def sources(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT * FROM sources")

    def quotes_of(self, speaker_id: str) -> list[dict]:
        rows = self.db.execute("SELECT * FROM quotes WHERE speaker_id = ? ORDER BY source_id, start", (speaker_id,))
        return [dict(r) for r in rows]

    def quotes_described(self, word: str) -> list[dict]:
        """Quotations whose unnamed speaker's description contains ``word`` ("spokes" -> "a BBC spokeswoman")."""
        pattern = "%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%"
        rows = self.db.execute("SELECT * FROM quotes WHERE speaker_description LIKE ? ORDER BY source_id, start",
                               (pattern,))
        return [dict(r) for r in rows]

    def quotes_in(self, source_id: str) -> list[dict]:
        rows = self.db.execute("SELECT * FROM quotes WHERE source_id = ? ORDER BY start", (source_id,))
        return [dict(r) for r in rows]

    def descs_of(self, speaker_id: str) -> list[dict]:
        rows = self.db.execute("SELECT * FROM descs WHERE speaker_id = ? ORDER BY source_id, start", (speaker_id,))
        return [dict(r) for r in rows]

    def close(self) -> None:
        self.db.close()
