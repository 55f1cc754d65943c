"""Benchmarks: `python -m benchmarks.run` (make bench) measures Dossier against raw Whoosh."""
