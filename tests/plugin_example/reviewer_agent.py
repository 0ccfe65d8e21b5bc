"""A small agent, as a user would write it: the code under test in this example suite.

A *drafting* agent waits for a task assigned to it, claims it, comments with its draft and
hands it in for review. Its manager approves what is in review. Nothing here knows about tests.
"""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient
from openspawn.models import Task, TransitionTaskRequest


def draft(title: str) -> str:
    return f"Draft for {title!r}: done."


def work_on_next_task(client: BikiniBottomClient, *, timeout: float = 30) -> Task:
    """Take the next task assigned to this agent through to review."""
    task = client.events.wait_for_assigned_task(timeout=timeout)
    client.tasks.claim(str(task.id))
    client.tasks.add_comment(str(task.id), draft(task.title))
    return client.tasks.transition(
        str(task.id), TransitionTaskRequest(status="review", notes="ready for review")
    )


async def work_on_next_task_async(client: AsyncBikiniBottomClient, *, timeout: float = 30) -> Task:
    """The same, for asyncio agents."""
    task = await client.events.wait_for_assigned_task(timeout=timeout)
    await client.tasks.claim(str(task.id))
    await client.tasks.add_comment(str(task.id), draft(task.title))
    return await client.tasks.transition(
        str(task.id), TransitionTaskRequest(status="review", notes="ready for review")
    )


def approve_reviewed(client: BikiniBottomClient, task_id: str, *, timeout: float = 30) -> Task:
    """The manager's side: wait until the task is in review, then approve it."""
    client.events.wait_for_task_status(task_id, "review", timeout=timeout)
    return client.tasks.approve(task_id)
