from __future__ import annotations

from ..transport import AsyncTransport

__all__ = ["AsyncResource"]


class AsyncResource:
    """A namespace of API methods sharing the client's transport."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
