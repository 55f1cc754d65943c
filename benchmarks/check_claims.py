"""Claims for timing ``dossier check -`` (``make bench``), made from an index's own records.

Timing needs many claims of every verdict over a large collection, and they need
not be labelled (accuracy is measured on ``check_gold.jsonl``): so they are made
mechanically, with a fixed seed, from the quotations and source texts stored in
the generation the benchmark just built -- quotations as written with their
speaker, with one word swapped, credited to another speaker, narration
sentences, and words shuffled into sentences nobody wrote.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from index.extract.sentences import split_sentences
from index.store import layout
from index.store.layout import RECORDS

SEED = 11
MIX = (("verbatim", 0.3), ("altered", 0.25), ("someone_else", 0.15), ("narration", 0.15), ("invented", 0.15))


def make_claims(index_dir: Path, n: int = 1000, seed: int = SEED) -> list[str]:
    """``n`` claims as people would paste them, in a fixed order for a given index and seed."""
    rng = random.Random(seed)
    db = sqlite3.connect(f"file:{layout.read_current(index_dir) / RECORDS}?mode=ro", uri=True)
    try:
        quotes = db.execute("SELECT text, speaker FROM quotes WHERE speaker IS NOT NULL AND length(text) > 40 "
                            "ORDER BY source_id, start").fetchall()
        bodies = [r[0] for r in db.execute("SELECT body FROM sources ORDER BY source_id LIMIT 400")]
    finally:
        db.close()
    if not quotes or not bodies:
        return []
    speakers = sorted({s for _, s in quotes})
    claims: list[str] = []
    for kind, share in MIX:
        for _ in range(round(n * share)):
            text, speaker = rng.choice(quotes)
            words = text.split()
            if kind == "altered" and len(words) > 3:
                words[rng.randrange(len(words))] = rng.choice(("never", "always", "twenty", "nobody", "perhaps"))
            elif kind == "someone_else":
                speaker = rng.choice(speakers)
            elif kind == "narration":
                body = rng.choice(bodies)
                spans = [s for s in split_sentences(body) if 40 < s.end - s.start < 300]
                span = spans[rng.randrange(len(spans))] if spans else None
                claims.append(body[span.start:span.end] if span else body[:80])
                continue
            elif kind == "invented":
                rng.shuffle(words)
            claims.append(f"\u201c{' '.join(words)}\u201d \u2014 {speaker}")
    rng.shuffle(claims)
    return [" ".join(c.split()) for c in claims[:n]]


if __name__ == "__main__":
    import sys

    for claim in make_claims(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000):
        print(claim)
