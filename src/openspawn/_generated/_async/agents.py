"""``client.agents``: Register, spawn, activate, update and revoke agents; hierarchy, budgets and capabilities.

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
from openspawn._core.lazy import lazy_functions, models_on_first_call
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint, query_value

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport
    from openspawn._overrides import agents as _agents_overrides

    from ..models import (
        AddCapabilityRequest,
        Agent,
        AgentBalanceResponse,
        AgentCapability,
        AgentCapabilityListResponse,
        AgentCapabilityResponse,
        AgentCreatedResponse,
        AgentListResponse,
        AgentMode,
        AgentNode,
        AgentNodeResponse,
        AgentResponse,
        AgentRole,
        AgentSpawnedResponse,
        AgentStatusChange,
        AgentStatusResponse,
        BestCapabilityMatch,
        BestCapabilityMatchResponse,
        BudgetAlertListResponse,
        BudgetStatus,
        BudgetStatusResponse,
        CanSpend,
        CanSpendResponse,
        CapabilityInput,
        CapabilityMatch,
        CapabilityMatchListResponse,
        CreateAgentRequest,
        DemoteAgentRequest,
        MessageResponse,
        PendingAgent,
        PendingAgentListResponse,
        Proficiency,
        RejectAgentRequest,
        SetBudgetRequest,
        SpawnAgentRequest,
        SpawnCapacity,
        SpawnCapacityResponse,
        UpdateAgentRequest,
        UpdateCapabilityRequest,
    )
else:
    _agents_overrides = lazy_functions(
        "openspawn._overrides.agents",
        __package__,
        {
            "always_send_reject_body": ("openspawn._overrides.agents", "always_send_reject_body"),
            "derive_agent_id": ("openspawn._overrides.agents", "derive_agent_id"),
            "derive_child_agent_id": ("openspawn._overrides.agents", "derive_child_agent_id"),
        },
    )

__all__ = ["AsyncAgents"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_CREATE: Final[Endpoint[AgentCreatedResponse]] = Endpoint(
    "registerAgent", "POST", "..api.agents.register_agent", __package__
)
_SPAWN: Final[Endpoint[AgentSpawnedResponse]] = Endpoint(
    "spawnAgent", "POST", "..api.agents.spawn_agent", __package__
)
_CAPACITY: Final[Endpoint[SpawnCapacityResponse]] = Endpoint(
    "getSpawnCapacity", "GET", "..api.agents.get_spawn_capacity", __package__, "data"
)
_LIST_PENDING: Final[Endpoint[PendingAgentListResponse]] = Endpoint(
    "listPendingAgents", "GET", "..api.agents.list_pending_agents", __package__
)
_LIST: Final[Endpoint[AgentListResponse]] = Endpoint(
    "listAgents", "GET", "..api.agents.list_agents", __package__
)
_GET: Final[Endpoint[AgentResponse]] = Endpoint(
    "getAgent", "GET", "..api.agents.get_agent", __package__, "data"
)
_UPDATE: Final[Endpoint[AgentResponse]] = Endpoint(
    "updateAgent", "PATCH", "..api.agents.update_agent", __package__, "data"
)
_REVOKE: Final[Endpoint[AgentStatusResponse]] = Endpoint(
    "revokeAgent", "POST", "..api.agents.revoke_agent", __package__, "data"
)
_ACTIVATE: Final[Endpoint[AgentStatusResponse]] = Endpoint(
    "activateAgent", "POST", "..api.agents.activate_agent", __package__, "data"
)
_REJECT: Final[Endpoint[MessageResponse]] = Endpoint(
    "rejectAgent", "DELETE", "..api.agents.reject_agent", __package__
)
_GET_BALANCE: Final[Endpoint[AgentBalanceResponse]] = Endpoint(
    "getAgentBalance", "GET", "..api.agents.get_agent_balance", __package__
)
_GET_HIERARCHY: Final[Endpoint[AgentNodeResponse]] = Endpoint(
    "getAgentHierarchy", "GET", "..api.agents.get_agent_hierarchy", __package__, "data"
)
_GET_BUDGET: Final[Endpoint[BudgetStatusResponse]] = Endpoint(
    "getAgentBudget", "GET", "..api.agents.get_agent_budget", __package__, "data"
)
_SET_BUDGET: Final[Endpoint[BudgetStatusResponse]] = Endpoint(
    "setAgentBudget", "PATCH", "..api.agents.set_agent_budget", __package__, "data"
)
_CAN_SPEND: Final[Endpoint[CanSpendResponse]] = Endpoint(
    "canAgentSpend", "GET", "..api.agents.can_agent_spend", __package__, "data"
)
_LIST_CAPABILITIES: Final[Endpoint[AgentCapabilityListResponse]] = Endpoint(
    "listAgentCapabilities", "GET", "..api.agents.list_agent_capabilities", __package__
)
_ADD_CAPABILITY: Final[Endpoint[AgentCapabilityResponse]] = Endpoint(
    "addAgentCapability", "POST", "..api.agents.add_agent_capability", __package__, "data"
)
_REMOVE_CAPABILITY: Final[Endpoint[MessageResponse]] = Endpoint(
    "removeAgentCapability", "DELETE", "..api.agents.remove_agent_capability", __package__
)
_UPDATE_CAPABILITY: Final[Endpoint[AgentCapabilityResponse]] = Endpoint(
    "updateAgentCapability", "PATCH", "..api.agents.update_agent_capability", __package__, "data"
)
_MATCH_CAPABILITIES: Final[Endpoint[CapabilityMatchListResponse]] = Endpoint(
    "matchAgentCapabilities", "GET", "..api.agents.match_agent_capabilities", __package__
)
_BEST_MATCH: Final[Endpoint[BestCapabilityMatchResponse]] = Endpoint(
    "findBestCapabilityMatch", "GET", "..api.agents.find_best_capability_match", __package__, "data"
)
_DEMOTE: Final[Endpoint[MessageResponse]] = Endpoint(
    "demoteAgent", "POST", "..api.agents.demote_agent", __package__
)
_BUDGET_ALERTS: Final[Endpoint[BudgetAlertListResponse]] = Endpoint(
    "listBudgetAlerts", "GET", "..api.agents.list_budget_alerts", __package__
)


class AsyncAgents:
    """``client.agents``: Register, spawn, activate, update and revoke agents; hierarchy, budgets and capabilities."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "create",
            "spawn",
            "capacity",
            "list_pending",
            "list",
            "get",
            "update",
            "revoke",
            "activate",
            "reject",
            "get_balance",
            "get_hierarchy",
            "get_budget",
            "set_budget",
            "can_spend",
            "list_capabilities",
            "add_capability",
            "remove_capability",
            "update_capability",
            "match_capabilities",
            "best_match",
            "demote",
            "budget_alerts",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        request: CreateAgentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCreatedResponse: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        agent_id: str | None = ...,
        level: int | None = ...,
        model: str | None = ...,
        role: AgentRole | None = ...,
        mode: AgentMode | None = ...,
        management_fee_pct: int | None = ...,
        budget_period_limit: int | None = ...,
        capabilities: builtins.list[CapabilityInput] | None = ...,
        metadata: dict[str, Any] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCreatedResponse: ...

    async def create(
        self,
        request: Any = OMIT,
        *more: Any,
        name: Any = OMIT,
        agent_id: Any = OMIT,
        level: Any = OMIT,
        model: Any = OMIT,
        role: Any = OMIT,
        mode: Any = OMIT,
        management_fee_pct: Any = OMIT,
        budget_period_limit: Any = OMIT,
        capabilities: Any = OMIT,
        metadata: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCreatedResponse:
        """Register an agent.

        Registers a new, immediately active agent in the caller's organisation and returns its
        signing secret once; the secret cannot be retrieved again. Only an HMAC-authenticated
        agent with the `hr` role may register agents (upstream API-key callers get 403; the dev
        server's API key acts as its HR agent). When `agentId` is omitted the server derives the
        slug from `name` (an extension: upstream requires `agentId`). A slug that already exists
        in the organisation answers 409.

        ``POST /api/v1/agents/register`` (operation ``registerAgent``).

        Args:
            request: the body as a ``CreateAgentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            name: required. The agent's display name.
            agent_id: The new agent's slug, unique in the organisation. Optional here (an extension):
                whenabsent the server derives it from `name` (`New Worker Agent`
                becomes`new-worker-agent`). Upstream requires it, so the SDK always sends one.
            level: The agent's level; 1 when omitted.
            model: The language model the agent runs on; `sonnet` when omitted.
            role: An agent's role; `hr` may register, update and revoke agents, and `hr` or
                `admin` may adjust credits.
            mode: How an agent works (doing tasks, coordinating others or only watching); stored
                but not enforced.
            management_fee_pct: The percentage of a task's reward the agent earns when a task it created is
                completed by another agent; 0 when omitted.
            budget_period_limit: The most credits the agent may spend in a budget period; no limit when omitted.
            capabilities: The agent's initial capabilities.
            metadata: Free-form data to attach to the agent.

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
                request.__class__ is CreateAgentRequest
                and not more
                and name is OMIT
                and agent_id is OMIT
                and level is OMIT
                and model is OMIT
                and role is OMIT
                and mode is OMIT
                and management_fee_pct is OMIT
                and budget_period_limit is OMIT
                and capabilities is OMIT
                and metadata is OMIT
            )
            else body_of(
                "agents.create",
                CreateAgentRequest,
                request,
                more,
                (),
                {
                    "name": name,
                    "agent_id": agent_id,
                    "level": level,
                    "model": model,
                    "role": role,
                    "mode": mode,
                    "management_fee_pct": management_fee_pct,
                    "budget_period_limit": budget_period_limit,
                    "capabilities": capabilities,
                    "metadata": metadata,
                },
                required=True,
            )
        )
        body = _agents_overrides.derive_agent_id(body)
        path = "/api/v1/agents/register"
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
        return result

    @overload
    async def spawn(
        self,
        request: SpawnAgentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentSpawnedResponse: ...

    @overload
    async def spawn(
        self,
        name: str,
        level: int | None = ...,
        *,
        agent_id: str | None = ...,
        model: str | None = ...,
        budget_period_limit: int | None = ...,
        metadata: dict[str, Any] | None = ...,
        capabilities: builtins.list[CapabilityInput] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentSpawnedResponse: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def spawn(  # type: ignore[misc]
        self,
        request: Any = OMIT,
        *more: Any,
        name: Any = OMIT,
        agent_id: Any = OMIT,
        level: Any = OMIT,
        model: Any = OMIT,
        budget_period_limit: Any = OMIT,
        metadata: Any = OMIT,
        capabilities: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentSpawnedResponse:
        """Spawn a child agent.

        Creates a child of the calling agent in `pending` status and returns its signing secret
        once. The child cannot authenticate until its parent or a level-10 agent activates it.
        The child's level defaults to the parent's level minus one and must be lower than the
        parent's; the parent needs spare capacity (levels 1 and 2 cannot spawn). When `agentId`
        is omitted the server derives the slug from `name` (an extension: upstream requires it).

        ``POST /api/v1/agents/spawn`` (operation ``spawnAgent``).

        Args:
            request: the body as a ``SpawnAgentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (name, level may also be positional).
            name: required. The child's display name.
            agent_id: The child's slug, unique in the organisation. Optional here (an extension): when
                absentthe server derives it from `name`. Upstream requires it, so the SDK always
                sends one.
            level: The child's level; the parent's level minus one when omitted, and always lower
                than the parent's.
            model: The language model the child runs on; the parent's model when omitted.
            budget_period_limit: The most credits the child may spend in a budget period; no limit when omitted.
            metadata: Free-form data to attach to the child. An extension, stored by the dev server
                and ignored upstream.
            capabilities: The child's initial capabilities. An extension, stored by the dev server and
                ignored upstream.

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
                request.__class__ is SpawnAgentRequest
                and not more
                and name is OMIT
                and agent_id is OMIT
                and level is OMIT
                and model is OMIT
                and budget_period_limit is OMIT
                and metadata is OMIT
                and capabilities is OMIT
            )
            else body_of(
                "agents.spawn",
                SpawnAgentRequest,
                request,
                more,
                (
                    "name",
                    "level",
                ),
                {
                    "name": name,
                    "agent_id": agent_id,
                    "level": level,
                    "model": model,
                    "budget_period_limit": budget_period_limit,
                    "metadata": metadata,
                    "capabilities": capabilities,
                },
                required=True,
            )
        )
        body = _agents_overrides.derive_child_agent_id(body)
        path = "/api/v1/agents/spawn"
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
            _SPAWN,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result

    async def capacity(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> SpawnCapacity:
        """Get the caller's spawn capacity.

        Tells whether the calling agent may spawn another child: `current` counts its active
        children and `max` is its limit (its `maxChildren`, or the default for its level).
        Upstream this route is shadowed by `GET /api/v1/agents/{id}` and answers 500; the dev
        server implements it.

        ``GET /api/v1/agents/capacity`` (operation ``getSpawnCapacity``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/agents/capacity"
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
            _CAPACITY,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def list_pending(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[PendingAgent]:
        """List pending agents.

        Lists agents waiting for activation. A level-10 agent sees every pending agent of the
        organisation; any other agent sees only its own pending children. Upstream this route is
        shadowed by `GET /api/v1/agents/{id}` and answers 500; the dev server implements it.

        ``GET /api/v1/agents/pending`` (operation ``listPendingAgents``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/agents/pending"
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
            _LIST_PENDING,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

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
    ) -> builtins.list[Agent]:
        """List agents.

        Lists every agent of the caller's organisation, whatever its status, newest first. The
        list is not paginated. Items carry the summary fields only (no `mode`, `parentId` or
        `updatedAt` upstream).

        ``GET /api/v1/agents`` (operation ``listAgents``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/agents"
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
    ) -> Agent:
        """Get an agent.

        Returns one agent of the caller's organisation by its UUID (not its slug), with its
        capabilities, budget fields and metadata.

        ``GET /api/v1/agents/{id}`` (operation ``getAgent``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

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
        path = f"/api/v1/agents/{uuid_segment('agents.get', 'agent_id', agent_id)}"
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

    @overload
    async def update(
        self,
        agent_id: str,
        request: UpdateAgentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Agent: ...

    @overload
    async def update(
        self,
        agent_id: str,
        *,
        name: str | None = ...,
        level: int | None = ...,
        model: str | None = ...,
        mode: AgentMode | None = ...,
        management_fee_pct: int | None = ...,
        budget_period_limit: int | None = ...,
        metadata: dict[str, Any] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Agent: ...

    async def update(
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        name: Any = OMIT,
        level: Any = OMIT,
        model: Any = OMIT,
        mode: Any = OMIT,
        management_fee_pct: Any = OMIT,
        budget_period_limit: Any = OMIT,
        metadata: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Agent:
        """Update an agent.

        Updates the given fields of an agent; fields left out are kept. `metadata` replaces the
        whole object and `budgetPeriodLimit: null` removes the budget limit. Role, status, slug
        and parent cannot be changed here. Only an HMAC-authenticated agent with the `hr` role
        may update agents. The answer is the full agent.

        ``PATCH /api/v1/agents/{id}`` (operation ``updateAgent``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``UpdateAgentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            name: The new display name.
            level: The new level.
            model: The new language model.
            mode: How an agent works (doing tasks, coordinating others or only watching); stored
                but not enforced.
            management_fee_pct: The new management fee percentage.
            budget_period_limit: The new budget limit per period; null removes the limit.
            metadata: The new metadata; it replaces the whole object.

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
                request.__class__ is UpdateAgentRequest
                and not more
                and name is OMIT
                and level is OMIT
                and model is OMIT
                and mode is OMIT
                and management_fee_pct is OMIT
                and budget_period_limit is OMIT
                and metadata is OMIT
            )
            else body_of(
                "agents.update",
                UpdateAgentRequest,
                request,
                more,
                (),
                {
                    "name": name,
                    "level": level,
                    "model": model,
                    "mode": mode,
                    "management_fee_pct": management_fee_pct,
                    "budget_period_limit": budget_period_limit,
                    "metadata": metadata,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/{uuid_segment('agents.update', 'agent_id', agent_id)}"
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
            _UPDATE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def revoke(
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
    ) -> AgentStatusChange:
        """Revoke an agent.

        Revokes an agent (pending, active or suspended); a revoked agent can no longer
        authenticate. Only an HMAC-authenticated agent with the `hr` role may revoke, and never
        itself (403). Revoking an already revoked agent answers 409. The request has no fields:
        its body is `{}`.

        ``POST /api/v1/agents/{id}/revoke`` (operation ``revokeAgent``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

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

            ConflictError: HTTP 409 - The request conflicts with the current state of the
                resource (for example a duplicate, an already approved task or unfinished
                blocking dependencies), or (an extension) the idempotency key was already used
                with a different method, path or body.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/agents/{uuid_segment('agents.revoke', 'agent_id', agent_id)}/revoke"
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
            _REVOKE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def activate(
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
    ) -> AgentStatusChange:
        """Activate a pending agent.

        Activates a spawned agent that is still `pending`, so that it can authenticate. Only the
        agent's parent or a level-10 agent may activate it (403 otherwise); an agent that is not
        pending answers 400. The request has no fields: its body is `{}`.

        ``POST /api/v1/agents/{id}/activate`` (operation ``activateAgent``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

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
        path = f"/api/v1/agents/{uuid_segment('agents.activate', 'agent_id', agent_id)}/activate"
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
            _ACTIVATE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def reject(
        self,
        agent_id: str,
        request: RejectAgentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None: ...

    @overload
    async def reject(
        self,
        agent_id: str,
        reason: str | None = ...,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def reject(  # type: ignore[misc]
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        reason: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        """Reject a pending agent.

        Rejects a spawned agent that is still `pending`; the agent is soft-deleted and
        disappears from every read. Only the agent's parent or a level-10 agent may reject it.
        The optional body carries a reason. Like every DELETE, the body is not covered by the
        signature (the signed BODY is the empty string); upstream answers 500 when no body is
        sent at all, so clients should send `{}` when there is no reason.

        ``DELETE /api/v1/agents/{id}/reject`` (operation ``rejectAgent``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``RejectAgentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (reason may also be positional).
            reason: Why the agent is rejected.

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
            if (request.__class__ is RejectAgentRequest and not more and reason is OMIT)
            else body_of(
                "agents.reject",
                RejectAgentRequest,
                request,
                more,
                ("reason",),
                {
                    "reason": reason,
                },
                required=False,
            )
        )
        body = _agents_overrides.always_send_reject_body(body)
        path = f"/api/v1/agents/{uuid_segment('agents.reject', 'agent_id', agent_id)}/reject"
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
        await self._transport.send(
            _REJECT,
            path,
            NO_QUERY,
            UNSET if body is None else body,
            options,
        )

    async def get_balance(
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
        """Get an agent's credit balance.

        Returns the current credit balance of an agent of the caller's organisation.

        ``GET /api/v1/agents/{id}/credits/balance`` (operation ``getAgentBalance``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

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
        path = f"/api/v1/agents/{uuid_segment('agents.get_balance', 'agent_id', agent_id)}/credits/balance"
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
            _GET_BALANCE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data.balance

    async def get_hierarchy(
        self,
        agent_id: str,
        *,
        depth: int = 3,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentNode:
        """Get an agent's hierarchy.

        Returns the agent as the root of a tree of its descendants, down to `depth` levels. Each
        node is a full agent with a `children` list (every non-deleted child, of any status,
        ordered by level descending then name). A node at the depth limit has no `children` key;
        a node within the limit that has no children has `children: []`. `depth=0` returns the
        root alone.

        ``GET /api/v1/agents/{id}/hierarchy`` (operation ``getAgentHierarchy``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            depth: How many levels of descendants to include below the root.

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
        path = (
            f"/api/v1/agents/{uuid_segment('agents.get_hierarchy', 'agent_id', agent_id)}/hierarchy"
        )
        query: dict[str, str] = {}
        if (_value := check_query("agents.get_hierarchy", "depth", depth, "int")) is not None:
            query["depth"] = query_value(_value)
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
            _GET_HIERARCHY,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    async def get_budget(
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
    ) -> BudgetStatus:
        """Get an agent's budget status.

        Returns an agent's balance and budget for the current period. `budgetRemaining` and
        `utilizationPercent` are null when the agent has no limit (a limit of 0 is reported the
        same way here, although it blocks all spending).

        ``GET /api/v1/agents/{id}/budget`` (operation ``getAgentBudget``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

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
        path = f"/api/v1/agents/{uuid_segment('agents.get_budget', 'agent_id', agent_id)}/budget"
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
            _GET_BUDGET,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def set_budget(
        self,
        agent_id: str,
        request: SetBudgetRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> BudgetStatus: ...

    @overload
    async def set_budget(
        self,
        agent_id: str,
        budget_period_limit: int,
        *,
        reset_current_period: bool | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> BudgetStatus: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def set_budget(  # type: ignore[misc]
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        budget_period_limit: Any = OMIT,
        reset_current_period: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> BudgetStatus:
        """Set an agent's budget limit.

        Sets the credit limit of an agent's budget period. Only the agent's parent or a level-10
        agent may do this. With `resetCurrentPeriod: true` the amount spent in the period goes
        back to 0 and a new period starts now.

        ``PATCH /api/v1/agents/{id}/budget`` (operation ``setAgentBudget``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``SetBudgetRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (budget_period_limit may also be positional).
            budget_period_limit: required. The most credits the agent may spend per period; 0 blocks all spending.
            reset_current_period: When true, the credits spent so far are reset to 0 and a new period starts now.

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
                request.__class__ is SetBudgetRequest
                and not more
                and budget_period_limit is OMIT
                and reset_current_period is OMIT
            )
            else body_of(
                "agents.set_budget",
                SetBudgetRequest,
                request,
                more,
                ("budget_period_limit",),
                {
                    "budget_period_limit": budget_period_limit,
                    "reset_current_period": reset_current_period,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/{uuid_segment('agents.set_budget', 'agent_id', agent_id)}/budget"
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
            _SET_BUDGET,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def can_spend(
        self,
        agent_id: str,
        amount: int,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CanSpend:
        """Check whether an agent can spend an amount.

        Tells whether the agent could spend `amount` credits now, given its balance and budget.
        This never answers 404: for an unknown agent `canSpend` is false with the reason "Agent
        not found".

        ``GET /api/v1/agents/{id}/budget/can-spend`` (operation ``canAgentSpend``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            amount: The number of credits the agent wants to spend.

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
        path = f"/api/v1/agents/{uuid_segment('agents.can_spend', 'agent_id', agent_id)}/budget/can-spend"
        query: dict[str, str] = {}
        if (_value := check_query("agents.can_spend", "amount", amount, "int")) is not None:
            query["amount"] = query_value(_value)
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
            _CAN_SPEND,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    async def list_capabilities(
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
    ) -> builtins.list[AgentCapability]:
        """List an agent's capabilities.

        Lists the capabilities of an agent, sorted by capability name.

        ``GET /api/v1/agents/{id}/capabilities`` (operation ``listAgentCapabilities``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.

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
        path = f"/api/v1/agents/{uuid_segment('agents.list_capabilities', 'agent_id', agent_id)}/capabilities"
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
            _LIST_CAPABILITIES,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def add_capability(
        self,
        agent_id: str,
        request: AddCapabilityRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCapability: ...

    @overload
    async def add_capability(
        self,
        agent_id: str,
        capability: str,
        proficiency: Proficiency | None = ...,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCapability: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def add_capability(  # type: ignore[misc]
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        capability: Any = OMIT,
        proficiency: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCapability:
        """Add a capability to an agent.

        Adds a capability to an agent; the name is stored lower-cased and trimmed and the
        proficiency defaults to `standard`. The agent itself, its parent or a level-10 agent may
        do this. A capability the agent already has answers 400.

        ``POST /api/v1/agents/{id}/capabilities`` (operation ``addAgentCapability``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``AddCapabilityRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (capability, proficiency may also be positional).
            capability: required. The capability's name; stored lower-cased and trimmed.
            proficiency: How good an agent is at a capability.

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
                request.__class__ is AddCapabilityRequest
                and not more
                and capability is OMIT
                and proficiency is OMIT
            )
            else body_of(
                "agents.add_capability",
                AddCapabilityRequest,
                request,
                more,
                (
                    "capability",
                    "proficiency",
                ),
                {
                    "capability": capability,
                    "proficiency": proficiency,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/{uuid_segment('agents.add_capability', 'agent_id', agent_id)}/capabilities"
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
            _ADD_CAPABILITY,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def remove_capability(
        self,
        capability_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        """Remove a capability.

        Removes one capability row from its agent. Only the agent's parent or a level-10 agent
        may do this (not the agent itself).

        ``DELETE /api/v1/agents/capabilities/{capabilityId}`` (operation ``removeAgentCapability``).

        Args:
            capability_id: The UUID of the capability row (`AgentCapability.id`).

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
        path = f"/api/v1/agents/capabilities/{uuid_segment('agents.remove_capability', 'capability_id', capability_id)}"
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
        await self._transport.send(
            _REMOVE_CAPABILITY,
            path,
            NO_QUERY,
            UNSET,
            options,
        )

    @overload
    async def update_capability(
        self,
        capability_id: str,
        request: UpdateCapabilityRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCapability: ...

    @overload
    async def update_capability(
        self,
        capability_id: str,
        proficiency: Proficiency,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCapability: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def update_capability(  # type: ignore[misc]
        self,
        capability_id: str,
        request: Any = OMIT,
        *more: Any,
        proficiency: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AgentCapability:
        """Change a capability's proficiency.

        Changes the proficiency of one capability row. The agent itself, its parent or a
        level-10 agent may do this.

        ``PATCH /api/v1/agents/capabilities/{capabilityId}`` (operation ``updateAgentCapability``).

        Args:
            capability_id: The UUID of the capability row (`AgentCapability.id`).
            request: the body as a ``UpdateCapabilityRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (proficiency may also be positional).
            proficiency: required. How good an agent is at a capability.

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
            if (request.__class__ is UpdateCapabilityRequest and not more and proficiency is OMIT)
            else body_of(
                "agents.update_capability",
                UpdateCapabilityRequest,
                request,
                more,
                ("proficiency",),
                {
                    "proficiency": proficiency,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/capabilities/{uuid_segment('agents.update_capability', 'capability_id', capability_id)}"
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
            _UPDATE_CAPABILITY,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def match_capabilities(
        self,
        *,
        capabilities: str,
        min_proficiency: Proficiency | None = None,
        only_active: bool | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[CapabilityMatch]:
        """Find agents that have some of the given capabilities.

        Lists one entry per (agent, capability) pair for every agent of the organisation that
        has at least one of the named capabilities, scored by proficiency (`basic` 1, `standard`
        2, `expert` 3) and sorted by score, then level, both descending. Capability names are
        matched lower-cased and trimmed. `minProficiency` drops pairs below that proficiency;
        `onlyActive` keeps active agents only.

        ``GET /api/v1/agents/capabilities/match`` (operation ``matchAgentCapabilities``).

        Args:
            capabilities: The capability names, comma-separated (such as `python,code-review`); matched
                lower-cased and trimmed.
            min_proficiency: Leave out capabilities held below this proficiency.
            only_active: Only agents whose status is `active` (default false).

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
        path = "/api/v1/agents/capabilities/match"
        query: dict[str, str] = {}
        if (
            _value := check_query("agents.match_capabilities", "capabilities", capabilities, "str")
        ) is not None:
            query["capabilities"] = query_value(_value)
        if (
            _value := check_query(
                "agents.match_capabilities", "min_proficiency", min_proficiency, Proficiency
            )
        ) is not None:
            query["minProficiency"] = query_value(_value)
        if (
            _value := check_query("agents.match_capabilities", "only_active", only_active, "bool")
        ) is not None:
            query["onlyActive"] = query_value(_value)
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
            _MATCH_CAPABILITIES,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    async def best_match(
        self,
        *,
        capabilities: str,
        min_proficiency: Proficiency | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> BestCapabilityMatch | None:
        """Find the single best agent for a set of capabilities.

        Of the active agents that have at least one of the named capabilities, answers the one
        that covers the most of them (`coveragePercent`), ties broken by the summed proficiency
        score (`totalScore`), or `null` when no active agent has any of them.

        ``GET /api/v1/agents/capabilities/best-match`` (operation ``findBestCapabilityMatch``).

        Args:
            capabilities: The capability names, comma-separated (such as `python,code-review`); matched
                lower-cased and trimmed.
            min_proficiency: Leave out capabilities held below this proficiency.

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
        path = "/api/v1/agents/capabilities/best-match"
        query: dict[str, str] = {}
        if (
            _value := check_query("agents.best_match", "capabilities", capabilities, "str")
        ) is not None:
            query["capabilities"] = query_value(_value)
        if (
            _value := check_query(
                "agents.best_match", "min_proficiency", min_proficiency, Proficiency
            )
        ) is not None:
            query["minProficiency"] = query_value(_value)
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
            _BEST_MATCH,
            path,
            query,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def demote(
        self,
        agent_id: str,
        request: DemoteAgentRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> MessageResponse: ...

    @overload
    async def demote(
        self,
        agent_id: str,
        *,
        reason: str,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> MessageResponse: ...

    async def demote(
        self,
        agent_id: str,
        request: Any = OMIT,
        *more: Any,
        reason: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> MessageResponse:
        """Demote an agent one level.

        Lowers the agent's level by one, records a `LEVEL_DOWN` reputation event (trust score
        −5) and an `agent.demoted` audit event. Only an HMAC-authenticated agent with the
        `founder` or `admin` role and level 9 or above may demote; an agent at level 1 cannot be
        demoted (400).

        ``POST /api/v1/agents/{id}/demote`` (operation ``demoteAgent``).

        Args:
            agent_id: The agent's UUID (`id`), not its slug.
            request: the body as a ``DemoteAgentRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            reason: required. Why the agent is demoted (stored with the events).

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
            if (request.__class__ is DemoteAgentRequest and not more and reason is OMIT)
            else body_of(
                "agents.demote",
                DemoteAgentRequest,
                request,
                more,
                (),
                {
                    "reason": reason,
                },
                required=True,
            )
        )
        path = f"/api/v1/agents/{uuid_segment('agents.demote', 'agent_id', agent_id)}/demote"
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
            _DEMOTE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result

    async def budget_alerts(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[BudgetStatus]:
        """List agents near their budget limit.

        Lists the active agents that have a budget limit above 0 and have spent at least 80 % of
        it in the current period, as budget statuses, the highest utilisation first.

        ``GET /api/v1/agents/budget/alerts`` (operation ``listBudgetAlerts``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/agents/budget/alerts"
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
            _BUDGET_ALERTS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncAgents,
        globals(),
        __package__,
        {
            "create": ("CreateAgentRequest",),
            "spawn": ("SpawnAgentRequest",),
            "update": ("UpdateAgentRequest",),
            "reject": ("RejectAgentRequest",),
            "set_budget": ("SetBudgetRequest",),
            "add_capability": ("AddCapabilityRequest",),
            "update_capability": ("UpdateCapabilityRequest",),
            "match_capabilities": ("Proficiency",),
            "best_match": ("Proficiency",),
            "demote": ("DemoteAgentRequest",),
        },
    )
