"""Importing the engine cheaply: no garbage collection while it imports, and no modules it never uses.

Importing the engine creates a great many objects and no garbage worth collecting: the
collector's passes over them were 7% of a one-file rebuild. So ``python -m index``, the
``dossier`` script and ``dossier build`` (which imports the build late) collect nothing while
importing, then set what the imports made aside for good (it lives as long as the process,
``gc.freeze``) and collect as usual from there.

Libraries also import modules at load that Dossier never calls into (Whoosh: ``urllib.request``
for a download helper, ``asyncio`` through ``cached_property``): :func:`standing_in` puts a
stand-in in their place while such a library loads (see :mod:`index.store.whoosh_passages`).
"""

from __future__ import annotations

import gc
import importlib
import inspect
import os
import sys
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from index.lazyre import compiling_from_cache


@contextmanager
def quiet_imports() -> Iterator[None]:
    """Collect nothing inside; afterwards freeze what was made and collect as usual.
    (A command also looks for no pydantic plugins: see :func:`no_pydantic_plugins`; and the patterns
    modules compile as they import come from the program's pattern cache: see
    :func:`index.lazyre.compiling_from_cache`.)"""
    gc.disable()
    try:
        no_pydantic_plugins()
        with compiling_from_cache():
            yield
    finally:
        gc.freeze()
        gc.enable()


def no_pydantic_plugins() -> None:
    """Dossier's commands use no pydantic plugins (observability hooks that installed packages
    announce through entry points). Looking for them, at the first model validation, loaded
    ``importlib.metadata`` (with email and more) and scanned every installed distribution: about
    13 ms of a one-file rebuild. So a command sets ``PYDANTIC_DISABLE_PLUGINS`` (a value the user
    set is kept, and an empty one turns plugins back on) and loads pydantic's plugin loader with
    a stand-in for ``importlib.metadata``, whose ``entry_points`` loads the real module if called."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if "pydantic.plugin._loader" not in sys.modules:
        with standing_in({"importlib.metadata": IMPORTLIB_METADATA}):
            import pydantic.plugin._loader  # noqa: F401


# ---------------------------------------------------------------- modules a library imports and never needs here

Names = Mapping[str, Callable[..., Any]]


def _real(module: str) -> types.ModuleType:
    """The module itself (loaded now if need be), once no stand-in holds its place."""
    return importlib.import_module(module)


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    return _real("urllib.request").urlretrieve(*args, **kwargs)


def _iscoroutinefunction(func: object) -> bool:
    """``asyncio.iscoroutinefunction``, loading asyncio only for a function that carries its marker."""
    if inspect.iscoroutinefunction(func):
        return True
    return getattr(func, "_is_coroutine", None) is not None and _real("asyncio").iscoroutinefunction(func)


def _ensure_future(*args: Any, **kwargs: Any) -> Any:
    return _real("asyncio").ensure_future(*args, **kwargs)


def _entry_points(*args: Any, **kwargs: Any) -> Any:
    return _real("importlib.metadata").entry_points(*args, **kwargs)


# ``urllib.request`` loads http.client, email and ssl; ``asyncio`` some thirty modules.
URLLIB_REQUEST: Names = {"urlretrieve": _urlretrieve}
IMPORTLIB_METADATA: Names = {"entry_points": _entry_points}
ASYNCIO: Names = {"iscoroutinefunction": _iscoroutinefunction, "ensure_future": _ensure_future}


class StandIn(types.ModuleType):
    """In place of a module a library imports but never uses here: it holds only the names the
    library takes from it, each of which calls into the real module (loaded then). Any other name
    is looked up in the real module, once the stand-in has left ``sys.modules``."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:  # still standing in: no real module to ask yet
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


@contextmanager
def standing_in(stand_ins: Mapping[str, Names]) -> Iterator[None]:
    """Stand-ins in ``sys.modules`` for the modules named (each with its names) while the ``with``
    block imports the library; a module already loaded is never stood in for. Afterwards, an
    ``import`` of any of them anywhere gets the real module."""
    placed: dict[str, StandIn] = {}
    for name, names in stand_ins.items():
        if name not in sys.modules:
            module = StandIn(name)
            module.__dict__.update(names)
            placed[name] = sys.modules[name] = module
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
