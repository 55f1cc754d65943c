"""Dossier's engine: cleaning, indexing and answering. No Discord imports here."""
