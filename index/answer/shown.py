"""Which of an answer's items are worth showing: one rule, shared by every output and by follow-ups.

An answer scoring far below the best one is not shown as its equal (issue 12). The
presenters show only these, and a conversation counts only these as "already shown",
so "what else did he say?" can still bring up one that was held back.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.models import AnswerItem

WEAK_RATIO = 0.5  # an answer scoring under half the best one is not shown as its equal


def strong(items: Sequence[AnswerItem]) -> tuple[AnswerItem, ...]:
    """The answers worth showing: every one scoring at least ``WEAK_RATIO`` of the best, in order."""
    best = max((i.score for i in items), default=0.0)
    if best <= 0:
        return tuple(items)
    return tuple(i for i in items if i.score >= WEAK_RATIO * best)
