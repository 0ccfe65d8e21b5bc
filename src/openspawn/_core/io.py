"""The two ways of waiting; the sync twin of the async code calls ``sync_sleep``."""

from __future__ import annotations

import time

__all__ = ["async_sleep", "sync_sleep"]


async def async_sleep(seconds: float) -> None:
    import asyncio  # only async callers pay for importing asyncio

    await asyncio.sleep(seconds)


def sync_sleep(seconds: float) -> None:
    time.sleep(seconds)
