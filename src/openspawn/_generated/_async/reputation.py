"""``client.reputation``: Register, spawn, activate, update and revoke agents; hierarchy, budgets and capabilities.

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
        ReputationAdjustmentRequest,
        ReputationEvent,
        ReputationEventResponse,
        ReputationHistoryResponse,
        ReputationSummary,
        ReputationSummaryResponse,
        TrustLeaderboardEntry,
        TrustLeaderboardResponse,
    )

__all__ = ["AsyncReputation"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_GET: Final[Endpoint[ReputationSummaryResponse]] = Endpoint(
    "getAgentReputation", "GET", "..api.agents.get_agent_reputation", __package__, "data"
)
_HISTORY: Final[Endpoint[ReputationHistoryResponse]] = Endpoint(
    "listReputationHistory", "GET", "..api.agents.list_reputation_history", __package__
)
_AWARD_BONUS: Final[Endpoint[ReputationEventResponse]] = Endpoint(
    "awardReputationBonus", "POST", "..api.agents.award_reputation_bonus", __package__, "data"
)
_APPLY_PENALTY: Final[Endpoint[ReputationEventResponse]] = Endpoint(
    "applyReputationPenalty", "POST", "..api.agents.apply_reputation_penalty", __package__, "data"
)
_LEADERBOARD: Final[Endpoint[TrustLeaderboardResponse]] = Endpoint(
    "getTrustLeaderboard", "GET", "..api.agents.get_trust_leaderboard", __package__
)


class AsyncReputation:
    """``client.reputation``: Register, spawn, activate, update and revoke agents; hierarchy, budgets and capabilities."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "get",
            "history",
            "award_bonus",
            "apply_penalty",
            "leaderboard",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get(
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
    ) -> ReputationSummary:
        """Get an agent's reputation.

        Returns the agent's trust score (0 to 100), its reputation level (NEW up to 30,
        PROBATION up to 40, TRUSTED up to 70, VETERAN up to 85, ELITE above), its task counts,
        its success rate (100 when it has completed no task) and its progress towards the next
        automatic promotion (null at level 9 and above).

        ``GET /api/v1/agents/{id}/reputation`` (operation ``getAgentReputation``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

        Raises:
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
        path = f"/api/v1/agents/{uuid_segment('reputation.get', 'agent_id', agent_id)}/reputation"
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

    async def history(
        self,
        agent_id: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationHistoryResponse:
        """List an agent's reputation events.

        Lists the events that changed the agent's trust score, newest first, with `limit`
        (default 50) and `offset` (default 0); `total` counts all of them. Each event names its
        type, its impact on the score and the score before and after it.

        ``GET /api/v1/agents/{id}/reputation/history`` (operation ``listReputationHistory``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            limit: How many events to return (default 50).
            offset: How many of the newest events to skip (default 0).

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
        path = f"/api/v1/agents/{uuid_segment('reputation.history', 'agent_id', agent_id)}/reputation/history"
        query: dict[str, str] = {}
        if (_value := check_query("reputation.history", "limit", limit, "int")) is not None:
            query["limit"] = query_value(_value)
        if (_value := check_query("reputation.history", "offset", offset, "int")) is not None:
            query["offset"] = query_value(_value)
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
            _HISTORY,
            path,
            query,
            UNSET,
            options,
        )
        return result

    @overload
    async def award_bonus(
        self,
        agent_id: str,
        request: ReputationAdjustmentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationEvent: ...

    @overload
    async def award_bonus(
        self,
        agent_id: str,
        *,
        reason: str,
        amount: int | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationEvent: ...

    async def award_bonus(
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        reason: Any = OMIT,
        amount: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationEvent:
        """Award a quality bonus.

        Raises the agent's trust score by `amount` (default 10; the score stays within 0 to 100)
        and records a `QUALITY_BONUS` reputation event. Only an agent of level 7 or above, or
        the agent's parent, may award a bonus.

        ``POST /api/v1/agents/{id}/reputation/bonus`` (operation ``awardReputationBonus``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``ReputationAdjustmentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            reason: required. Why the score changes (stored with the event).
            amount: How many points the score changes by (default 10).

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
                request.__class__ is ReputationAdjustmentRequest
                and not more
                and reason is OMIT
                and amount is OMIT
            )
            else body_of(
                "reputation.award_bonus",
                ReputationAdjustmentRequest,
                request,
                more,
                (),
                {
                    "reason": reason,
                    "amount": amount,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/{uuid_segment('reputation.award_bonus', 'agent_id', agent_id)}/reputation/bonus"
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
            _AWARD_BONUS,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    @overload
    async def apply_penalty(
        self,
        agent_id: str,
        request: ReputationAdjustmentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationEvent: ...

    @overload
    async def apply_penalty(
        self,
        agent_id: str,
        *,
        reason: str,
        amount: int | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationEvent: ...

    async def apply_penalty(
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        reason: Any = OMIT,
        amount: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ReputationEvent:
        """Apply a quality penalty.

        Lowers the agent's trust score by `amount` (default 10; the score stays within 0 to 100)
        and records a `QUALITY_PENALTY` reputation event. Only an agent of level 7 or above, or
        the agent's parent, may apply a penalty.

        ``POST /api/v1/agents/{id}/reputation/penalty`` (operation ``applyReputationPenalty``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``ReputationAdjustmentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            reason: required. Why the score changes (stored with the event).
            amount: How many points the score changes by (default 10).

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
                request.__class__ is ReputationAdjustmentRequest
                and not more
                and reason is OMIT
                and amount is OMIT
            )
            else body_of(
                "reputation.apply_penalty",
                ReputationAdjustmentRequest,
                request,
                more,
                (),
                {
                    "reason": reason,
                    "amount": amount,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/{uuid_segment('reputation.apply_penalty', 'agent_id', agent_id)}/reputation/penalty"
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
            _APPLY_PENALTY,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def leaderboard(
        self,
        *,
        limit: int | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[TrustLeaderboardEntry]:
        """Rank the agents by trust.

        Lists the organisation's agents (any status) by trust score, highest first, then by
        completed tasks; `limit` defaults to 10.

        ``GET /api/v1/agents/leaderboard/trust`` (operation ``getTrustLeaderboard``).

        Args:
            limit: How many agents to return (default 10).

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
        path = "/api/v1/agents/leaderboard/trust"
        query: dict[str, str] = {}
        if (_value := check_query("reputation.leaderboard", "limit", limit, "int")) is not None:
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
            _LEADERBOARD,
            path,
            query,
            UNSET,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncReputation,
        globals(),
        __package__,
        {
            "award_bonus": ("ReputationAdjustmentRequest",),
            "apply_penalty": ("ReputationAdjustmentRequest",),
        },
    )
