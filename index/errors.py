"""Errors a user can act on; each message says what to do next."""

from __future__ import annotations


class DossierError(Exception):
    """Base class: the message is written for a person and shown as-is."""


class IndexMissing(DossierError):
    """``fix`` is the command that creates it; the CLI names the ``--index`` the user gave."""

    def __init__(self, path: object, fix: str = "dossier build") -> None:
        super().__init__(path)
        self.path, self.fix = path, fix

    def __str__(self) -> str:
        return f"No index at {self.path}. Run `{self.fix}` to create it."


class IndexCorrupt(DossierError):
    """``fix`` is the command that repairs it; the CLI names the ``--index`` the user gave."""

    def __init__(self, path: object, detail: str = "", fix: str = "dossier build") -> None:
        super().__init__(path, detail)
        self.path, self.detail, self.fix = path, detail, fix

    def __str__(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"The index at {self.path} is damaged{extra}. Run `{self.fix}` to repair it."


class IndexOutdated(IndexCorrupt):
    """Built by another version of Dossier: nothing is damaged, the format changed; a build replaces it."""

    def __str__(self) -> str:
        return f"The index at {self.path} was built by another version of Dossier. Run `{self.fix}` to rebuild it."


class BuildError(DossierError):
    """A rebuild failed; the previous index keeps serving."""


class ConfigError(DossierError):
    """A setting points at something unusable (exit status 2, like a usage error): the operator must fix it."""
