"""The manifest of a generation: what was built from which source, and the checksums of every file.

Typed, so the build and the serving process agree on one shape instead of
passing loose dicts about. The manifest is the root of a generation's integrity:
it records the size and CRC-32 of every other file, and its own size and CRC-32
sit beside it in ``manifest.crc`` — a changed byte anywhere is a damaged index,
never a silently different citation.
"""

from __future__ import annotations

import gc
import json
import zlib
from pathlib import Path
from typing import Any, NamedTuple

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
        data = cls._checked_bytes(gen)
        try:
            manifest = cls.model_validate_json(data)
        except ValidationError:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} is not valid") from None
        if manifest.format != FORMAT_VERSION:
            raise IndexOutdated(gen.parent)
        return manifest

    @classmethod
    def read_served(cls, gen: Path) -> tuple[Manifest, dict[str, Served]]:
        """The manifest as a serving process needs it: everything but ``sources`` (left empty), and of each
        source only what answers show, as a :class:`Served` (same checks as :meth:`read`).

        A source's hash, stamp and override only matter to the next build. Validating every entry as a
        ``SourceEntry`` was a third of a serving process's start at BBC x 10 (22,250 sources, 0.34 s of CPU)
        and held 59 MB; the entries are what this program wrote and the CRC-32 vouches for, so each
        source's metadata is constructed, not validated again (``published``, ``url`` were when it was built).
        """
        data = cls._checked_bytes(gen)
        collecting = gc.isenabled()
        gc.disable()  # 200,000 objects that all live on: the collector's passes over them found nothing (60 ms)
        try:
            return cls._served_from(gen, data)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _served_from(cls, gen: Path, data: bytes) -> tuple[Manifest, dict[str, Served]]:
        """A serving process needs each source's metadata and counts only: skipping the build-only fields
        (hashes, times) of every entry is most of what opening a large collection's manifest costs."""
        try:
            raw = json.loads(data)
            sources = raw.pop("sources")
            manifest = cls.model_validate({**raw, "sources": {}})
        except _MALFORMED:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} is not valid") from None
        if manifest.format != FORMAT_VERSION:
            raise IndexOutdated(gen.parent)
        try:
            served = {sid: _served(entry) for sid, entry in sources.items()}
        except _MALFORMED:
            raise IndexCorrupt(gen.parent, f"{MANIFEST} is not valid") from None
        return manifest, served

    @staticmethod
    def _checked_bytes(gen: Path) -> bytes:
        """The manifest file's bytes, once its size and CRC-32 are those ``manifest.crc`` records."""
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
        return data


# what reading a JSON document of another shape raises (a field missing, a list where a mapping stands, …)
_MALFORMED = (ValidationError, ValueError, TypeError, KeyError, AttributeError)


class Served(NamedTuple):
    """What a serving process keeps of one source: its metadata and what it holds (see ``read_served``)."""

    meta: SourceMeta
    passages: int
    quotations: int
    paragraphs: int


_META_FIELDS = frozenset(SourceMeta.model_fields)
# Every field is set, so one fields-set serves every source (a set each was a third of their memory); it is
# never changed in place: SourceMeta is frozen, and a copy of a model copies its set.
_ALL_SET = set(_META_FIELDS)


def _served(entry: dict[str, Any]) -> Served:
    fields = entry["meta"]
    if isinstance(fields, dict) and fields.keys() == _META_FIELDS and isinstance(fields["id"], str):
        meta = _meta(fields)  # as this version writes it: every field
    else:  # written otherwise (an older version's entry): validated, as the full read does
        meta = SourceMeta.model_validate(fields)
    return Served(meta, int(entry.get("passages", 0)), int(entry.get("quotations", 0)), int(entry.get("paragraphs", 0)))


def _meta(fields: dict) -> SourceMeta:
    """``SourceMeta.model_construct(**fields)`` for a dict holding every field, with its dict as the model's
    own: what ``model_construct`` sets, without its loop over the fields (0.1 s per 22,250 sources)."""
    meta = SourceMeta.__new__(SourceMeta)
    object.__setattr__(meta, "__dict__", fields)
    object.__setattr__(meta, "__pydantic_fields_set__", _ALL_SET)
    object.__setattr__(meta, "__pydantic_extra__", None)
    object.__setattr__(meta, "__pydantic_private__", None)
    return meta

