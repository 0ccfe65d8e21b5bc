"""When to retry and how long to wait: the retry policy, without any I/O."""

from __future__ import annotations

import email.utils
import time

import httpx2

__all__ = [
    "MAX_RETRY_AFTER",
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_STATUSES",
    "backoff_delay",
    "retry_after_seconds",
]

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
RETRYABLE_EXCEPTIONS: tuple[type[httpx2.HTTPError], ...] = (
    httpx2.TimeoutException,
    httpx2.NetworkError,
    httpx2.RemoteProtocolError,
    httpx2.ProxyError,
)
BASE_DELAY = 1.0
MAX_DELAY = 32.0
MAX_RETRY_AFTER = 60.0
"""A server that asks for a longer wait than this is not retried: the error is raised at once."""


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or HTTP date), if usable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if "," in value or " " in value else None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0 if seconds < 0 else None
    return seconds


def backoff_delay(retry_number: int, retry_after: str | None = None) -> float:
    """Delay before retry number ``retry_number`` (1-based): 1, 2, 4 … s, at most 32 s.

    A ``Retry-After`` header the server sent replaces the computed delay.
    """
    hinted = retry_after_seconds(retry_after)
    if hinted is not None:
        return hinted
    return float(min(BASE_DELAY * 2 ** (retry_number - 1), MAX_DELAY))
