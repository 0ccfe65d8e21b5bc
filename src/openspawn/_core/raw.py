"""The HTTP answer behind a call (``client.with_raw_response``).

I/O-free and shared by the sync and async clients: a ``RawResponse`` is built from the answer
the transport recorded (``capture.py``) once the call is finished.
"""

from __future__ import annotations

import json
from typing import Any, Generic, TypeVar

import httpx2

from .capture import CapturedResponse
from .frozen import Frozen, frozen

__all__ = ["RawResponse", "RequestInfo"]

T = TypeVar("T")


@frozen
class RequestInfo(Frozen):
    """What was sent, without its credentials: the method and the URL (query included)."""

    __slots__ = _fields = __match_args__ = _shown = _compared = ("method", "url")

    method: str
    url: str

    def __init__(self, method: str, url: str) -> None:
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "url", url)


@frozen
class RawResponse(Frozen, Generic[T]):
    """The final HTTP answer of a call, and the result the plain call returns (``parse()``).

    ``status_code``, ``headers`` (``httpx2.Headers``), ``request_id`` (the ``x-request-id``
    header), ``http_request`` (method and URL), ``content`` / ``text`` / ``json()`` (the
    body), ``elapsed`` (seconds of the last attempt), ``retries_taken`` and ``operation_id``.
    """

    __slots__ = _fields = __match_args__ = _compared = ("_answer", "_result", "retries_taken")

    _answer: CapturedResponse
    _result: T
    retries_taken: int

    def __init__(self, _answer: CapturedResponse, _result: T, retries_taken: int) -> None:
        object.__setattr__(self, "_answer", _answer)
        object.__setattr__(self, "_result", _result)
        object.__setattr__(self, "retries_taken", retries_taken)

    def parse(self) -> T:
        """The value the same call returns without ``with_raw_response``."""
        return self._result

    @property
    def status_code(self) -> int:
        return self._answer.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self._answer.headers

    @property
    def request_id(self) -> str | None:
        return self._answer.request_id

    @property
    def http_request(self) -> RequestInfo:
        return RequestInfo(self._answer.method, self._answer.url)

    @property
    def operation_id(self) -> str:
        return self._answer.operation_id

    @property
    def content(self) -> bytes:
        return self._answer.content

    @property
    def text(self) -> str:
        return self._answer.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self._answer.content) if self._answer.content else None

    @property
    def elapsed(self) -> float:
        return self._answer.elapsed

    def __repr__(self) -> str:
        answer = self._answer
        return (
            f"<RawResponse {answer.operation_id} {answer.method} {answer.url} "
            f"[{answer.status_code}] request_id={answer.request_id!r}>"
        )
