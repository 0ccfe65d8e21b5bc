"""``client.routing``: Rank and pick agents for tasks by their capabilities, and assign tasks automatically.

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
        AutoAssignRequest,
        RoutingCandidate,
        RoutingCandidateListResponse,
        RoutingResult,
        RoutingResultResponse,
    )

__all__ = ["AsyncRouting"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_SUGGEST: Final[Endpoint[RoutingCandidateListResponse]] = Endpoint(
    "suggestAssignees", "GET", "..api.routing.suggest_assignees", __package__
)
_CANDIDATES: Final[Endpoint[RoutingResultResponse]] = Endpoint(
    "listTaskCandidates", "GET", "..api.routing.list_task_candidates", __package__, "data"
)
_AUTO_ASSIGN: Final[Endpoint[RoutingResultResponse]] = Endpoint(
    "autoAssignTask", "POST", "..api.routing.auto_assign_task", __package__, "data"
)


class AsyncRouting:
    """``client.routing``: Rank and pick agents for tasks by their capabilities, and assign tasks automatically."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "suggest",
            "candidates",
            "auto_assign",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def suggest(
        self,
        *,
        capabilities: str,
        limit: int | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[RoutingCandidate]:
        """Suggest assignees for a set of capabilities.

        Ranks the active agents that have at least one of the named capabilities, without a
        task: `score` is `round(coveragePercent × 0.6 + avgProficiency × 10 + level)`, with
        proficiency weights `basic` 1, `standard` 2, `expert` 3. At most `limit` suggestions
        (default 5), best first.

        ``GET /api/v1/tasks/routing/suggest`` (operation ``suggestAssignees``).

        Args:
            capabilities: The capability names, comma-separated (such as `python,code-review`); matched
                lower-cased and trimmed.
            limit: The most suggestions to answer (default 5).

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
        path = "/api/v1/tasks/routing/suggest"
        query: dict[str, str] = {}
        if (
            _value := check_query("routing.suggest", "capabilities", capabilities, "str")
        ) is not None:
            query["capabilities"] = query_value(_value)
        if (_value := check_query("routing.suggest", "limit", limit, "int")) is not None:
            query["limit"] = query_value(_value)
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
            _SUGGEST,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    async def candidates(
        self,
        task_id: str,
        *,
        min_coverage: int | None = None,
        max_results: int | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> RoutingResult:
        """Rank the agents that could take a task.

        Ranks the active agents that have at least one of the task's required capabilities (its
        `metadata.requiredCapabilities`, which `CreateTaskRequest.capabilities` fills). `score`
        is `round(coverage × 0.4 + (avgProficiency − 1) / 2 × 30 + (level − 1) / 9 × 15 + max(0,
        15 − 1.5 × currentTaskCount))`, where `currentTaskCount` counts the agent's tasks that
        are not `done` or `cancelled`. A task without required capabilities has no candidates.

        ``GET /api/v1/tasks/{id}/candidates`` (operation ``listTaskCandidates``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            min_coverage: Leave out agents that cover less than this percentage of the required
                capabilities.
            max_results: The most candidates to answer (default all).

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
        path = f"/api/v1/tasks/{uuid_segment('routing.candidates', 'task_id', task_id)}/candidates"
        query: dict[str, str] = {}
        if (
            _value := check_query("routing.candidates", "min_coverage", min_coverage, "int")
        ) is not None:
            query["minCoverage"] = query_value(_value)
        if (
            _value := check_query("routing.candidates", "max_results", max_results, "int")
        ) is not None:
            query["maxResults"] = query_value(_value)
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
            _CANDIDATES,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def auto_assign(
        self,
        task_id: str,
        request: AutoAssignRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> RoutingResult: ...

    @overload
    async def auto_assign(
        self,
        task_id: str,
        *,
        min_coverage: int | None = ...,
        exclude_agent_ids: builtins.list[str] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> RoutingResult: ...

    async def auto_assign(
        self,
        task_id: str,
        request: Any = OMIT,
        *more: Any,
        min_coverage: Any = OMIT,
        exclude_agent_ids: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> RoutingResult:
        """Assign a task to its best candidate.

        Ranks the task's candidates as `listTaskCandidates` does and assigns the task to the
        best one (the status does not change), recording a `task.auto_assigned` event. When
        there is no candidate the task is left as it is and `autoAssigned` is false.

        ``POST /api/v1/tasks/{id}/auto-assign`` (operation ``autoAssignTask``).

        Args:
            task_id: The task's UUID (`id`), not its identifier such as `TASK-42`.
            request: the body as a ``AutoAssignRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            min_coverage: Leave out agents that cover less than this percentage of the required
                capabilities.
            exclude_agent_ids: UUIDs of agents that must not be chosen.

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
                request.__class__ is AutoAssignRequest
                and not more
                and min_coverage is OMIT
                and exclude_agent_ids is OMIT
            )
            else body_of(
                "routing.auto_assign",
                AutoAssignRequest,
                request,
                more,
                (),
                {
                    "min_coverage": min_coverage,
                    "exclude_agent_ids": exclude_agent_ids,
                },
                required=False,
            )
        )
        path = (
            f"/api/v1/tasks/{uuid_segment('routing.auto_assign', 'task_id', task_id)}/auto-assign"
        )
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
            _AUTO_ASSIGN,
            path,
            NO_QUERY,
            UNSET if body is None else body,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncRouting,
        globals(),
        __package__,
        {
            "auto_assign": ("AutoAssignRequest",),
        },
    )
