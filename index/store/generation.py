"""What one generation folder holds, and the one place that says which passage index it uses.

A generation is a manifest (:mod:`index.store.manifest`), a passage index, the
records file and three small JSON files. The build and the snapshot open the
passage index through here, so swapping Whoosh for another implementation of
:class:`index.store.passage_index.PassageIndex` changes this module only.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
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


def file_check_later(path: Path) -> Callable[[], Check]:
    """Start taking ``path``'s size and CRC-32 in a thread, and flushing it to disk; the returned
    function waits for the size and CRC.

    CRC-32 and ``fsync`` run outside the GIL, so a finished 14 MB records file (BBC) is
    checksummed and written out while the build goes on committing the passage index; the
    fsync of the whole generation before it is published then finds it already on disk (it
    still fsyncs it: this only starts the write sooner). The file must not change any more.
    """
    done: list[Check] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            done.append((path.stat().st_size, crc32_of(path)))
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException as exc:  # handed to whoever waits
            failed.append(exc)

    thread = threading.Thread(target=run, name=f"crc-{path.name}", daemon=True)
    thread.start()

    def wait() -> Check:
        thread.join()
        if failed:
            raise failed[0]
        return done[0]

    return wait


def carry_file(previous: Path, gen: Path, name: str) -> None:
    """Put the previous generation's file ``name`` into ``gen`` unchanged: hard-linked, since a
    published generation is never written again, or copied where the file system has no links."""
    try:
        os.link(previous / name, gen / name)
    except OSError:
        shutil.copyfile(previous / name, gen / name)


def verify_later(gen: Path, manifest: Manifest) -> Callable[[], str | None]:
    """:func:`verify` in a thread; the returned function waits for it and gives its answer.

    Reading and checksumming a generation (27 MB at BBC scale, ten times that at BBC x 10) runs
    outside the GIL, so it overlaps with whatever the caller reads meanwhile. The caller must
    wait for the answer before it trusts anything it read from the generation.
    """
    found: list[str | None] = []

    def check() -> None:
        try:
            found.append(verify(gen, manifest))
        except Exception as exc:  # any failure to check is damage
            found.append(f"its files cannot be checked ({exc})")

    thread = threading.Thread(target=check, name="verify-generation", daemon=True)
    thread.start()

    def wait() -> str | None:
        thread.join()
        return found[0] if found else "its files could not be checked"

    return wait


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
