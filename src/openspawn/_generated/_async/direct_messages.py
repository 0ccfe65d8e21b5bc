"""``client.direct_messages``: Direct messages between two agents, conversations and unread counts.

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
    check_query,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import models_on_first_call
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint, query_value

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..models import (
        Conversation,
        ConversationListResponse,
        DirectMessage,
        DirectMessageListResponse,
        MarkReadResponse,
        Message,
        MessageResponseEnvelope,
        MessageType,
        SendDirectMessageRequest,
        UnreadCountResponse,
    )

__all__ = ["AsyncDirectMessages"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_SEND: Final[Endpoint[MessageResponseEnvelope]] = Endpoint(
    "sendDirectMessage", "POST", "..api.direct_messages.send_direct_message", __package__, "data"
)
_CONVERSATIONS: Final[Endpoint[ConversationListResponse]] = Endpoint(
    "listConversations", "GET", "..api.direct_messages.list_conversations", __package__
)
_UNREAD_COUNT: Final[Endpoint[UnreadCountResponse]] = Endpoint(
    "getUnreadCount", "GET", "..api.direct_messages.get_unread_count", __package__
)
_LIST: Final[Endpoint[DirectMessageListResponse]] = Endpoint(
    "listDirectMessages", "GET", "..api.direct_messages.list_direct_messages", __package__
)
_MARK_READ: Final[Endpoint[MarkReadResponse]] = Endpoint(
    "markDirectMessagesRead",
    "PATCH",
    "..api.direct_messages.mark_direct_messages_read",
    __package__,
)


class AsyncDirectMessages:
    """``client.direct_messages``: Direct messages between two agents, conversations and unread counts."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "send",
            "conversations",
            "unread_count",
            "list",
            "mark_read",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def send(
        self,
        request: SendDirectMessageRequest | Mapping[str, Any],
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
        to_agent_id: str,
        body: str,
        *,
        type: MessageType | None = ...,
        metadata: dict[str, Any] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Message: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def send(  # type: ignore[misc]
        self,
        request: Any = OMIT,
        *more: Any,
        to_agent_id: Any = OMIT,
        body: Any = OMIT,
        type: Any = OMIT,
        metadata: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Message:
        """Send a direct message.

        Sends a direct message from the calling agent to another agent of the organisation. The
        two agents' `agent` channel is created on first use. The answer is the stored message,
        with `recipientId` set and `metadata.read` false.

        ``POST /api/v1/dm`` (operation ``sendDirectMessage``).

        Args:
            request: the body as a ``SendDirectMessageRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (to_agent_id, body may also be positional).
            to_agent_id: required. The UUID of the receiving agent.
            body: required. The message's text.
            type: The kind of a message; `text` is ordinary chat, `handoff` passes work on,
                `status_update` reports progress and `request` asks for something.
            metadata: Free-form data to attach to the message.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            PermissionDeniedError: HTTP 403 - The caller is authenticated but not allowed to
                do this (wrong role, level or relationship).

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
                request.__class__ is SendDirectMessageRequest
                and not more
                and to_agent_id is OMIT
                and body is OMIT
                and type is OMIT
                and metadata is OMIT
            )
            else body_of(
                "direct_messages.send",
                SendDirectMessageRequest,
                request,
                more,
                (
                    "to_agent_id",
                    "body",
                ),
                {
                    "to_agent_id": to_agent_id,
                    "body": body,
                    "type": type,
                    "metadata": metadata,
                },
                required=True,
            )
        )
        path = "/api/v1/dm"
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

    async def conversations(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Conversation]:
        """List the caller's conversations.

        Lists the calling agent's direct-message conversations, most recent first, each with the
        other agent, the last message and the number of unread messages.

        ``GET /api/v1/dm/conversations`` (operation ``listConversations``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/dm/conversations"
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
            _CONVERSATIONS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def unread_count(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> int:
        """Count the caller's unread direct messages.

        Returns how many direct messages sent to the calling agent are still unread.

        ``GET /api/v1/dm/unread`` (operation ``getUnreadCount``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/dm/unread"
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
            _UNREAD_COUNT,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data.count

    async def list(
        self,
        agent_id: str,
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
    ) -> builtins.list[DirectMessage]:
        """List the direct messages with an agent.

        Returns the `limit` newest direct messages between the calling agent and the given
        agent, oldest first. With `before`, it returns the `limit` newest messages older than
        that message; to page further back, pass the id of the first (oldest) message of the
        previous page.

        ``GET /api/v1/dm/{agentId}`` (operation ``listDirectMessages``).

        Args:
            agent_id: The UUID (`id`) of the other agent of the conversation.
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
        path = f"/api/v1/dm/{uuid_segment('direct_messages.list', 'agent_id', agent_id)}"
        query: dict[str, str] = {}
        if (_value := check_query("direct_messages.list", "limit", limit, "int")) is not None:
            query["limit"] = query_value(_value)
        if (_value := check_query("direct_messages.list", "before", before, "str")) is not None:
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

    async def mark_read(
        self,
        agent_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> int:
        """Mark the direct messages from an agent as read.

        Marks every unread direct message that the given agent sent to the calling agent as read
        and returns how many were marked. The request has no fields: its body is `{}`.

        ``PATCH /api/v1/dm/{agentId}/read`` (operation ``markDirectMessagesRead``).

        Args:
            agent_id: The UUID (`id`) of the other agent of the conversation.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/dm/{uuid_segment('direct_messages.mark_read', 'agent_id', agent_id)}/read"
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
            _MARK_READ,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data.marked_read


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncDirectMessages,
        globals(),
        __package__,
        {
            "send": ("SendDirectMessageRequest",),
        },
    )
