"""The raw Whoosh baseline: what plain Whoosh does with exactly Dossier's passages.

Every Dossier figure is read as a ratio to this, so it has to be the honest
"nothing clever" version of the same job: the passages are taken from
Dossier's own index (so both sides hold the same text, cut the same way), put
into a plain Whoosh index with ``StandardAnalyzer`` in one process with one
writer, and each question is answered by parsing its words (OR group), BM25F
top 10 and ``whoosh.highlight`` on each hit. No cleaning, no quotation
extraction, no speaker resolution — that is Dossier's added work, and the
ratios show what it costs.

Run as a worker by ``benchmarks.run`` (one subprocess per job, so its memory
and start-up are its own)::

    python -m benchmarks.baseline build DOSSIER_INDEX BASELINE_DIR
    python -m benchmarks.baseline query BASELINE_DIR QUESTIONS.json

Each prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

WARMUP = 20
_WORDS = re.compile(r"\w+")


def current_generation(index_dir: Path) -> Path:
    """The serving generation of a Dossier index, read the way ``index.store.layout`` does."""
    name = (index_dir / "CURRENT").read_text(encoding="utf-8").strip()
    return index_dir / name


def export_passages(index_dir: Path) -> list[dict]:
    """Dossier's passage records (source id, paragraph, text), in index order."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(current_generation(index_dir) / "whoosh"))
    with ix.searcher() as searcher:
        rows = [{"sid": f.get("source_id", ""), "para": int(f.get("paragraph", 0)), "text": f.get("text", "")}
                for f in searcher.all_stored_fields()]
    ix.close()
    return rows


def baseline_schema():
    """The plainest useful schema: stored text with Whoosh's StandardAnalyzer, and where it came from."""
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, STORED, TEXT, Schema

    return Schema(sid=ID(stored=True), para=STORED(), text=TEXT(analyzer=StandardAnalyzer(), stored=True))


def build(index_dir: Path, out_dir: Path) -> dict:
    """Index Dossier's passages into ``out_dir``; only the indexing itself is timed (one process)."""
    from whoosh import index as whoosh_index

    t0 = time.perf_counter()
    rows = export_passages(index_dir)
    export_s = time.perf_counter() - t0
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ix = whoosh_index.create_in(str(out_dir), baseline_schema())
    writer = ix.writer(limitmb=128)
    for row in rows:
        writer.add_document(sid=row["sid"], para=row["para"], text=row["text"])
    writer.commit()
    seconds = time.perf_counter() - started
    ix.close()
    size = sum(p.stat().st_size for p in out_dir.iterdir() if p.is_file())
    return {"seconds": round(seconds, 3), "passages": len(rows), "index_bytes": size,
            "export_seconds": round(export_s, 3), "processes": 1,
            "passages_per_second": round(len(rows) / seconds, 1) if seconds else None}


def query_text(question: str) -> str:
    """The question's words only, lower-cased, so no word is read as query syntax ("?" wildcards, NOT)."""
    return " ".join(_WORDS.findall(question.lower()))


def query(out_dir: Path, questions: list[str]) -> dict:
    """Cold first answer, then warm latency of parse + BM25F top 10 + highlight per question."""
    from whoosh import index as whoosh_index
    from whoosh.qparser import OrGroup, QueryParser
    from whoosh.scoring import BM25F

    t0 = time.perf_counter()
    ix = whoosh_index.open_dir(str(out_dir))
    searcher = ix.searcher(weighting=BM25F())
    parser = QueryParser("text", ix.schema, group=OrGroup)

    def answer(question: str) -> int:
        q = parser.parse(query_text(question))
        results = searcher.search(q, limit=10)
        chars = 0
        for hit in results:
            chars += len(hit.highlights("text", top=3))
        return chars

    answer(questions[0])
    cold_ms = (time.perf_counter() - t0) * 1000
    for question in questions[:WARMUP]:
        answer(question)
    latencies: list[float] = []
    empty = 0
    for question in questions:
        s = time.perf_counter()
        if answer(question) == 0:
            empty += 1
        latencies.append((time.perf_counter() - s) * 1000)
    searcher.close()
    ix.close()
    return {"cold_first_answer_ms": round(cold_ms, 2), "latencies_ms": latencies, "empty": empty}


def main(argv: list[str] | None = None) -> int:
    """Worker entry point: ``build`` or ``query``; prints one JSON object."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 3 and args[0] == "build":
        result = build(Path(args[1]), Path(args[2]))
    elif len(args) == 3 and args[0] == "query":
        questions = [q["text"] for q in json.loads(Path(args[2]).read_text(encoding="utf-8"))]
        result = query(Path(args[1]), questions)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
