"""``client.tasks``: create, list, transition, assign, claim, approve, dependencies, comments."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._core.options import RequestOptions
from ..._generated.api import tasks as api
from ..._generated.models import (
    AddDependencyRequest,
    AssignTaskRequest,
    CreateCommentRequest,
    CreateTaskRequest,
    Task,
    TaskComment,
    TaskDependency,
    TaskPriority,
    TaskStatus,
    TransitionTaskRequest,
)
from ._base import AsyncResource

__all__ = ["AsyncTasks"]


class AsyncTasks(AsyncResource):
    """Tasks of the caller's organisation.

    States: backlog → todo → in_progress → review → done, with blocked and cancelled;
    an invalid move raises ``UnprocessableEntityError`` (422).
    """

    async def create(self, request: CreateTaskRequest, **options: Unpack[RequestOptions]) -> Task:
        """Create a task; it starts in ``backlog``."""
        return (await self._transport.request(api.create_task(body=request), options)).data

    async def list(
        self,
        *,
        status: TaskStatus | None = None,
        assignee_id: str | None = None,
        creator_id: str | None = None,
        parent_task_id: str | None = None,
        priority: TaskPriority | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Task]:
        """Tasks matching every filter given, newest first.

        ``priority`` is sent to the server and also applied to the answer, since servers
        without that extension ignore it.
        """
        op = api.list_tasks(
            status=status,
            assignee_id=assignee_id,
            creator_id=creator_id,
            parent_task_id=parent_task_id,
            priority=priority,
        )
        tasks = (await self._transport.request(op, options)).data
        if priority is not None:
            tasks = [task for task in tasks if task.priority == priority]
        return tasks

    async def get(self, task_id: str, **options: Unpack[RequestOptions]) -> Task:
        """One task by UUID, with its tags, dependencies and dependents."""
        return (await self._transport.request(api.get_task(task_id), options)).data

    async def transition(
        self, task_id: str, request: TransitionTaskRequest, **options: Unpack[RequestOptions]
    ) -> Task:
        """Move a task to ``request.status`` (``notes`` travel as the transition's reason)."""
        op = api.transition_task(task_id, body=request)
        return (await self._transport.request(op, options)).data

    async def assign(
        self, task_id: str, assignee_id: str, **options: Unpack[RequestOptions]
    ) -> Task:
        """Assign a task to an agent (by the agent's UUID); the status does not change."""
        op = api.assign_task(task_id, body=AssignTaskRequest(assignee_id=assignee_id))
        return (await self._transport.request(op, options)).data

    async def claim(self, task_id: str, **options: Unpack[RequestOptions]) -> Task:
        """Assign a task to the calling agent and move it to ``in_progress``, atomically.

        A task in ``backlog`` passes through ``todo``; any other status raises
        ``UnprocessableEntityError``.

        Raises ``ConflictError`` when someone else holds it. (An extension: a server without
        it answers 404.)
        """
        return (await self._transport.request(api.claim_task(task_id), options)).data

    async def approve(self, task_id: str, **options: Unpack[RequestOptions]) -> Task:
        """Record approval; a task in ``review`` moves to ``done``."""
        return (await self._transport.request(api.approve_task(task_id), options)).data

    async def add_dependency(
        self,
        task_id: str,
        depends_on_id: str,
        *,
        blocking: bool = True,
        **options: Unpack[RequestOptions],
    ) -> TaskDependency:
        """Make ``task_id`` depend on ``depends_on_id`` (blocking: it can't be done before)."""
        body = AddDependencyRequest(depends_on_id=depends_on_id, blocking=blocking)
        op = api.add_task_dependency(task_id, body=body)
        return (await self._transport.request(op, options)).data

    async def remove_dependency(
        self, task_id: str, depends_on_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove the dependency of ``task_id`` on ``depends_on_id``."""
        await self._transport.request(api.remove_task_dependency(task_id, depends_on_id), options)

    async def add_comment(
        self,
        task_id: str,
        body: str,
        *,
        parent_comment_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> TaskComment:
        """Comment on a task, optionally as a reply to another comment."""
        fields: dict[str, Any] = {"body": body}
        if parent_comment_id is not None:
            fields["parent_comment_id"] = parent_comment_id
        op = api.add_task_comment(task_id, body=CreateCommentRequest(**fields))
        return (await self._transport.request(op, options)).data

    async def list_comments(
        self, task_id: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[TaskComment]:
        """A task's comments, oldest first."""
        return (await self._transport.request(api.list_task_comments(task_id), options)).data
