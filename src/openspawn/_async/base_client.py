"""The hand-written half of the async client: configuration, transport and lifetime.

The resource properties (``client.agents`` …) are generated: ``AsyncBikiniBottomClient`` in
``openspawn._generated._async.client`` subclasses ``AsyncBaseClient``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx2

from .._core.capture import ResponseCapture, capture_responses
from .._core.config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    derive_config,
    resolve_config,
)
from .._core.config import wrong_http_client as _wrong_http_client
from .._core.logs import setup_from_env
from .._core.retry import RetryPolicy
from .transport import AsyncTransport

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .raw import AsyncRawResponses


__all__ = ["AsyncBaseClient"]


class AsyncBaseClient:
    """Client for a BikiniBottom server.

    Args:
        base_url: the server's root (``https://host``); ``/api/v1`` is added. Default: env
            ``OPENSPAWN_API_URL``, else ``https://api.openspawn.dev``.
        api_key: an API key (``osp_…``), sent as a bearer token. Default: ``OPENSPAWN_API_KEY``.
        agent_id: the agent's slug (its ``agentId``, not its UUID), for HMAC signing.
            Default: ``OPENSPAWN_AGENT_ID``.
        secret: the agent's 64-hex secret. Default: ``OPENSPAWN_SECRET``.
        timeout: seconds per request (default 30; None for no timeout).
        max_retries: retries after the first attempt (default 3).
        retry_policy: an ``openspawn.RetryPolicy``: which answers are retried and the waits
            (default: the guide's 1, 2, 4 … 32 s; a 500 to a mutating call is never retried).
        http_client: an ``httpx2.AsyncClient`` to send with; you keep ownership of it.
        default_headers: headers added to every request.
        default_query: query parameters added to every request (a call's own win).

    ``with_options(...)`` gives a copy with other settings on the same connection pool, and
    ``with_raw_response.<resource>.<method>(...)`` the HTTP answer behind any call.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        agent_id: str | None = None,
        secret: str | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx2.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
    ) -> None:
        setup_from_env()
        config = resolve_config(
            base_url=base_url,
            api_key=api_key,
            agent_id=agent_id,
            secret=secret,
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_policy=retry_policy,
            default_query=default_query,
        )
        if http_client is not None and not isinstance(http_client, httpx2.AsyncClient):
            raise TypeError(_wrong_http_client(http_client, "httpx2.AsyncClient"))
        self._transport = AsyncTransport(config, http_client, not isinstance(timeout, NotGiven))

    @property
    def base_url(self) -> str:
        return self._transport.config.base_url

    def with_options(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        agent_id: str | None = None,
        secret: str | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, on the same connection pool.

        Settings left out are kept; ``default_headers`` and ``default_query`` are added to
        this client's (a name given again replaces its value); new credentials (``api_key``,
        or ``agent_id`` with ``secret``) replace the old ones. Values are checked as the
        constructor checks them (``ConfigurationError``).

        The pool stays this client's: closing the copy (or leaving its ``with`` block) does
        not close it, and once this client is closed its copies raise ``ClientClosedError``.
        Making a copy is cheap (no connection is opened), so a per-request copy is fine:
        ``await client.with_options(timeout=5).agents.list()``.
        """
        config = derive_config(
            self._transport.config,
            base_url=base_url,
            api_key=api_key,
            agent_id=agent_id,
            secret=secret,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
            default_query=default_query,
        )
        copy = object.__new__(type(self))
        copy._transport = self._transport.sharing_pool(config, not isinstance(timeout, NotGiven))
        return copy

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """Every method, returning the HTTP answer: ``(await ….agents.list()).headers``.

        ``r = await client.with_raw_response.agents.get(agent_id)`` gives a ``RawResponse``
        with ``status_code``, ``headers``, ``request_id``, ``http_request`` and ``parse()``
        (the same ``Agent`` that ``client.agents.get(agent_id)`` returns).
        """
        from .raw import AsyncRawResponses  # imported on first use: the plain calls never need it

        return AsyncRawResponses(self)

    def capture_responses(self) -> AbstractContextManager[ResponseCapture]:
        """Record the HTTP answers (status, headers, request id, body) of calls in a block.

        ``with client.capture_responses() as seen: client.agents.list()`` then
        ``seen.last.status_code``, ``seen.last.headers``, ``seen.last.request_id``.
        """
        return capture_responses()

    @property
    def is_closed(self) -> bool:
        return self._transport.closed

    async def close(self) -> None:
        """Release the connection pool (a user-supplied ``http_client`` is left open)."""
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        config = self._transport.config
        return (
            f"{type(self).__name__}(base_url={config.base_url!r}, "
            f"credentials={config.credentials!r}, max_retries={config.max_retries})"
        )
