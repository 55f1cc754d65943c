"""What one generation folder holds, and the one place that says which passage index it uses.

A generation is a manifest (:mod:`index.store.manifest`), a passage index, the
records file and three small JSON files. The build and the snapshot open the
passage index through here, so swapping Whoosh for another implementation of
:class:`index.store.passage_index.PassageIndex` changes this module only.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from index.store.layout import WHOOSH_DIR, check_file, crc32_of
from index.store.manifest import Check, Manifest
from index.store.passage_index import PassageIndex
from index.store.whoosh_passages import WhooshPassageIndex


def new_passage_index(temp: Path, previous: Path | None) -> PassageIndex:
    """The passage index a build writes: empty, or starting from the previous generation's."""
    if previous is None:
        return WhooshPassageIndex.create(temp / WHOOSH_DIR)
    return WhooshPassageIndex.derive(previous / WHOOSH_DIR, temp / WHOOSH_DIR)


def open_passage_index(gen: Path) -> PassageIndex:
    return WhooshPassageIndex.open(gen / WHOOSH_DIR)


def file_checks(gen: Path, names: list[str]) -> dict[str, Check]:
    return {name: ((gen / name).stat().st_size, crc32_of(gen / name)) for name in names}


def carry_file(previous: Path, gen: Path, name: str) -> None:
    """Put the previous generation's file ``name`` into ``gen`` unchanged: hard-linked, since a
    published generation is never written again, or copied where the file system has no links."""
    try:
        os.link(previous / name, gen / name)
    except OSError:
        shutil.copyfile(previous / name, gen / name)


def verify(gen: Path, manifest: Manifest) -> str | None:
    """Every file the manifest lists present, with its recorded size and checksum; what is wrong, or None."""
    problem = WhooshPassageIndex.verify(gen / WHOOSH_DIR, manifest.files)
    if problem:
        return problem
    for name, (size, crc) in manifest.checks.items():
        problem = check_file(gen / name, name, size, crc)
        if problem:
            return problem
    return None
