"""Per-client-IP fixed-window rate limiting (upstream's @nestjs/throttler defaults)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimiter", "Verdict"]


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    headers: dict[str, str]


class RateLimiter:
    def __init__(self, limit: int, ttl_seconds: float, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.ttl = ttl_seconds
        self._clock = clock
        self._windows: dict[str, tuple[float, int]] = {}  # ip -> (window end, hits)

    def hit(self, client: str) -> Verdict:
        now = self._clock()
        end, hits = self._windows.get(client, (0.0, 0))
        if now >= end:
            end, hits = now + self.ttl, 0
            if len(self._windows) > 10_000:
                self._windows = {k: v for k, v in self._windows.items() if v[0] > now}
        hits += 1
        self._windows[client] = (end, hits)
        reset = max(1, math.ceil(end - now))
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - hits)),
            "X-RateLimit-Reset": str(reset),
        }
        if hits > self.limit:
            headers["Retry-After"] = str(reset)
            return Verdict(False, headers)
        return Verdict(True, headers)
