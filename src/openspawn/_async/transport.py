"""Sends a call's attempts over httpx2: the retry loop, and the only I/O in the client."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx2

from .._core import io
from .._core.call import Call
from .._core.config import ClientConfig
from .._core.errors import ClientClosedError
from .._core.options import RequestOptions
from .._generated.types import Operation

__all__ = ["AsyncTransport"]

T = TypeVar("T")


class AsyncTransport:
    """Runs generated ``Operation``s: sign, send, retry, parse."""

    __slots__ = ("_closed", "_config", "_default_timeout", "_http", "_owns_http")

    def __init__(
        self,
        config: ClientConfig,
        http_client: httpx2.AsyncClient | None,
        timeout_given: bool,
    ) -> None:
        self._config = config
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx2.AsyncClient(
                timeout=config.timeout,
                limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=100),
            )
        self._http = http_client
        # A client the user built keeps its own timeout unless one was given to us explicitly.
        self._default_timeout: Any = (
            config.timeout if (timeout_given and not self._owns_http) else httpx2.USE_CLIENT_DEFAULT
        )
        self._closed = False

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def closed(self) -> bool:
        return self._closed

    async def request(self, operation: Operation[T], options: RequestOptions) -> T:
        if self._closed:
            raise ClientClosedError(
                "This client has been closed; create a new client to make more requests."
            )
        if "timeout" not in options and self._default_timeout is not httpx2.USE_CLIENT_DEFAULT:
            options = {**options, "timeout": self._default_timeout}
        call = Call(self._config, operation, options)
        while True:
            method, url, query, headers, content, timeout = call.next_attempt()
            delay: float | None
            try:
                response = await self._http.request(
                    method,
                    url,
                    params=query or None,
                    headers=headers,
                    content=content,
                    timeout=timeout,
                )
            except httpx2.HTTPError as exc:
                delay = call.after_error(exc)
            else:
                delay = call.after_response(
                    response.status_code, response.headers, response.content, response.reason_phrase
                )
                if delay is None:
                    return call.result()
            await io.async_sleep(delay)

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            if self._owns_http:
                await self._http.aclose()
