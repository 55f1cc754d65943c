"""Errors a user can act on; each message says what to do next."""

from __future__ import annotations


class DossierError(Exception):
    """Base class: the message is written for a person and shown as-is."""


class IndexMissing(DossierError):
    def __init__(self, path: object) -> None:
        super().__init__(f"No index at {path}. Run `dossier build` to create it.")


class IndexCorrupt(DossierError):
    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(f"The index at {path} is damaged{extra}. Run `dossier build` to repair it.")


class BuildError(DossierError):
    """A rebuild failed; the previous index keeps serving."""
