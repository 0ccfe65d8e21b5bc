"""Best practices: secrets from the environment, and watching credit usage."""

from __future__ import annotations

import os

from openspawn import AsyncBikiniBottomClient, InsufficientCreditsError
from openspawn.models import CreateTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    # Credentials come from the environment (never from source code).
    async with AsyncBikiniBottomClient(
        base_url=os.environ["OPENSPAWN_API_URL"],
        agent_id=os.environ["OPENSPAWN_AGENT_ID"],
        secret=os.environ["OPENSPAWN_SECRET"],
    ) as own:
        balance = await own.credits.balance()
    if balance < 100:
        raise InsufficientCreditsError("Balance too low")

    task = await client.tasks.create(CreateTaskRequest(title="LLM inference"))
    tokens_used = 42
    await client.credits.spend(amount=tokens_used, reason="LLM inference", source_task_id=task.id)

    # Spending past the balance raises InsufficientCreditsError (a BadRequestError).
    try:
        await client.credits.spend(amount=10**9, reason="Too much")
    except InsufficientCreditsError as e:
        print(f"Refused: {e.message}")
