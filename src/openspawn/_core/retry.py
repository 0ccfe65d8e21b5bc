"""When to retry and how long to wait: the public ``RetryPolicy``, without any I/O.

The rule (docs/retries.md): a read is retried on every status the guide lists; a mutating call
is retried, always with the same idempotency key, only where the request never reached the
handler or where replaying it is harmless. A 500 means the handler ran and failed; a server
that stores no failed answer (upstream) would run it again, so a 500 ends a mutating call.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Iterable

import httpx2

from .errors import short_repr
from .frozen import Frozen, frozen

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "MAX_RETRY_AFTER",
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_STATUSES",
    "SAFE_MUTATING_STATUSES",
    "RetryPolicy",
    "backoff_delay",
    "retry_after_seconds",
]

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""The guide's list: what a read (GET/HEAD) is retried on."""
SAFE_MUTATING_STATUSES = frozenset({408, 425, 429, 502, 503, 504})
"""Statuses after which a mutating call may be sent again with its key: the handler either never
ran (408, 425, 429, 503: refused before work; 502/504: a gateway's, the server's answer, if any,
is stored under the key and replayed). 500 is deliberately absent."""
RETRYABLE_EXCEPTIONS: tuple[type[httpx2.HTTPError], ...] = (
    httpx2.TimeoutException,
    httpx2.NetworkError,
    httpx2.RemoteProtocolError,
    httpx2.ProxyError,
)
NOT_SENT_EXCEPTIONS: tuple[type[httpx2.HTTPError], ...] = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
)
"""Transport errors raised before any byte of the request left: the server cannot have acted."""
BASE_DELAY = 1.0
MAX_DELAY = 32.0
MAX_RETRY_AFTER = 60.0
"""A server that asks for a longer wait than this is not retried: the error is raised at once."""


def _seconds(name: str, value: object, *, allow_zero: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"RetryPolicy {name} must be a number of seconds, got {short_repr(value)}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or number < 0 or (number == 0 and not allow_zero):
        raise ValueError(
            f"RetryPolicy {name} must be a finite number >= 0, got {short_repr(value)}"
        )
    return number


def _statuses(name: str, value: Iterable[int]) -> frozenset[int]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(
            f"RetryPolicy {name} must be a set of HTTP status codes, got {short_repr(value)}"
        )
    codes = frozenset(value)
    for code in codes:
        if isinstance(code, bool) or not isinstance(code, int) or not 400 <= code <= 599:
            raise ValueError(
                f"RetryPolicy {name}: {short_repr(code)} is not an HTTP error status (400-599)"
            )
    return codes


@frozen
class RetryPolicy(Frozen):
    """How a client retries: which statuses, and how long it waits between attempts.

    ``statuses``: what a read (GET/HEAD) is retried on (default: 408, 429, 500, 502, 503, 504).
    ``mutating_statuses``: what a call that changes something is retried on, with the same
    idempotency key (default: 408, 429, 502, 503, 504). It may only hold statuses after which a
    replay cannot apply the change twice (408, 425, 429, 502, 503, 504); 500 is refused, because
    the server ran the handler and failed, and a server that keeps no failed answer runs it again.
    Connection errors and timeouts are retried for both kinds (the key makes a replay harmless).
    ``base_delay`` … ``max_delay``: the wait before retry *n* is ``base_delay * 2**(n-1)``, at most
    ``max_delay`` (the guide's 1, 2, 4 … 32 s), plus up to ``jitter`` × that wait at random.
    ``respect_retry_after``: a ``Retry-After`` header replaces the computed wait; one longer than
    ``max_retry_after`` seconds is not waited for: the call fails at once.
    The number of retries is ``max_retries`` (per client and per call), not part of the policy.

    Immutable, compared and hashed by value, picklable (``Frozen``).
    """

    __slots__ = _fields = __match_args__ = _shown = _compared = (
        "statuses",
        "mutating_statuses",
        "base_delay",
        "max_delay",
        "jitter",
        "respect_retry_after",
        "max_retry_after",
    )

    statuses: frozenset[int]
    mutating_statuses: frozenset[int]
    base_delay: float
    max_delay: float
    jitter: float
    respect_retry_after: bool
    max_retry_after: float

    def __init__(
        self,
        statuses: frozenset[int] = RETRYABLE_STATUSES,
        mutating_statuses: frozenset[int] = SAFE_MUTATING_STATUSES - {425},
        base_delay: float = BASE_DELAY,
        max_delay: float = MAX_DELAY,
        jitter: float = 0.0,
        respect_retry_after: bool = True,
        max_retry_after: float = MAX_RETRY_AFTER,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "statuses", _statuses("statuses", statuses))
        mutating = _statuses("mutating_statuses", mutating_statuses)
        unsafe = sorted(mutating - SAFE_MUTATING_STATUSES)
        if unsafe:
            raise ValueError(
                f"RetryPolicy mutating_statuses may not contain {unsafe}: after such an answer the "
                "server may have applied the change, and a retry could apply it again. Allowed: "
                f"{sorted(SAFE_MUTATING_STATUSES)} (see docs/retries.md)."
            )
        set_(self, "mutating_statuses", mutating)
        set_(self, "base_delay", _seconds("base_delay", base_delay))
        set_(self, "max_delay", _seconds("max_delay", max_delay))
        set_(self, "jitter", _seconds("jitter", jitter))
        set_(self, "max_retry_after", _seconds("max_retry_after", max_retry_after))
        if not isinstance(respect_retry_after, bool):
            raise TypeError(
                "RetryPolicy respect_retry_after must be a bool, got "
                f"{short_repr(respect_retry_after)}"
            )
        set_(self, "respect_retry_after", respect_retry_after)
        if self.max_delay < self.base_delay:
            raise ValueError(
                f"RetryPolicy max_delay ({self.max_delay}) must be >= base_delay "
                f"({self.base_delay})"
            )

    def retries_status(self, status_code: int, *, mutating: bool) -> bool:
        return status_code in (self.mutating_statuses if mutating else self.statuses)

    def delay(self, retry_number: int, retry_after: str | None = None) -> float:
        """Seconds before retry ``retry_number`` (1-based); may exceed ``max_retry_after``."""
        if self.respect_retry_after:
            hinted = retry_after_seconds(retry_after)
            if hinted is not None:
                return hinted
        # 2**n overflows a float for huge n: the cap is reached long before.
        exponent = min(retry_number - 1, 64)
        wait = min(self.base_delay * 2.0**exponent, self.max_delay)
        if self.jitter:
            wait += random.uniform(0.0, self.jitter * wait)
        return wait


DEFAULT_RETRY_POLICY = RetryPolicy()


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or HTTP date), if usable.

    Anything malformed is None (the computed backoff is used): a server's header never raises.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        try:
            seconds = parsed.timestamp() - (time.time() if now is None else now)
        except (OverflowError, OSError, ValueError):
            return None
    if not math.isfinite(seconds):
        return None if seconds != seconds else math.inf
    return max(seconds, 0.0)


def backoff_delay(retry_number: int, retry_after: str | None = None) -> float:
    """Delay before retry ``retry_number`` (1-based) under the default policy: 1, 2, 4 … 32 s."""
    return DEFAULT_RETRY_POLICY.delay(retry_number, retry_after)
