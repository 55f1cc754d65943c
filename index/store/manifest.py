"""The manifest of a generation: what was built from which source, and the checksums of every file.

Typed, so the build and the serving process agree on one shape instead of
passing loose dicts about. The manifest is the root of a generation's integrity:
it records the size and CRC-32 of every other file, and its own size and CRC-32
sit beside it in ``manifest.crc`` — a changed byte anywhere is a damaged index,
never a silently different citation.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from index.errors import IndexCorrupt, IndexOutdated
from index.models import SkippedSource, SourceChanges, SourceMeta
from index.store.layout import FORMAT_VERSION, MANIFEST, MANIFEST_CHECK, format_of

Check = tuple[int, int]  # size, CRC-32


class SourceState(BaseModel):
    """What decides whether a source changed since the last build."""

    model_config = ConfigDict(extra="forbid")

    hash: str  # SHA-256 of the raw file
    override: str = ""  # its sources.toml metadata, as JSON
    stamp: tuple[int, int] | None = None  # size and nanosecond mtime when it was hashed
    checked: int = 0  # when it was hashed (ns since the epoch)


class SourceEntry(SourceState):
    """One indexed source: its state, its metadata and what it holds."""

    meta: SourceMeta
    passages: int = 0
    quotations: int = 0
    paragraphs: int = 0


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: int = FORMAT_VERSION
    built: str
    seeds: str
    sources: dict[str, SourceEntry]
    skipped: list[SkippedSource] = []
    files: dict[str, Check] = {}  # the passage index's files
    checks: dict[str, Check] = {}  # the generation's other files (records, speakers, acronyms…)
    # The generation that served when this one was built, and which sources differ from it. Kept
    # here rather than read from that generation, which a later build prunes. Optional, so a
    # manifest written before they existed still reads (it simply says nothing of changes).
    previous: str | None = None
    changes: SourceChanges | None = None

    def changes_from(self, before: Manifest | None) -> SourceChanges | None:
        """Sources added, changed (content or sources.toml metadata) and removed since ``before``."""
        if before is None:
            return None
        old, new = before.sources, self.sources
        changed = [sid for sid in new if sid in old and (old[sid].hash, old[sid].override)
                   != (new[sid].hash, new[sid].override)]
        return SourceChanges(added=tuple(sorted(set(new) - set(old))), changed=tuple(sorted(changed)),
                             removed=tuple(sorted(set(old) - set(new))))

    def write(self, gen: Path) -> None:
        data = self.model_dump_json().encode("utf-8")
        (gen / MANIFEST).write_bytes(data)
        (gen / MANIFEST_CHECK).write_text(f"{len(data)} {zlib.crc32(data)}\n", encoding="ascii")

    @classmethod
    def read(cls, gen: Path) -> Manifest:
        """The generation's manifest, checked; ``IndexCorrupt`` saying what is wrong otherwise."""
        try:
            data = (gen / MANIFEST).read_bytes()
        except FileNotFoundError:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} is missing") from None
        except OSError:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} cannot be read") from None
        try:
            recorded = (gen / MANIFEST_CHECK).read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            if format_of(data) not in (None, FORMAT_VERSION):  # an older Dossier wrote no checksum
                raise IndexOutdated(gen.parent) from None
            raise IndexCorrupt(gen.parent, f"{MANIFEST_CHECK} is missing or unreadable") from None
        if recorded != [str(len(data)), str(zlib.crc32(data))]:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} is altered")
        try:
            manifest = cls.model_validate_json(data)
        except ValidationError:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} is not valid") from None
        if manifest.format != FORMAT_VERSION:
            raise IndexOutdated(gen.parent)
        return manifest

