"""Access to the HTTP answers behind any call: ``with client.capture_responses() as seen:``.

Works for every method and return type, sync and async alike (a context variable follows the
calling task), and costs nothing when no capture is active.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpx2

from .frozen import Frozen, frozen

__all__ = [
    "CapturedResponse",
    "ResponseCapture",
    "capture_responses",
    "current_capture",
    "record",
]


@frozen
class CapturedResponse(Frozen):
    """One HTTP answer: every attempt of a call is recorded, retries included.

    Immutable, compared by value, picklable (``Frozen``); the repr leaves out the body.
    """

    __slots__ = _fields = __match_args__ = _compared = (
        "operation_id",
        "method",
        "url",
        "status_code",
        "headers",
        "content",
        "attempt",
        "elapsed",
    )
    _shown = ("operation_id", "method", "url", "status_code", "headers", "attempt", "elapsed")

    operation_id: str
    method: str
    url: str
    status_code: int
    headers: httpx2.Headers
    content: bytes
    attempt: int
    elapsed: float

    def __init__(
        self,
        operation_id: str,
        method: str,
        url: str,
        status_code: int,
        headers: httpx2.Headers,
        content: bytes,
        attempt: int,
        elapsed: float,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "operation_id", operation_id)
        set_(self, "method", method)
        set_(self, "url", url)
        set_(self, "status_code", status_code)
        set_(self, "headers", headers)
        set_(self, "content", content)
        set_(self, "attempt", attempt)
        set_(self, "elapsed", elapsed)

    @property
    def request_id(self) -> str | None:
        value: str | None = self.headers.get("x-request-id")
        return value


class ResponseCapture(list[CapturedResponse]):
    """The answers received inside a ``capture_responses()`` block, oldest first."""

    @property
    def last(self) -> CapturedResponse:
        if not self:
            raise LookupError("no response was captured")
        return self[-1]


_active: ContextVar[ResponseCapture | None] = ContextVar("openspawn_capture", default=None)


@contextmanager
def capture_responses() -> Iterator[ResponseCapture]:
    captured = ResponseCapture()
    token = _active.set(captured)
    try:
        yield captured
    finally:
        _active.reset(token)


def record(response: CapturedResponse) -> None:
    captured = _active.get()
    if captured is not None:
        captured.append(response)


current_capture: Callable[[], ResponseCapture | None] = _active.get
"""The innermost active capture, if any (the context variable's own ``get``: no Python frame,
since every call asks)."""
