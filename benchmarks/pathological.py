"""Pathological sources: the single files that once made a build quadratic in time or memory (issue 13).

Each generator writes one file of about ``size`` bytes into a sources folder of
its own. They are the adversarial tester's reproductions, scaled:

* ``nested-quotes``: ``“he said ‘she said “x`` repeated on one line — every mark opens
  a quotation, and each once stored its whole sentence (24 GB RSS at 540 KB);
* ``json-line``: a one-line JSON dump, thousands of quoted strings in one "sentence"
  (a 383 KB one made a 1.5 GB records file);
* ``capitals``: a run of capital letters and DNA letters, where the acronym and
  organisation patterns backtracked (21–48 s at 30 KB);
* ``bbc-one-file``: the BBC articles concatenated into one file, against the same
  text as separate articles (``bbc-articles``): one name count over the whole text
  per name made 3 MB take 322 s;
* ``sparse-giant``: a 10 GB sparse file (no space on disk, 46 s to hash) that the build must
  skip by its size without reading it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import bbc_available, bbc_files

MB = 1024 * 1024
SPARSE = "sparse-giant"
SPARSE_BYTES = 10 * 1024 * MB


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode("utf-8")))


def nested_quotes(size: int) -> str:
    return "Title\n\n" + _repeat("“he said ‘she said “x", size) + "\n"


def json_line(size: int) -> str:
    rng = random.Random(7)
    items, total = [], 0
    while total < size:
        item = {"id": len(items), "name": f"Item {rng.randrange(10**6)}", "said": "\"we will\" he said",
                "tags": ["NATO", "UN", "Ms Smith"]}
        items.append(item)
        total += len(json.dumps(item)) + 2
    return json.dumps(items) + "\n"


def capitals(size: int) -> str:
    rng = random.Random(11)
    half = size // 2
    dna = "".join(rng.choice("ACGT") for _ in range(half))
    caps = " ".join("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(1, 6)))
                    for _ in range(half // 4))
    caps = caps[:half].rsplit(" ", 1)[0]  # words average 4.5 bytes with their space: keep the file at ``size``
    return f"Sequence Report\n\n{dna}\n\n{caps} (NATO) Of The United Nations (UN)\n"


def _bbc_texts(size: int) -> list[str]:
    texts, total = [], 0
    for path in bbc_files() * 20:  # repeated when more text than the corpus is wanted
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        texts.append(text)
        total += len(text.encode("utf-8")) + 2
        if total >= size:
            break
    return texts


def bbc_one_file(size: int) -> str:
    return "\n\n".join(_bbc_texts(size)) + "\n"


KINDS: dict[str, Callable[[int], str]] = {
    "nested-quotes": nested_quotes,
    "json-line": json_line,
    "capitals": capitals,
    "bbc-one-file": bbc_one_file,
}


def write_case(kind: str, size: int, folder: Path) -> Path:
    """A sources folder holding one pathological file (or, for ``bbc-articles``, the same text as articles)."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "bbc-articles":
        for i, text in enumerate(_bbc_texts(size)):
            (folder / f"article-{i:05d}.txt").write_text(text + "\n", encoding="utf-8")
        return folder
    if kind == SPARSE:  # beside one ordinary article, so that the build has something to index
        with open(folder / f"{kind}.txt", "wb") as fh:
            fh.truncate(size)
        (folder / "article.txt").write_text("A title\n\n\"It is skipped unread,\" the builder said.\n",
                                            encoding="utf-8")
        return folder
    (folder / f"{kind}.txt").write_text(KINDS[kind](size), encoding="utf-8")
    return folder


def cases(sizes_mb: tuple[float, ...] = (1.0, 5.0), large_mb: float = 19.0) -> list[tuple[str, int]]:
    """The (kind, bytes) pairs the benchmark builds: every kind at each size, and every kind again just under
    the 20,000,000-byte limit (19 MiB), where the memory bound is shown; BBC ones only if the corpus is here."""
    out = []
    for mb in sizes_mb:
        for kind in KINDS:
            if kind.startswith("bbc") and not bbc_available():
                continue
            out.append((kind, int(mb * MB)))
    if bbc_available():
        out.append(("bbc-articles", int(max(sizes_mb) * MB)))
    for kind in KINDS:
        if large_mb and (bbc_available() or not kind.startswith("bbc")):
            out.append((kind, int(large_mb * MB)))
    out.append((SPARSE, SPARSE_BYTES))
    return out
