"""No garbage collection while a command imports the engine: one context manager for every entry point.

Importing the engine creates a great many objects and no garbage worth collecting: the
collector's passes over them were 7% of a one-file rebuild. So ``python -m index``, the
``dossier`` script and ``dossier build`` (which imports the build late) collect nothing while
importing, then set what the imports made aside for good (it lives as long as the process,
``gc.freeze``) and collect as usual from there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet_imports() -> Iterator[None]:
    """Collect nothing inside; afterwards freeze what was made and collect as usual."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
