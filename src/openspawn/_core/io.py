"""The ways of waiting, and which event loop a call runs in; the sync twin calls ``sync_sleep``.

The async client waits with anyio, so it runs under asyncio and trio alike.
"""

from __future__ import annotations

import sys
import time

import httpx2

__all__ = ["async_sleep", "event_loop_of", "is_async_client", "loop_is_closed", "sync_sleep"]


async def async_sleep(seconds: float) -> None:
    import anyio  # only async callers pay for importing anyio

    await anyio.sleep(seconds)


def sync_sleep(seconds: float) -> None:
    time.sleep(seconds)


def is_async_client(http: object) -> bool:
    return isinstance(http, httpx2.AsyncClient)


def event_loop_of(http: object) -> object | None:
    """The running event loop (asyncio loop or trio token) for an async client, else None.

    httpx2's connection pool belongs to the loop that opened it: the async transport compares
    this with the loop of its previous call to notice that it is being used from another loop.
    """
    if not isinstance(http, httpx2.AsyncClient):
        return None
    # The common case first, and cheaply: a running asyncio loop is anyio's token for it (no
    # asyncio loop can run where asyncio was never imported).
    asyncio = sys.modules.get("asyncio")
    loop: object | None = asyncio._get_running_loop() if asyncio is not None else None
    if loop is not None:
        return loop
    import anyio.lowlevel

    try:
        return anyio.lowlevel.current_token().native_token
    except Exception:  # no supported event loop is running (a foreign one): nothing to compare
        return None


def loop_is_closed(loop: object) -> bool:
    is_closed = getattr(loop, "is_closed", None)
    return bool(is_closed()) if callable(is_closed) else False
