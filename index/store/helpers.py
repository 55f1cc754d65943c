"""The worker processes a build starts, written down so the next build can stop those a killed build left.

A worker exits as soon as its build is gone (``build._die_with_build`` watches a
pipe), but only when it gets to run: one stopped (``SIGSTOP``, a debugger) or
busy for minutes in one long regex step, which holds the interpreter, outlives
its build, and with it the resource tracker that waits for it. ``kill -9`` of a
build once left four processes for good, every time (issue 13).

So each worker writes its process id and start time (``/proc/<pid>/stat``) to
:data:`HELPERS` in the index folder as it starts. A build that ends, however it
fails, removes the file; one that is killed cannot, and the next build, which
holds the build lock and so knows no other build is running, stops every listed
process that still has the same start time (a process id reused since by
another program has another start time and is left alone). Where there is no
``/proc`` nothing is written and nothing is stopped.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

log = logging.getLogger(__name__)

HELPERS = "build-helpers"  # in the index folder: "pid start-time" lines of the running build's workers


def start_time(pid: int) -> str | None:
    """The start time of process ``pid`` in clock ticks since boot (None: no such process, or no /proc)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # the name in parentheses may hold spaces
    return fields[19] if len(fields) > 19 else None  # field 22 of stat; the name was field 2


def record_self(path: str | None) -> None:
    """Worker start-up: add this process to the build's list (one short append: concurrent workers don't mix)."""
    started = start_time(os.getpid()) if path else None
    if path is None or started is None:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, f"{os.getpid()} {started}\n".encode("ascii"))
        finally:
            os.close(fd)
    except OSError:
        pass  # a worker that cannot write it only loses the next build's clean-up


def reap(index_dir: Path) -> int:
    """Stop the listed workers of a build that was killed, and forget the list; how many were stopped.

    Call only while holding the build lock: then no listed process belongs to a running build.
    """
    path = index_dir / HELPERS
    try:
        lines = path.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return 0
    stopped = 0
    for line in lines:
        pid_text, _, started = line.partition(" ")
        if not pid_text.isdigit() or not started or int(pid_text) == os.getpid():
            continue
        pid = int(pid_text)
        if start_time(pid) == started.strip():
            try:
                os.kill(pid, signal.SIGKILL)
                stopped += 1
            except OSError:
                pass
    forget(index_dir)
    if stopped:
        log.warning("stopped %d worker process(es) left behind by a build that was killed", stopped)
    return stopped


def forget(index_dir: Path) -> None:
    """The build is over and its workers have been shut down: the list is no longer needed."""
    try:
        (index_dir / HELPERS).unlink()
    except OSError:
        pass
