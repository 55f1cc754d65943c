"""The benchmarked collections, laid out as ordinary sources folders in a scratch directory.

Every collection is a *copy*: the incremental-rebuild measurements change,
add and delete files, and neither the repository's seeds nor the shared BBC
corpus may be touched. The ten-fold BBC collection gives each replica its own
file names (``r03_bbc_tech_001.txt``), so every replica is a distinct source id
— the point is ten times the paragraphs, postings and stored records, exactly
as a ten-times-larger real collection would have.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
BBC = REPO.parent / "shared" / "corpora" / "bbc-news"

# name -> (description, how many BBC replicas, how many BBC files per replica (None = all), include seeds)
SCALES: dict[str, tuple[str, int, int | None, bool]] = {
    "seeds": ("the five seed articles", 0, None, True),
    "bbc200": ("200 BBC articles (quick mode)", 1, 200, False),
    "bbc": ("the 2,225 BBC articles", 1, None, False),
    "bbc10": ("the BBC articles replicated 10x with distinct ids", 10, None, False),
}


@dataclass(frozen=True)
class Collection:
    """A sources folder ready to build, plus the original files its questions are generated from."""

    name: str
    description: str
    folder: Path
    question_files: tuple[Path, ...]

    def files(self) -> list[Path]:
        return sorted(p for p in self.folder.iterdir() if p.suffix == ".txt")

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files())


def bbc_available() -> bool:
    return BBC.is_dir() and any(BBC.glob("*.txt"))


def bbc_files(limit: int | None = None) -> list[Path]:
    """The BBC files, or an evenly spread sample of ``limit`` of them (every category represented)."""
    files = sorted(BBC.glob("*.txt"))
    if limit is None or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def prepare(name: str, scratch: Path) -> Collection:
    """Copy the files of collection ``name`` into ``scratch/name`` and describe it."""
    if name not in SCALES:
        raise ValueError(f"unknown scale {name!r}; choose from {', '.join(SCALES)}")
    description, replicas, limit, with_seeds = SCALES[name]
    folder = scratch / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    question_files: list[Path] = []
    if with_seeds:
        for src in SEEDS.iterdir():
            if src.is_file():
                shutil.copy2(src, folder / src.name)
        question_files += sorted(SEEDS.glob("*.txt"))
    if replicas:
        if not bbc_available():
            raise FileNotFoundError(f"the BBC corpus is not at {BBC}")
        originals = bbc_files(limit)
        for r in range(replicas):
            prefix = f"r{r:02d}_" if replicas > 1 else ""
            for src in originals:
                # a real copy (not a hard link): the incremental step edits files in place
                shutil.copyfile(src, folder / f"{prefix}{src.name}")
        question_files += originals  # the replicas hold the same text, so the same questions apply
    return Collection(name=name, description=description, folder=folder, question_files=tuple(question_files))
