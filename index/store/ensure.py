"""Build the index on first use, so a fresh checkout answers instead of asking for a build.

It sits beside, not inside, :mod:`index.store.layout`: the disk layout must not start
builds (that made ``layout`` and ``build`` import each other), and serving code that only
reads the layout must not pay for importing the build pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.errors import ConfigError, IndexMissing
from index.store.layout import FORMAT_VERSION, built_format, read_current


def ensure_index(seeds_dir: Path, index_dir: Path, say: Callable[[str], None]) -> bool:
    """Build the index from the sources folder when none is being served, or when the one being served
    was built by another version of Dossier; True if it built one.

    The first ``dossier ask`` or ``make run`` in a fresh checkout should answer, not
    send the user off to run a build first; nor should the first one after an update
    that changed the index format (the index is derived from the sources, so rebuilding
    it loses nothing). Without a sources folder there is nothing to build from: that is a
    setting to fix (:class:`ConfigError`), said at start-up, rather than a console that
    answers every question with "No index"; an outdated index then says so when opened.
    """
    try:
        gen = read_current(index_dir)
    except IndexMissing:
        if not Path(seeds_dir).is_dir():
            raise ConfigError(
                f"The sources folder {seeds_dir} does not exist, so there is no index to build at {index_dir}. "
                "Set DOSSIER_SEEDS (or --seeds) to a folder of .txt, .md or .html files."
            ) from None
        why = f"No index at {index_dir} yet: building it from {seeds_dir} (first run only)…"
    else:
        if built_format(gen) in (None, FORMAT_VERSION) or not Path(seeds_dir).is_dir():
            return False
        why = (f"The index at {index_dir} was built by another version of Dossier: "
               f"rebuilding it from {seeds_dir}…")
    from index.store.build import build_index  # the build pipeline, only when it is needed

    say(why)
    report = build_index(seeds_dir, index_dir)
    say(f"Index built: {report.sources} sources, {report.passages} passages, {report.quotations} quotations "
        f"in {report.seconds:.1f} s.")
    return True


