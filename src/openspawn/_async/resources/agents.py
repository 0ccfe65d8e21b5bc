"""``client.agents``: register, spawn, activate, reject, revoke, hierarchy, budget, capabilities."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._core.options import RequestOptions
from ..._core.shaping import slugify
from ..._generated.api import agents as api
from ..._generated.models import (
    AddCapabilityRequest,
    Agent,
    AgentCapability,
    AgentCreatedResponse,
    AgentNode,
    AgentSpawnedResponse,
    AgentStatusChange,
    BudgetStatus,
    CanSpend,
    CapabilityInput,
    CreateAgentRequest,
    PendingAgent,
    Proficiency,
    RejectAgentRequest,
    SetBudgetRequest,
    SpawnAgentRequest,
    SpawnCapacity,
    UpdateAgentRequest,
    UpdateCapabilityRequest,
)
from ._base import AsyncResource

__all__ = ["AsyncAgents"]


class AsyncAgents(AsyncResource):
    """Agents of the caller's organisation. Ids are agent UUIDs unless a name says "slug"."""

    async def list(self, **options: Unpack[RequestOptions]) -> builtins.list[Agent]:
        """Every agent of the organisation (any status), newest first."""
        return (await self._transport.request(api.list_agents(), options)).data

    async def get(self, agent_id: str, **options: Unpack[RequestOptions]) -> Agent:
        """One agent by UUID, with its capabilities and budget fields."""
        return (await self._transport.request(api.get_agent(agent_id), options)).data

    async def create(
        self, request: CreateAgentRequest, **options: Unpack[RequestOptions]
    ) -> AgentCreatedResponse:
        """Register an active agent (HR role). ``agent_id`` defaults to a slug of the name.

        The result carries the one-time ``secret`` (``response.secret`` or
        ``response["secret"]``): store it, it cannot be read again.
        """
        if request.agent_id is None:
            request = request.model_copy(update={"agent_id": slugify(request.name)})
        return await self._transport.request(api.register_agent(body=request), options)

    async def spawn(
        self,
        name: str,
        level: int | None = None,
        *,
        agent_id: str | None = None,
        model: str | None = None,
        metadata: dict[str, Any] | None = None,
        budget_period_limit: int | None = None,
        capabilities: builtins.list[CapabilityInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AgentSpawnedResponse:
        """Spawn a child of the calling agent, in ``pending`` status until activated.

        ``level`` defaults to the parent's level minus one; ``agent_id`` to a slug of the name.
        The result carries the one-time ``secret``; ``response["data"]["id"]`` is the UUID.
        """
        fields: dict[str, Any] = {"agent_id": agent_id or slugify(name), "name": name}
        for key, value in (
            ("level", level),
            ("model", model),
            ("metadata", metadata),
            ("budget_period_limit", budget_period_limit),
            ("capabilities", capabilities),
        ):
            if value is not None:
                fields[key] = value
        body = SpawnAgentRequest(**fields)
        return await self._transport.request(api.spawn_agent(body=body), options)

    async def activate(self, agent_id: str, **options: Unpack[RequestOptions]) -> AgentStatusChange:
        """Activate a pending agent (its parent or a level-10 agent only)."""
        return (await self._transport.request(api.activate_agent(agent_id), options)).data

    async def reject(
        self, agent_id: str, reason: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Reject (delete) a pending agent (its parent or a level-10 agent only)."""
        # Always send a JSON body: upstream answers 500 to a reject without one.
        body = RejectAgentRequest() if reason is None else RejectAgentRequest(reason=reason)
        await self._transport.request(api.reject_agent(agent_id, body=body), options)

    async def revoke(self, agent_id: str, **options: Unpack[RequestOptions]) -> AgentStatusChange:
        """Revoke an agent for good (HR role); it can no longer authenticate."""
        return (await self._transport.request(api.revoke_agent(agent_id), options)).data

    async def update(
        self, agent_id: str, request: UpdateAgentRequest, **options: Unpack[RequestOptions]
    ) -> Agent:
        """Change name, level, model, mode, fee, budget limit or metadata (HR role)."""
        return (
            await self._transport.request(api.update_agent(agent_id, body=request), options)
        ).data

    async def get_hierarchy(
        self, agent_id: str, depth: int = 3, **options: Unpack[RequestOptions]
    ) -> AgentNode:
        """The agent and its descendants ``depth`` levels down (``node["children"]``)."""
        op = api.get_agent_hierarchy(agent_id, depth=depth)
        return (await self._transport.request(op, options)).data

    async def get_balance(self, agent_id: str, **options: Unpack[RequestOptions]) -> int:
        """The agent's current credit balance."""
        return (
            await self._transport.request(api.get_agent_balance(agent_id), options)
        ).data.balance

    async def get_budget(self, agent_id: str, **options: Unpack[RequestOptions]) -> BudgetStatus:
        """Balance, period limit, spent and remaining credits, utilisation."""
        return (await self._transport.request(api.get_agent_budget(agent_id), options)).data

    async def set_budget(
        self,
        agent_id: str,
        budget_period_limit: int,
        *,
        reset_current_period: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> BudgetStatus:
        """Set the per-period spending limit (the agent's parent or a level-10 agent)."""
        fields: dict[str, Any] = {"budget_period_limit": budget_period_limit}
        if reset_current_period is not None:
            fields["reset_current_period"] = reset_current_period
        op = api.set_agent_budget(agent_id, body=SetBudgetRequest(**fields))
        return (await self._transport.request(op, options)).data

    async def can_spend(
        self, agent_id: str, amount: int, **options: Unpack[RequestOptions]
    ) -> CanSpend:
        """Whether the agent could spend ``amount`` now, and why not."""
        op = api.can_agent_spend(agent_id, amount=amount)
        return (await self._transport.request(op, options)).data

    async def capacity(self, **options: Unpack[RequestOptions]) -> SpawnCapacity:
        """How many more children the calling agent may spawn."""
        return (await self._transport.request(api.get_spawn_capacity(), options)).data

    async def list_pending(self, **options: Unpack[RequestOptions]) -> builtins.list[PendingAgent]:
        """Pending agents the caller may activate or reject."""
        return (await self._transport.request(api.list_pending_agents(), options)).data

    async def list_capabilities(
        self, agent_id: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[AgentCapability]:
        """The agent's capabilities, sorted by name."""
        return (await self._transport.request(api.list_agent_capabilities(agent_id), options)).data

    async def add_capability(
        self,
        agent_id: str,
        capability: str,
        proficiency: Proficiency | None = None,
        **options: Unpack[RequestOptions],
    ) -> AgentCapability:
        """Add a capability (the agent itself, its parent or a level-10 agent)."""
        fields: dict[str, Any] = {"capability": capability}
        if proficiency is not None:
            fields["proficiency"] = proficiency
        op = api.add_agent_capability(agent_id, body=AddCapabilityRequest(**fields))
        return (await self._transport.request(op, options)).data

    async def update_capability(
        self, capability_id: str, proficiency: Proficiency, **options: Unpack[RequestOptions]
    ) -> AgentCapability:
        """Change a capability's proficiency (by the capability's id)."""
        body = UpdateCapabilityRequest(proficiency=proficiency)
        op = api.update_agent_capability(capability_id, body=body)
        return (await self._transport.request(op, options)).data

    async def remove_capability(
        self, capability_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove a capability (the agent's parent or a level-10 agent)."""
        await self._transport.request(api.remove_agent_capability(capability_id), options)
