"""Agents: list and inspect, register, spawn, activate, reject, hierarchy, balance, update, revoke.

Run as an HR agent (role ``hr``): registering, updating and revoking need that role.
"""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import AgentRole, AgentStatus
from openspawn.models import CreateAgentRequest, UpdateAgentRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    # Every agent of the organisation, whatever its status.
    agents = await client.agents.list()
    for agent in agents:
        print(f"{agent.name} ({agent.agent_id}) level {agent.level}, {agent.status}")

    # One agent by its UUID.
    agent = await client.agents.get(agents[0].id)
    print(f"{agent.name} - Level {agent.level} - Balance: {agent.current_balance}")

    # Register an agent; agent_id defaults to a slug of the name ("new-worker-agent").
    registered = await client.agents.create(
        CreateAgentRequest(name="New Worker Agent", role=AgentRole.WORKER, level=1, model="gpt-4")
    )
    # The secret is shown once: keep it somewhere safe.
    assert len(registered["secret"]) == 64
    worker_id = registered.data.id

    # Spawn a child of the calling agent: it waits in "pending" until activated.
    spawned = await client.agents.spawn(
        name="Child Agent", level=1, model="gpt-4", metadata={"purpose": "data processing"}
    )
    assert spawned.data.status == AgentStatus.PENDING
    activated = await client.agents.activate(spawned["data"]["id"])
    assert activated.status == AgentStatus.ACTIVE

    # A pending agent can also be turned down (by its parent or a level-10 agent).
    unwanted = await client.agents.spawn(name="Unwanted Agent", level=1)
    await client.agents.reject(unwanted.data.id, reason="Insufficient justification")

    # The caller's place in the tree, two levels down.
    me = next(a for a in agents if a.level == 10)
    hierarchy = await client.agents.get_hierarchy(me.id, depth=2)
    print(f"{hierarchy.name} has {len(hierarchy['children'])} direct reports")

    balance = await client.agents.get_balance(worker_id)
    print(f"New worker balance: {balance}")

    updated = await client.agents.update(
        worker_id, UpdateAgentRequest(name="Updated Name", model="gpt-4-turbo")
    )
    assert updated.name == "Updated Name"

    revoked = await client.agents.revoke(worker_id)
    assert revoked.status == AgentStatus.REVOKED
