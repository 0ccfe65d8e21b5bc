"""Concurrency: independent requests in flight together on one client."""

from __future__ import annotations

import asyncio

from openspawn import AsyncBikiniBottomClient


async def run(client: AsyncBikiniBottomClient) -> None:
    agents, tasks, balance = await asyncio.gather(
        client.agents.list(), client.tasks.list(), client.credits.balance()
    )
    print(f"Found {len(agents)} agents, {len(tasks)} tasks, balance {balance}")

    (_, meta), channels = await asyncio.gather(client.events.list(), client.channels.list())
    print(f"{meta['total']} events, {len(channels)} channels")
