"""One checked, atomic file format for what a process computes and the next one can reuse.

Two things are worth keeping across processes because a one-file rebuild is a fresh process: the regex code of
the program's patterns (:mod:`index.lazyre`) and the given names parsed from gender-guesser's data
(:mod:`index.extract.given_names`). Both files are the same shape: four bytes naming the format, a CRC-32 of the
rest, then a ``marshal``-ed value. A missing, damaged or foreign file only means computing again, and a file that
cannot be written only costs the next process that time, so neither ever stops a command.
"""

from __future__ import annotations

import logging
import marshal
import os
import secrets
import zlib
from pathlib import Path

log = logging.getLogger(__name__)


def read(path: Path, header: bytes, what: str) -> object | None:
    """The value kept in ``path`` under the four-byte ``header``; None for a missing, damaged or foreign file
    (``what`` names the cache in the log line)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    try:
        if data[:4] != header or int.from_bytes(data[4:8], "big") != zlib.crc32(data[8:]):
            raise ValueError("checksum")
        return marshal.loads(data[8:])
    except Exception as exc:  # damaged: ignored, and rewritten by the next save
        log.info("%s %s unusable (%s); computing again", what, path, exc)
        return None


def write(path: Path, header: bytes, value: object, what: str) -> bool:
    """Keep ``value`` in ``path`` atomically (its folder made if missing); False, and a log line, when it cannot
    be written. The temporary file is named like a build's, so a save cut short is cleaned up with them."""
    payload = marshal.dumps(value)
    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}-{secrets.token_hex(3)}")
    try:
        path.parent.mkdir(exist_ok=True)
        tmp.write_bytes(header + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("cannot write the %s %s (%s)", what, path, exc)
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
    return True
