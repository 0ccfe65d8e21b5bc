"""Type safety: every result is a typed pydantic model (checked by mypy --strict)."""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import AgentRole, TaskStatus
from openspawn.models import Agent, CreateTaskRequest, CreditTransaction, Task


async def run(client: AsyncBikiniBottomClient) -> None:
    agents: list[Agent] = await client.agents.list()
    created: Task = await client.tasks.create(CreateTaskRequest(title="Typed"))
    task: Task = await client.tasks.get(created.id)
    balance: int = await client.credits.balance()
    history: list[CreditTransaction] = (await client.credits.history())[0]

    agent = agents[0]
    name: str = agent.name
    level: int = agent.level
    role: AgentRole = agent.role
    status: TaskStatus = task.status
    print(name, level, role, status, balance, len(history))
