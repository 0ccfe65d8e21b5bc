"""``client.system``: Service health, answered without authentication.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx2

from openspawn._core.arguments import (
    NO_OPTIONS,
    request_options,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import lazy_functions
from openspawn._core.retry import RetryPolicy

# Builders, models and overrides are imported by the first method that needs them: the first
# `get` imports its own builder and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..api import system
    from ..models import HealthStatus, PingResponse
else:
    system = lazy_functions(
        "..api.system",
        __package__,
        {
            "get_health": ("..api.system.get_health", "build"),
            "ping": ("..api.system.ping", "build"),
        },
    )

__all__ = ["AsyncSystem"]


class AsyncSystem:
    """``client.system``: Service health, answered without authentication."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "health",
            "ping",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def health(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> HealthStatus:
        """Check the service health.

        Tells whether the service is up. This is the only endpoint outside `/api/v1` and the
        only one that needs no authentication; it is still rate limited.

        ``GET /health`` (operation ``getHealth``).

        Raises:
            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        op = system.get_health()
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.request(op, options)
        return result

    async def ping(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> PingResponse:
        """Check the credentials.

        The cheapest authenticated call: answers `{"message": "Hello API"}` when the credentials
        are accepted and 401 otherwise. Use it to check a configuration before doing real work.

        ``GET /api/v1`` (operation ``ping``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        op = system.ping()
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.request(op, options)
        return result
