"""Retries after a failed first attempt, with tenacity: full-jitter backoff, Retry-After honoured.

The client makes its first attempt itself and comes here only once that attempt failed in a
retryable way, so a mint that succeeds at once pays neither tenacity's import nor its per-call
bookkeeping. The failure is replayed as tenacity's first attempt: attempt numbers, delays and
logs are the same as if tenacity had made it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import tenacity

from ._exceptions import RealtimeSessionsError

logger = logging.getLogger("realtime_sessions")

T = TypeVar("T")
_BACKOFF = tenacity.wait_random_exponential(multiplier=0.5, max=8.0)


def retry_delay(state: tenacity.RetryCallState) -> float:
    """The server's Retry-After when it gave one, else exponential backoff with full jitter."""
    outcome = state.outcome
    error = outcome.exception() if outcome is not None else None
    requested = getattr(error, "retry_after", None)
    return requested if requested is not None else _BACKOFF(state)


def _is_retryable(error: BaseException) -> bool:
    return isinstance(error, RealtimeSessionsError) and error.retryable


def _log_retry(state: tenacity.RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome is not None else None
    delay = state.next_action.sleep if state.next_action is not None else 0.0
    logger.warning(
        "mint attempt %d failed (%s); retrying in %.2fs", state.attempt_number, error, delay
    )


def _policy(max_retries: int) -> dict[str, Any]:
    return {
        "stop": tenacity.stop_after_attempt(max_retries + 1),
        "retry": tenacity.retry_if_exception(_is_retryable),
        "wait": retry_delay,
        "before_sleep": _log_retry,
        "reraise": True,
    }


def retry(
    first_failure: Exception,
    attempt: Callable[[], T],
    *,
    max_retries: int,
    sleep: Callable[[float], None],
) -> T:
    """Carry on after `first_failure` with up to `max_retries` further calls of `attempt`."""
    unseen = [first_failure]

    def replay_then_attempt() -> T:
        if unseen:
            raise unseen.pop()
        return attempt()

    return tenacity.Retrying(sleep=sleep, **_policy(max_retries))(replay_then_attempt)


async def aretry(
    first_failure: Exception,
    attempt: Callable[[], Awaitable[T]],
    *,
    max_retries: int,
    sleep: Callable[[float], Awaitable[None]],
) -> T:
    """The asyncio form of `retry`."""
    unseen = [first_failure]

    async def replay_then_attempt() -> T:
        if unseen:
            raise unseen.pop()
        return await attempt()

    return await tenacity.AsyncRetrying(sleep=sleep, **_policy(max_retries))(replay_then_attempt)
