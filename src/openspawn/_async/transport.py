"""Sends a call's attempts over httpx2: the retry loop, and the only I/O in the client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn, TypeVar

import httpx2

from .._core import io
from .._core.call import Call, EndpointLike, Prepared, observing, parse_answer, prepare
from .._core.config import ClientConfig
from .._core.errors import ClientClosedError, EventLoopMismatchError
from .._core.options import RequestOptions
from .._generated.types import Operation

__all__ = ["AsyncTransport"]

T = TypeVar("T")


def _new_http_client(config: ClientConfig) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(
        timeout=config.timeout,
        limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=100),
    )


class _Pool:
    """The httpx2 client a transport sends with, shared by the copies ``with_options()`` makes."""

    __slots__ = ("closed", "http", "loop", "owned", "tied_to_loop")

    def __init__(self, http: httpx2.AsyncClient, owned: bool) -> None:
        self.http = http
        self.owned = owned  # we built it, so we close it (a user's http_client stays theirs)
        self.loop: object | None = None
        self.closed = False
        # An async pool's connections belong to one event loop; a sync pool's to none.
        self.tied_to_loop = io.is_async_client(http)


class AsyncTransport:
    """Runs API calls: sign, send, retry, parse."""

    __slots__ = ("_closed", "_config", "_default_timeout", "_owner", "_pool")

    def __init__(
        self,
        config: ClientConfig,
        http_client: httpx2.AsyncClient | None,
        timeout_given: bool,
    ) -> None:
        self._config = config
        owned = http_client is None
        self._pool = _Pool(
            http_client if http_client is not None else _new_http_client(config), owned
        )
        self._owner = True
        # A client the user built keeps its own timeout unless one was given to us explicitly.
        self._default_timeout: Any = (
            config.timeout if (timeout_given and not owned) else httpx2.USE_CLIENT_DEFAULT
        )
        self._closed = False

    def sharing_pool(self, config: ClientConfig, timeout_given: bool) -> AsyncTransport:
        """A transport with other settings on this one's connection pool, which it never closes."""
        copy = object.__new__(AsyncTransport)
        copy._config = config
        copy._pool = self._pool
        copy._owner = False
        copy._default_timeout = config.timeout if timeout_given else self._default_timeout
        copy._closed = False
        return copy

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def closed(self) -> bool:
        return self._closed or self._pool.closed

    def __reduce__(self) -> NoReturn:
        raise TypeError(
            "an openspawn client cannot be pickled (it holds credentials and connections); "
            "build a new client in the other process"
        )

    def _check_loop(self) -> None:
        """Follow the client to another event loop, or say clearly why it cannot."""
        pool = self._pool
        loop = io.event_loop_of(pool.http)
        if loop is pool.loop or loop is None:
            return
        if pool.loop is not None:
            if not pool.owned:
                if io.loop_is_closed(pool.loop):
                    raise EventLoopMismatchError(
                        "This client's http_client was used in an event loop that is now closed; "
                        "its connections cannot be used from another loop. Create the "
                        "httpx2.AsyncClient (and the openspawn client) inside the loop that uses "
                        "them, e.g. in the coroutine passed to asyncio.run()."
                    )
            else:
                # The pool's connections belong to the previous loop: start a fresh one here.
                pool.http = _new_http_client(self._config)
        pool.loop = loop

    async def request(self, operation: Operation[T], options: RequestOptions) -> T:
        """Send an `Operation` a builder made (``_generated/api``)."""
        return await self.send(operation, operation.path, operation.query, operation.body, options)

    async def send(
        self,
        endpoint: EndpointLike[T],
        path: str,
        query: Mapping[str, str],
        body: Any,
        options: RequestOptions,
    ) -> T:
        """Make one API call: ``endpoint`` (a generated resource method's `Endpoint`, or an
        `Operation`) with this call's path (percent-encoded), query, body (`UNSET` for none)
        and options. The only retry loop of the async client."""
        if self._closed or self._pool.closed:
            raise ClientClosedError(
                "This client has been closed; create a new client to make more requests."
                if self._closed or self._owner
                else "The client this one was copied from with with_options() has been closed, "
                "and with it the connection pool they share; keep it open while its copies "
                "are in use."
            )
        if "timeout" not in options and self._default_timeout is not httpx2.USE_CLIENT_DEFAULT:
            options = {**options, "timeout": self._default_timeout}
        config = self._config
        pool = self._pool
        if pool.tied_to_loop:
            self._check_loop()
        # The common call (no options, nobody watching) sends its first attempt without a
        # `Call`, which is made only if that attempt fails (docs/performance.md).
        call: Call[T] | None = None
        first: Prepared | None = None
        if options or observing():
            call = Call(config, endpoint, path, query, body, options)
        else:
            first = prepare(config, endpoint.method, path, query, body, options)
        while True:
            headers: dict[str, str]
            if call is None:
                assert first is not None  # the first attempt of a call without a `Call`
                method = endpoint.method
                url, params, headers, content, _, signs = first
                timeout: Any = httpx2.USE_CLIENT_DEFAULT
                if signs:
                    config.credentials.apply(headers, method, path, content or b"")
            else:
                method, url, params, headers, content, timeout = call.next_attempt()
            response: httpx2.Response | None = None
            error: BaseException | None = None
            try:
                response = await pool.http.request(
                    method,
                    url,
                    params=params or None,
                    headers=headers,
                    content=content,
                    timeout=timeout,
                )
            except Exception as exc:  # judged below, outside this block: no hidden __context__
                error = exc
            if call is None:
                if response is not None and 200 <= response.status_code < 300:
                    return parse_answer(endpoint, path, response)
                assert first is not None
                call = Call(config, endpoint, path, query, body, options, sent=first)  # judge it
            if response is not None:
                delay = call.after_response(response)
                if delay is None:
                    return call.result
            else:
                assert error is not None  # the request raised: nothing else leaves it empty
                try:
                    delay = call.after_error(error)
                finally:
                    error = None  # keep the original (and its request) out of traceback locals
            await io.async_sleep(delay)

    async def close(self) -> None:
        """Close this transport; the pool only when this is the transport that opened it."""
        if self._closed:
            return
        self._closed = True
        pool = self._pool
        if not self._owner or pool.closed:
            return
        pool.closed = True
        # A pool opened in another (finished) event loop cannot be closed from this one;
        # its connections go with that loop.
        here = io.event_loop_of(pool.http)
        if pool.owned and (pool.loop is None or here in (None, pool.loop)):
            await pool.http.aclose()
