"""Per-caller rate limit and daily quota, with the `limits` library, in memory or in Redis.

The rate is a moving window (no burst of twice the limit at a window's edge) and the quota a
fixed one-day window. Each hit is one atomic step in the storage (a Lua script in Redis), so
concurrent requests, in one process or in many sharing one Redis, never get more than the limit:
the slack is zero. What costs one unit: every request that passed authentication and the policy,
whether or not the upstream then mints.
"""

from __future__ import annotations

import math
import time

import attrs
from limits import RateLimitItem, RateLimitItemPerDay
from limits.aio.storage import Storage
from limits.aio.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string

MEMORY = "memory://"
_NAMESPACE = "realtime-sessions-service"


class LimitStorageUnavailable(Exception):
    """The shared storage (Redis) did not answer: a temporary failure, not the caller's."""


@attrs.frozen
class Verdict:
    """`allowed`, or why not (`rate` or `quota`) and the seconds until trying again makes sense."""

    allowed: bool
    reason: str = ""
    retry_after: int = 0


def async_storage_uri(uri: str) -> str:
    """`redis://...` (what users write) as the `async+redis://...` the async storages take."""
    return uri if uri.startswith("async+") else f"async+{uri}"


def open_storage(uri: str) -> Storage:
    """A storage for `memory://` or `redis://host:port[/db]` (redis-py's asyncio client)."""
    full = async_storage_uri(uri)
    options = {"implementation": "redispy"} if full.startswith("async+redis") else {}
    return storage_from_string(full, wrap_exceptions=True, **options)


class CallerLimits:
    """Counts each caller's mints against the policy's rate and daily quota."""

    def __init__(self, storage: Storage, rate: RateLimitItem, daily_quota: int | None) -> None:
        self._rate = rate
        self._quota = None if daily_quota is None else RateLimitItemPerDay(daily_quota)
        self._moving = MovingWindowRateLimiter(storage)
        self._fixed = FixedWindowRateLimiter(storage)

    async def hit(self, caller: str) -> Verdict:
        """Take one unit from the caller's rate, then from their quota; refuse when either is out."""
        try:
            if not await self._moving.hit(self._rate, _NAMESPACE, "rate", caller):
                stats = await self._moving.get_window_stats(self._rate, _NAMESPACE, "rate", caller)
                return Verdict(False, "rate", _seconds_until(stats.reset_time))
            if self._quota is not None and not await self._fixed.hit(
                self._quota, _NAMESPACE, "quota", caller
            ):
                stats = await self._fixed.get_window_stats(self._quota, _NAMESPACE, "quota", caller)
                return Verdict(False, "quota", _seconds_until(stats.reset_time))
        except StorageError as error:
            raise LimitStorageUnavailable(type(error.storage_error).__name__) from None
        return Verdict(True)


def _seconds_until(moment: float) -> int:
    return max(1, math.ceil(moment - time.time()))
