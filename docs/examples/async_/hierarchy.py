"""Hierarchical agents: a manager that spawns its own workers."""

from __future__ import annotations

import os

from openspawn import AsyncBikiniBottomClient


async def run(client: AsyncBikiniBottomClient) -> None:
    # Spawn a manager (level 3 may have 2 children) and activate it.
    manager = await client.agents.spawn(name="Manager Agent", level=3)
    manager_id = manager["data"]["id"]
    await client.agents.activate(manager_id)

    # The manager signs in with its own one-time secret and spawns its workers.
    async with AsyncBikiniBottomClient(
        base_url=os.environ["OPENSPAWN_API_URL"],
        agent_id=manager.data.agent_id,
        secret=manager.secret,
    ) as as_manager:
        for i in range(2):
            worker = await as_manager.agents.spawn(name=f"Worker {i + 1}", level=1)
            await as_manager.agents.activate(worker.data.id)

    hierarchy = await client.agents.get_hierarchy(manager_id, depth=2)
    print(f"Manager has {len(hierarchy['children'])} direct reports")
    assert len(hierarchy["children"]) == 2
