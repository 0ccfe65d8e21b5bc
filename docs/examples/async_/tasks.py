"""Tasks: create, filter, transition, assign, claim, approve — and the whole lifecycle."""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import TaskPriority, TaskStatus
from openspawn.models import CreateTaskRequest, TransitionTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    agents = await client.agents.list()
    assignee = agents[0]

    task = await client.tasks.create(
        CreateTaskRequest(
            title="Implement feature X",
            description="Add support for feature X with Y constraints",
            priority=TaskPriority.HIGH,
            assignee_id=assignee.id,
            estimated_credits=100,
            capabilities=["python", "api-design"],
        )
    )
    print(f"Created {task.identifier}: {task.title} ({task.status})")

    all_tasks = await client.tasks.list()
    mine = await client.tasks.list(assignee_id=assignee.id)
    backlog = await client.tasks.list(status=TaskStatus.BACKLOG)
    high_priority = await client.tasks.list(priority=TaskPriority.HIGH)
    assert task.id in {t.id for t in all_tasks} and task.id in {t.id for t in mine}
    assert task.id in {t.id for t in backlog} and task.id in {t.id for t in high_priority}

    task = await client.tasks.get(task.id)
    task = await client.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.TODO))
    task = await client.tasks.transition(
        task.id,
        TransitionTaskRequest(status=TaskStatus.IN_PROGRESS, notes="Starting implementation"),
    )
    task = await client.tasks.assign(task.id, agents[-1].id)
    assert task.assignee_id == agents[-1].id

    # The lifecycle: backlog → todo → (claim) in_progress → review → (approve) done.
    task = await client.tasks.create(CreateTaskRequest(title="Review docs"))
    assert task.status == TaskStatus.BACKLOG
    task = await client.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.TODO))
    assert task.status == TaskStatus.TODO
    task = await client.tasks.claim(task.id)  # assigns the caller and starts it
    assert task.status == TaskStatus.IN_PROGRESS
    task = await client.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.REVIEW))
    assert task.status == TaskStatus.REVIEW
    task = await client.tasks.approve(task.id)
    assert task.status == TaskStatus.DONE
    print(f"{task.identifier} is {task.status}")
