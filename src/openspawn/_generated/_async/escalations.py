"""``client.escalations``: Escalate tasks up the agent hierarchy, list and resolve escalations.

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
        EscalateTaskRequest,
        Escalation,
        EscalationListResponse,
        EscalationReason,
        EscalationResponse,
    )

__all__ = ["AsyncEscalations"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_ESCALATE: Final[Endpoint[EscalationResponse]] = Endpoint(
    "escalateTask", "POST", "..api.escalations.escalate_task", __package__, "data"
)
_LIST: Final[Endpoint[EscalationListResponse]] = Endpoint(
    "listTaskEscalations", "GET", "..api.escalations.list_task_escalations", __package__
)
_LIST_OPEN: Final[Endpoint[EscalationListResponse]] = Endpoint(
    "listOpenEscalations", "GET", "..api.escalations.list_open_escalations", __package__
)
_RESOLVE: Final[Endpoint[EscalationResponse]] = Endpoint(
    "resolveEscalation", "POST", "..api.escalations.resolve_escalation", __package__, "data"
)


class AsyncEscalations:
    """``client.escalations``: Escalate tasks up the agent hierarchy, list and resolve escalations."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "escalate",
            "list",
            "list_open",
            "resolve",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def escalate(
        self,
        task_id: str,
        request: EscalateTaskRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Escalation: ...

    @overload
    async def escalate(
        self,
        task_id: str,
        *,
        reason: EscalationReason,
        notes: str | None = ...,
        target_agent_id: str | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Escalation: ...

    async def escalate(
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        reason: Any = OMIT,
        notes: Any = OMIT,
        target_agent_id: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Escalation:
        """Escalate a task up the hierarchy.

        Records an escalation of an assigned task and reassigns the task (its status does not
        change) to `targetAgentId` when given, else to the assignee's parent, else to the active
        agent exactly one level above the assignee that has completed the most tasks. Records a
        `task.escalated` event (severity `warning`) whose actor is the previous assignee. An
        unassigned task, or an assignee with no parent and no agent one level higher, answers
        422.

        ``POST /api/v1/tasks/{id}/escalate`` (operation ``escalateTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``EscalateTaskRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            reason: required. Why a task is escalated. `MANUAL` is the usual choice for an agent; the others
                name the automatic triggers.
            notes: Free text about the escalation.
            target_agent_id: The agent to escalate to; by default the assignee's parent, else an agent one
                level higher.

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

            UnprocessableEntityError: HTTP 422 - The task cannot be escalated (it is
                unassigned, or nobody is above its assignee).

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is EscalateTaskRequest
                and not more
                and reason is OMIT
                and notes is OMIT
                and target_agent_id is OMIT
            )
            else body_of(
                "escalations.escalate",
                EscalateTaskRequest,
                request,
                more,
                (),
                {
                    "reason": reason,
                    "notes": notes,
                    "target_agent_id": target_agent_id,
                },
                required=True,
            )
        )
        path = f"/api/v1/tasks/{uuid_segment('escalations.escalate', 'task_id', task_id)}/escalate"
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
            _ESCALATE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def list(
        self,
        task_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Escalation]:
        """List a task's escalations.

        The escalation history of a task, newest first, each with its `fromAgent` and `toAgent`.

        ``GET /api/v1/tasks/{id}/escalations`` (operation ``listTaskEscalations``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.

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
        path = f"/api/v1/tasks/{uuid_segment('escalations.list', 'task_id', task_id)}/escalations"
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

    async def list_open(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[Escalation]:
        """List the organisation's open escalations.

        The escalations that are not resolved yet, newest first, each with its `task`,
        `fromAgent` and `toAgent`.

        ``GET /api/v1/tasks/escalations/open`` (operation ``listOpenEscalations``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/tasks/escalations/open"
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
            _LIST_OPEN,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def resolve(
        self,
        escalation_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Escalation:
        """Resolve an escalation.

        Marks an open escalation as resolved (`resolvedAt`). No event is recorded. Resolving an
        escalation that is already resolved answers 409. The request has no body.

        ``POST /api/v1/tasks/escalations/{escalationId}/resolve`` (operation ``resolveEscalation``).

        Args:
            escalation_id: The escalation's UUID.

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

            ConflictError: HTTP 409 - The request conflicts with the current state of the
                resource (for example a duplicate, an already approved task or unfinished
                blocking dependencies), or (an extension) the idempotency key was already used
                with a different method, path or body.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/tasks/escalations/{uuid_segment('escalations.resolve', 'escalation_id', escalation_id)}/resolve"
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
            _RESOLVE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncEscalations,
        globals(),
        __package__,
        {
            "escalate": ("EscalateTaskRequest",),
        },
    )
