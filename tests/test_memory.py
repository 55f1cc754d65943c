"""The bot's conversation memory: bounded in count and in time, nothing on disk."""

from __future__ import annotations

from bot.memory import Conversations
from index.models import Intent, ParsedQuestion


def q(text: str) -> ParsedQuestion:
    return ParsedQuestion(text=text, intent=Intent.search)


def test_at_most_n_conversations_the_oldest_forgotten_first() -> None:
    memory = Conversations(limit=2, ttl=60, clock=lambda: 0.0)
    memory.remember([1], q("a"))
    memory.remember([2], q("b"))
    memory.remember([1, 11], q("a2"), continues=1)  # conversation a goes on: now the most recent
    memory.remember([3], q("c"))
    assert len(memory) == 2
    assert memory.get(2) is None  # b was the oldest
    assert memory.get(1) == memory.get(11) == q("a2") and memory.get(3) == q("c")


def test_a_conversation_is_forgotten_t_after_its_last_question() -> None:
    now = [0.0]
    memory = Conversations(limit=10, ttl=60, clock=lambda: now[0])
    memory.remember([1], q("a"))
    now[0] = 50
    memory.remember([2], q("a2"), continues=1)  # touched again: the clock restarts
    now[0] = 100
    assert memory.get(1) == q("a2")
    now[0] = 111
    assert memory.get(1) is None and memory.get(2) is None and len(memory) == 0
    assert memory.get(None) is None
