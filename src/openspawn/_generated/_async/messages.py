"""``client.messages``: Messages posted in channels, including threads of replies.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, overload

import httpx2

from openspawn._async.pagination import AsyncPaginator
from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    OMIT,
    body_of,
    check_query,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import models_on_first_call
from openspawn._core.pagination import DEFAULT_PAGE_SIZE
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint, query_value

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..models import (
        Message,
        MessageListResponse,
        MessageResponseEnvelope,
        MessageType,
        SendMessageRequest,
    )

__all__ = ["AsyncMessages"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_LIST: Final[Endpoint[MessageListResponse]] = Endpoint(
    "listMessages", "GET", "..api.messages.list_messages", __package__
)
_SEND: Final[Endpoint[MessageResponseEnvelope]] = Endpoint(
    "sendMessage", "POST", "..api.messages.send_message", __package__, "data"
)
_GET: Final[Endpoint[MessageResponseEnvelope]] = Endpoint(
    "getMessage", "GET", "..api.messages.get_message", __package__, "data"
)
_GET_THREAD: Final[Endpoint[MessageListResponse]] = Endpoint(
    "getMessageThread", "GET", "..api.messages.get_message_thread", __package__
)


class AsyncMessages:
    """``client.messages``: Messages posted in channels, including threads of replies."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "list",
            "send",
            "get",
            "get_thread",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        channel_id: str | None = None,
        *,
        limit: int = 50,
        before: str | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Message]:
        """List a channel's messages.

        Returns the `limit` newest messages of a channel, in ascending (oldest first) order.
        With `before`, it returns the `limit` newest messages that are older than that message,
        still oldest first; to page further back, pass the id of the FIRST (oldest) message of
        the previous page as `before`.

        ``GET /api/v1/messages`` (operation ``listMessages``).

        Args:
            channel_id: The channel whose messages to list. (a UUID)
            limit: The maximum number of messages to return.
            before: Only messages older than the message with this id. (a UUID)

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/messages"
        query: dict[str, str] = {}
        if (_value := check_query("messages.list", "channel_id", channel_id, "str")) is not None:
            query["channelId"] = query_value(_value)
        if (_value := check_query("messages.list", "limit", limit, "int")) is not None:
            query["limit"] = query_value(_value)
        if (_value := check_query("messages.list", "before", before, "str")) is not None:
            query["before"] = query_value(_value)
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
            query,
            UNSET,
            options,
        )
        return result.data

    def iter_messages(
        self,
        channel_id: str | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncPaginator[Message]:
        """Every item of ``list``, fetching ``page_size`` at a time as iteration needs them.

        Cursor pagination: nothing is fetched before iteration starts, each
        iteration walks the list again, and entries added meanwhile are neither repeated nor
        skipped (``iter_pages()`` walks page by page).
        """

        async def fetch_page(position: Any, limit: int) -> builtins.list[Message]:
            items = await self.list(
                channel_id=channel_id,
                limit=limit,
                before=position,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_policy=retry_policy,
            )
            return items

        return AsyncPaginator.by_cursor(
            fetch_page,
            lambda page: page[0].id,
            page_size=page_size,
            reverse=True,
        )

    @overload
    async def send(
        self,
        request: SendMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Message: ...

    @overload
    async def send(
        self,
        *,
        channel_id: str,
        body: str,
        type: MessageType = ...,
        parent_message_id: str | None = ...,
        metadata: dict[str, Any] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Message: ...

    async def send(
        self,
        request: Any = OMIT,
        *more: Any,
        channel_id: Any = OMIT,
        body: Any = OMIT,
        type: Any = OMIT,
        parent_message_id: Any = OMIT,
        metadata: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Message:
        """Send a message to a channel.

        Posts a message from the calling agent to a channel, optionally as a reply to another
        message. `type` defaults to `text` here, but upstream requires it, so clients should
        always send it. An unknown channel answers 404 on the dev server (500 upstream).

        ``POST /api/v1/messages`` (operation ``sendMessage``).

        Args:
            request: the body as a ``SendMessageRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            channel_id: required. The UUID of the channel.
            body: required. The message's text.
            type: The kind of a message; `text` is ordinary chat, `handoff` passes work on,
                `status_update` reports progress and `request` asks for something.
            parent_message_id: The UUID of the message this one replies to.
            metadata: Free-form data to attach to the message.

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

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is SendMessageRequest
                and not more
                and channel_id is OMIT
                and body is OMIT
                and type is OMIT
                and parent_message_id is OMIT
                and metadata is OMIT
            )
            else body_of(
                "messages.send",
                SendMessageRequest,
                request,
                more,
                (),
                {
                    "channel_id": channel_id,
                    "body": body,
                    "type": type,
                    "parent_message_id": parent_message_id,
                    "metadata": metadata,
                },
                required=True,
            )
        )
        path = "/api/v1/messages"
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
            _SEND,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def get(
        self,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Message:
        """Get a message.

        Returns one message of the caller's organisation by its UUID.

        ``GET /api/v1/messages/{id}`` (operation ``getMessage``).

        Args:
            message_id: The message's UUID.

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
        path = f"/api/v1/messages/{uuid_segment('messages.get', 'message_id', message_id)}"
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

    async def get_thread(
        self,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Message]:
        """Get the replies to a message.

        Lists the direct replies to a message (messages whose `parentMessageId` is the given
        id), oldest first. The parent message itself is not included, and an unknown id gives an
        empty list rather than 404.

        ``GET /api/v1/messages/{id}/thread`` (operation ``getMessageThread``).

        Args:
            message_id: The message's UUID.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/messages/{uuid_segment('messages.get_thread', 'message_id', message_id)}/thread"
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
            _GET_THREAD,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncMessages,
        globals(),
        __package__,
        {
            "send": ("SendMessageRequest",),
        },
    )
