"""The text analysis shared by indexing, querying and highlighting.

One analyzer everywhere means a word highlighted in a snippet is exactly a word
the query matched. Hyphens and dashes split words, so "NATO-Russia",
"NATO–Russia" and "NATO Russia" all become ``nato russia``; accents are folded
so "Radosław" matches "Radoslaw".

The analyzer is the passage index's (it is built from Whoosh's tokenizer, stop
list and stemmer, and the index must analyse exactly as queries do), so it lives
in :mod:`index.store.whoosh_passages`; this module is the name the rest of Dossier
imports it by, so no other module needs to know that Whoosh is underneath.
"""

from __future__ import annotations

from index.store.whoosh_passages import ANALYZER, TOKEN_PATTERN, fold, term_spans, terms

__all__ = ["ANALYZER", "TOKEN_PATTERN", "fold", "term_spans", "terms"]
