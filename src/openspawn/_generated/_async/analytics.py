"""``client.analytics``: Credit balances, spending, the credit ledger, transfers between agents and administrative
adjustments.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

import httpx2

from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    check_query,
    request_options,
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
        AgentSpending,
        AgentSpendingListResponse,
        CreditAlert,
        CreditAlertListResponse,
        CreditStats,
        CreditStatsResponse,
        CreditTrendListResponse,
        CreditTrendPoint,
        CreditTriggerBreakdown,
        CreditTriggerListResponse,
        CreditType,
        TopSpender,
        TopSpenderListResponse,
    )

__all__ = ["AsyncAnalytics"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_STATS: Final[Endpoint[CreditStatsResponse]] = Endpoint(
    "getCreditStats", "GET", "..api.credits.get_credit_stats", __package__, "data"
)
_TRENDS: Final[Endpoint[CreditTrendListResponse]] = Endpoint(
    "getCreditTrends", "GET", "..api.credits.get_credit_trends", __package__
)
_AGENTS: Final[Endpoint[AgentSpendingListResponse]] = Endpoint(
    "listAgentSpending", "GET", "..api.credits.list_agent_spending", __package__
)
_TRIGGERS: Final[Endpoint[CreditTriggerListResponse]] = Endpoint(
    "getCreditTriggerBreakdown", "GET", "..api.credits.get_credit_trigger_breakdown", __package__
)
_ALERTS: Final[Endpoint[CreditAlertListResponse]] = Endpoint(
    "listCreditAlerts", "GET", "..api.credits.list_credit_alerts", __package__
)
_TOP_SPENDERS: Final[Endpoint[TopSpenderListResponse]] = Endpoint(
    "listTopSpenders", "GET", "..api.credits.list_top_spenders", __package__
)


class AsyncAnalytics:
    """``client.analytics``: Credit balances, spending, the credit ledger, transfers between agents and administrative
    adjustments."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "stats",
            "trends",
            "agents",
            "triggers",
            "alerts",
            "top_spenders",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def stats(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditStats:
        """Get the organisation's credit totals.

        Counts the organisation's agents (all and active), adds up their balances, and totals
        the credit ledger: the number of entries, the credits earned (`credit` entries) and
        spent (`debit` entries).

        ``GET /api/v1/credits/analytics/stats`` (operation ``getCreditStats``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/credits/analytics/stats"
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
            _STATS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def trends(
        self,
        *,
        days: int | None = None,
        agent_id: str | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[CreditTrendPoint]:
        """Get daily credit totals.

        Totals the ledger per calendar day (UTC) from the start of the day `days` days ago
        (default 30) until now, optionally for one agent: the credits in, the credits out and
        their difference. Days without entries are left out; the oldest day comes first.

        ``GET /api/v1/credits/analytics/trends`` (operation ``getCreditTrends``).

        Args:
            days: How many days back the window starts (default 30).
            agent_id: Only this agent's entries (its UUID).

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
        path = "/api/v1/credits/analytics/trends"
        query: dict[str, str] = {}
        if (_value := check_query("analytics.trends", "days", days, "int")) is not None:
            query["days"] = query_value(_value)
        if (_value := check_query("analytics.trends", "agent_id", agent_id, "str")) is not None:
            query["agentId"] = query_value(_value)
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
            _TRENDS,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    async def agents(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[AgentSpending]:
        """Summarise each agent's credits.

        For every active agent of the organisation: its balance, the credits it earned and spent
        over its whole ledger, the number of entries, their average size and the time of the
        latest one; the biggest spender first.

        ``GET /api/v1/credits/analytics/agents`` (operation ``listAgentSpending``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/credits/analytics/agents"
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
            _AGENTS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def triggers(
        self,
        *,
        type: CreditType | None = None,
        days: int | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[CreditTriggerBreakdown]:
        """Break the ledger down by trigger.

        Groups the ledger entries of the last `days` days (default 30) by `triggerType`
        (`unknown` when none), optionally only `credit` or only `debit` entries: how many, their
        total and their average; the largest total first.

        ``GET /api/v1/credits/analytics/triggers`` (operation ``getCreditTriggerBreakdown``).

        Args:
            type: Only entries of this direction.
            days: How many days back the window starts (default 30).

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
        path = "/api/v1/credits/analytics/triggers"
        query: dict[str, str] = {}
        if (_value := check_query("analytics.triggers", "type", type, CreditType)) is not None:
            query["type"] = query_value(_value)
        if (_value := check_query("analytics.triggers", "days", days, "int")) is not None:
            query["days"] = query_value(_value)
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
            _TRIGGERS,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    async def alerts(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[CreditAlert]:
        """List credit alerts.

        Alerts about the organisation's active agents: a balance under 100 credits
        (`low_balance`, critical under 20), more spent in the period than the budget limit
        (`budget_exceeded`, critical), and more than 500 credits spent in the last hour
        (`high_velocity`, critical above 1000); critical alerts first.

        ``GET /api/v1/credits/analytics/alerts`` (operation ``listCreditAlerts``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/credits/analytics/alerts"
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
            _ALERTS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def top_spenders(
        self,
        *,
        days: int | None = None,
        limit: int | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[TopSpender]:
        """List the biggest spenders.

        The agents that spent the most credits (`debit` entries) in the last `days` days
        (default 7), at most `limit` (default 10), the biggest first.

        ``GET /api/v1/credits/analytics/top-spenders`` (operation ``listTopSpenders``).

        Args:
            days: How many days back the window starts (default 7).
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
        path = "/api/v1/credits/analytics/top-spenders"
        query: dict[str, str] = {}
        if (_value := check_query("analytics.top_spenders", "days", days, "int")) is not None:
            query["days"] = query_value(_value)
        if (_value := check_query("analytics.top_spenders", "limit", limit, "int")) is not None:
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
            _TOP_SPENDERS,
            path,
            query,
            UNSET,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncAnalytics,
        globals(),
        __package__,
        {
            "triggers": ("CreditType",),
        },
    )
