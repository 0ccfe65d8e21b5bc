"""A live event feed: events.watch, and the waits built on it (docs/watch.md)."""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient, WaitTimeoutError
from openspawn.enums import TaskStatus
from openspawn.models import CreateTaskRequest, TransitionTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    # --8<-- [start:watch]
    watch = client.events.watch(entity_type="task", timeout=60, max_events=2)
    await watch.start()  # fixes "now": the events of the calls below are seen
    task = await client.tasks.create(CreateTaskRequest(title="Watched"))
    await client.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.TODO))
    async for event in watch:  # ends after 2 events, or once 60 s have passed
        print(event.created_at, event.type, event.message)
    # --8<-- [end:watch]
    assert not watch.timed_out

    # --8<-- [start:waits]
    task = await client.events.wait_for_task_status(task.id, ["todo", "done"], timeout=300)
    await client.tasks.create(CreateTaskRequest(title="For me", assignee_id=task.creator_id))
    work = await client.events.wait_for_assigned_task(timeout=60)  # the oldest task for me
    try:
        await client.events.wait_for(
            lambda e: (e.data or {}).get("to") == "done",
            entity_type="task",
            entity_id=task.id,
            timeout=1,
        )
    except WaitTimeoutError as exc:  # also a TimeoutError; nobody finished the task
        print(exc)
    # --8<-- [end:waits]
    assert task.status == TaskStatus.TODO
    assert work.assignee_id == task.creator_id
