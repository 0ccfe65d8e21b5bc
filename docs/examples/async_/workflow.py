"""A complete task workflow: create, claim, report progress in the task's channel, hand in."""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import TaskPriority, TaskStatus
from openspawn.models import CreateTaskRequest, SendMessageRequest, TransitionTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    task = await client.tasks.create(
        CreateTaskRequest(
            title="Code review", priority=TaskPriority.HIGH, capabilities=["python", "code-review"]
        )
    )
    # Claiming assigns the task to the caller and starts it, straight from the backlog.
    task = await client.tasks.claim(task.id)
    assert task.status == TaskStatus.IN_PROGRESS

    assert task.channel_id is not None  # every task has its own channel
    await client.messages.send(
        SendMessageRequest(channel_id=task.channel_id, body="Started code review")
    )

    task = await client.tasks.transition(
        task.id,
        TransitionTaskRequest(status=TaskStatus.REVIEW, notes="Review complete, found 3 issues"),
    )
    assert task.status == TaskStatus.REVIEW
    print(f"{task.identifier} is in {task.status}: {task.title}")
