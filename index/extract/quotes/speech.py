"""Whether quoted words are speech: scare quotes, titles and nicknames are not."""

from __future__ import annotations

from collections.abc import Sequence

from index.extract.quotes.patterns import (
    _CLAUSE_MARK_NEXT,
    _ENDS_CLAUSE,
    _ENDS_SENTENCE,
    _NAMING,
    _SLOT_BEFORE,
    _TITLE_SMALL,
)
from index.extract.quotes.spans import _Raw


def _is_title_like(words: Sequence[str]) -> bool:
    """'Russia in Global Affairs', 'The Lord of the Rings': capitalised content words, no clause."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not content:
        return False
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return caps == len(content) and len(words) <= 12


def _is_speech(inner: str, words: Sequence[str], how: str, text: str, raw: _Raw, lead: str) -> bool:
    """Scare quotes, titles and nicknames are not speech; short quotes need a speech verb.

    One or two words count only as a whole utterance (``"Never," he said``)
    or under a core speech verb whose subject is a name (``Hale said Russia
    has provided "enormous help"``: the product must find that through
    Hale's quotations); ``the archbishop said … were "unacceptable"`` and
    ``groups dubbed "pioneers"`` are labels.  Four words or more are speech
    unless they read like a title; three need some attribution.
    """
    ends_clause = bool(_ENDS_CLAUSE.search(inner) or _CLAUSE_MARK_NEXT.match(text, raw.close_at + 1, raw.close_at + 3))
    ends_sentence = bool(_ENDS_SENTENCE.search(inner))
    if len(words) <= 2:
        if how in ("tail", "tail-unknown") and ends_clause:
            return not lead.strip() or lead.rstrip().endswith(":")
        if how == "lead-core" and not _NAMING.search(lead) and not _SLOT_BEFORE.search(lead):
            return True
        return False
    if _is_title_like(words) and not ends_sentence:
        return how in ("tail", "lead", "lead-core") and len(words) >= 4 and ends_clause
    if how in ("none", "subject") and len(words) <= 3 and not ends_sentence:
        return False
    return True



def one_word_label(words: Sequence[str], how: str, lead: str = "") -> bool:
    """'Wimpey said the market had proved "challenging"', 'he said he was "delighted"': one word the verb's object
    quotes is a label the writer puts in marks, not words listed as said (a word alone is speech only as a whole
    utterance: '"Never," he said', 'Asked if he would resign, he said: "No."': a colon before the marks introduces
    what was said, not a label). The sentence still says its subject spoke, so a later "it added" goes back to it.
    """
    return len(words) == 1 and how == "lead-core" and not lead.rstrip().endswith(":")
