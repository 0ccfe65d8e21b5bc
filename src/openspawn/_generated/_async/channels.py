"""``client.channels``: Channels that group messages (task, agent, broadcast and general channels).

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, overload

import httpx2

from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    OMIT,
    body_of,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import models_on_first_call
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..models import (
        Channel,
        ChannelListResponse,
        ChannelResponse,
        ChannelType,
        CreateChannelRequest,
    )

__all__ = ["AsyncChannels"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_LIST: Final[Endpoint[ChannelListResponse]] = Endpoint(
    "listChannels", "GET", "..api.channels.list_channels", __package__
)
_CREATE: Final[Endpoint[ChannelResponse]] = Endpoint(
    "createChannel", "POST", "..api.channels.create_channel", __package__, "data"
)
_GET: Final[Endpoint[ChannelResponse]] = Endpoint(
    "getChannel", "GET", "..api.channels.get_channel", __package__, "data"
)


class AsyncChannels:
    """``client.channels``: Channels that group messages (task, agent, broadcast and general channels)."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "list",
            "create",
            "get",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Channel]:
        """List channels.

        Lists every channel of the caller's organisation, newest first, including task channels
        and the `agent` channels that carry direct messages. The list is not paginated.

        ``GET /api/v1/channels`` (operation ``listChannels``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/channels"
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
        result = await self._transport.send(
            _LIST,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def create(
        self,
        request: CreateChannelRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Channel: ...

    @overload
    async def create(
        self,
        name: str,
        type: ChannelType = ...,
        *,
        task_id: str | None = ...,
        metadata: dict[str, Any] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Channel: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def create(  # type: ignore[misc]
        self,
        request: Any = OMIT,
        *more: Any,
        name: Any = OMIT,
        type: Any = OMIT,
        task_id: Any = OMIT,
        metadata: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Channel:
        """Create a channel.

        Creates a channel in the caller's organisation. Channel names are unique per
        organisation; an existing name answers 409.

        ``POST /api/v1/channels`` (operation ``createChannel``).

        Args:
            request: the body as a ``CreateChannelRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (name, type may also be positional).
            name: required. The channel's name, unique in the organisation.
            type: required. The kind of a channel; `task` belongs to one task, `agent` carries direct
                messages, `broadcast` and `general` are shared.
            task_id: The UUID of the task the channel belongs to.
            metadata: Free-form data to attach to the channel.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            ConflictError: HTTP 409 - The request conflicts with the current state of the
                resource (for example a duplicate, an already approved task or unfinished
                blocking dependencies), or (an extension) the idempotency key was already used
                with a different method, path or body.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is CreateChannelRequest
                and not more
                and name is OMIT
                and type is OMIT
                and task_id is OMIT
                and metadata is OMIT
            )
            else body_of(
                "channels.create",
                CreateChannelRequest,
                request,
                more,
                (
                    "name",
                    "type",
                ),
                {
                    "name": name,
                    "type": type,
                    "task_id": task_id,
                    "metadata": metadata,
                },
                required=True,
                defaults={"type": "general"},
            )
        )
        path = "/api/v1/channels"
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
        result = await self._transport.send(
            _CREATE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def get(
        self,
        channel_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Channel:
        """Get a channel.

        Returns one channel of the caller's organisation by its UUID.

        ``GET /api/v1/channels/{id}`` (operation ``getChannel``).

        Args:
            channel_id: The channel's UUID.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/channels/{uuid_segment('channels.get', 'channel_id', channel_id)}"
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
        result = await self._transport.send(
            _GET,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncChannels,
        globals(),
        __package__,
        {
            "create": ("CreateChannelRequest",),
        },
    )
