"""The conversations the bot remembers, in memory only and bounded.

A reply to one of Dossier's answers, or a message in a thread it answers in, is
read against the question before it (``Engine.follow``). That context lives
here, keyed by the ids of the bot's answer messages and of its threads: at most
``limit`` conversations, each forgotten ``ttl`` seconds after its last question.
Nothing is written to disk — a restart forgets every conversation.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from index.models import ParsedQuestion


@dataclass
class _Conversation:
    context: ParsedQuestion
    touched: float
    keys: set[int] = field(default_factory=set)


class Conversations:
    def __init__(self, limit: int, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.ttl = ttl
        self.clock = clock
        self._by_key: dict[int, _Conversation] = {}
        self._recent: OrderedDict[int, _Conversation] = OrderedDict()  # id(conversation) -> it, oldest first

    def __len__(self) -> int:
        self._expire()
        return len(self._recent)

    def get(self, key: int | None) -> ParsedQuestion | None:
        """The context of the conversation ``key`` (a message or thread id) belongs to, if remembered."""
        self._expire()
        conversation = self._by_key.get(key) if key is not None else None
        return conversation.context if conversation is not None else None

    def remember(self, keys: Iterable[int], context: ParsedQuestion, continues: int | None = None) -> None:
        """``context`` under ``keys``; ``continues`` is a key of the conversation this question went on
        (its other keys stay valid: a reply to an older answer of the thread still follows on)."""
        self._expire()
        now = self.clock()
        conversation = self._by_key.get(continues) if continues is not None else None
        if conversation is None:
            conversation = _Conversation(context, now)
        conversation.context, conversation.touched = context, now
        for key in keys:
            old = self._by_key.get(key)
            if old is not None and old is not conversation:
                old.keys.discard(key)
            conversation.keys.add(key)
            self._by_key[key] = conversation
        self._recent.pop(id(conversation), None)
        self._recent[id(conversation)] = conversation
        while len(self._recent) > self.limit:
            _, oldest = self._recent.popitem(last=False)
            self._forget(oldest)

    def _forget(self, conversation: _Conversation) -> None:
        for key in conversation.keys:
            if self._by_key.get(key) is conversation:
                del self._by_key[key]

    def _expire(self) -> None:
        cutoff = self.clock() - self.ttl
        while self._recent:
            oldest = next(iter(self._recent.values()))
            if oldest.touched >= cutoff:
                break
            self._recent.popitem(last=False)
            self._forget(oldest)
