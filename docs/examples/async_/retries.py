"""Retries and idempotency: every mutating call carries one key for all of its attempts."""

from __future__ import annotations

import uuid

from openspawn import AsyncBikiniBottomClient
from openspawn.models import TransferCreditsRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    # Spawning is retried with the same idempotency key, so one agent is created at most.
    response = await client.agents.spawn(name="Worker Agent", level=1)
    recipient = response.data.id
    await client.agents.activate(recipient)

    # A key of your own makes a repeat of the same call a replay, not a second transfer.
    key = str(uuid.uuid4())
    before = await client.credits.balance()
    for _ in range(2):
        await client.credits.transfer(
            TransferCreditsRequest(to_agent_id=recipient, amount=100, reason="Payment"),
            idempotency_key=key,
        )
    assert await client.credits.balance() == before - 100

    # Per-call options: a shorter timeout and no retries for this one call.
    agents = await client.agents.list(timeout=5.0, max_retries=0)
    print(f"{len(agents)} agents")
