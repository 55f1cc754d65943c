"""A per-user question budget shared by every command.

One budget for all commands (not one per command) so switching from ``/ask``
to ``/search`` does not reset it.
"""

from __future__ import annotations

from discord import app_commands


class Limiter:
    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._buckets: dict[int, app_commands.Cooldown] = {}

    def hit(self, user_id: int) -> None:
        """Count one question; raises ``CommandOnCooldown`` when the user is over budget."""
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        retry_after = bucket.update_rate_limit()
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(bucket, retry_after)
