"""Three short articles written for the quote-check tests (not the seeds), and a real index of them.

Each verdict of ``dossier check`` is provoked by a claim built from what these
articles say; the CLI tests and the Discord tests share them.
"""

from __future__ import annotations

from pathlib import Path

HARBOUR = """Harbour council approves electric ferries

The harbour council voted on Tuesday to buy two electric ferries for the island route, ending a debate that had lasted three years.

"We will never again depend on diesel for this crossing," said Maria Okafor, the council leader. "The island deserves a clean and reliable service."

Opposition councillor Tom Reyes disagreed. "The ferries cost 12 million pounds and the island gets very little in return," he said.

The first ferry is expected to enter service in the spring of 2027, and the second a year later.
"""

LIBRARY = """Town library to open on Sundays

The town library will open on Sundays from next month, after a petition signed by 4,000 residents.

Head librarian Ann Lindqvist welcomed the change. "This isn't to say the weekday service will get any worse," she said. "Our readers asked for Sunday hours and we listened."

The library was built in 1962 and holds about 80,000 books.
"""

MARKET = """Market fees to rise

Stall holders met on Monday to discuss the new licence fees for the covered market, which Priya Shah runs.

"Nobody wants a fee rise, and nobody asked for one," came a shout from the back of the hall.

Market manager Priya Shah defended the plan. "The fees pay for the new roof, but they will not rise again this decade," she said. "The roof will cost $2 million and take a year to build."
"""


def build_check_index(root: Path) -> Path:
    """Write the two articles under ``root`` and index them; returns the index folder."""
    from index.store.build import build_index

    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    (sources / "harbour-ferries.txt").write_text(HARBOUR, encoding="utf-8")
    (sources / "library-hours.txt").write_text(LIBRARY, encoding="utf-8")
    (sources / "market-fees.txt").write_text(MARKET, encoding="utf-8")
    build_index(sources, root / "index")
    return root / "index"
