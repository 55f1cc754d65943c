"""The package layout is a promise: data flows one way, and nothing imports from a layer above it.

Why a test: a cycle or an upward import creeps in one convenient line at a time
(``layout`` once started builds, ``cli`` once imported the bot). Reading the
import statements of every module catches that at the next ``make test``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Lowest first. A module may import from its own layer or any layer below it.
LAYERS = ("core", "ingest", "extract", "store", "answer", "present", "cli")
CORE = {"index.models", "index.errors", "index.environment", "index.lazyre", "index.cachefile", "index.quiet_imports", "index.settings", "index"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> str:
    if module in CORE:
        return "core"
    parts = module.split(".")
    if parts[0] != "index":
        raise ValueError(module)
    if parts[1] in {"cli", "__main__"}:
        return "cli"
    return parts[1]


def _imports(path: Path) -> set[str]:
    """Every module named by an import statement, at any depth (lazy imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


MODULES = {_module_name(p): p for p in sorted((ROOT / "index").rglob("*.py"))}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_from_a_higher_layer(module: str) -> None:
    own = LAYERS.index(_layer(module))
    for target in _imports(MODULES[module]):
        if target.split(".")[0] == "bot":
            pytest.fail(f"{module} imports the Discord layer ({target}); only launcher.py may start the bot")
        if target in MODULES:
            assert LAYERS.index(_layer(target)) <= own, f"{module} ({_layer(module)}) imports {target} ({_layer(target)})"


def test_there_are_no_import_cycles_between_modules() -> None:
    graph = {m: {t for t in _imports(p) if t in MODULES and t != m and t != "index"} for m, p in MODULES.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
