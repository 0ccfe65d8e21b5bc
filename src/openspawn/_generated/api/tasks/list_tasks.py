"""`listTasks`: GET /api/v1/tasks

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.task_list_response import TaskListResponse
from ...models.task_priority import TaskPriority
from ...models.task_status import TaskStatus
from ...types import UNSET, Operation, query_value


def build(
    *,
    status: TaskStatus | None = None,
    assignee_id: UUID | str | None = None,
    creator_id: UUID | str | None = None,
    parent_task_id: UUID | str | None = None,
    priority: TaskPriority | None = None,
) -> Operation[TaskListResponse]:
    """List tasks

    Lists the tasks of the caller's organisation, newest first, optionally filtered. The list
    is not paginated and its items carry `tags` but not `dependencies` or `dependents`.

    Builds ``GET /api/v1/tasks``; no I/O.

    Args:
        status: query parameter ``status`` (left out when None). A task's position in its state machine; `done` and `cancelled` are terminal.
        assignee_id: query parameter ``assigneeId`` (left out when None).
        creator_id: query parameter ``creatorId`` (left out when None).
        parent_task_id: query parameter ``parentTaskId`` (left out when None).
        priority: query parameter ``priority`` (left out when None). A task's priority, from most to least pressing.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if status is not None:
        query["status"] = query_value(status)
    if assignee_id is not None:
        query["assigneeId"] = query_value(assignee_id)
    if creator_id is not None:
        query["creatorId"] = query_value(creator_id)
    if parent_task_id is not None:
        query["parentTaskId"] = query_value(parent_task_id)
    if priority is not None:
        query["priority"] = query_value(priority)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listTasks",  # operation_id
        "GET",  # method
        "/api/v1/tasks",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskListResponse = TaskListResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"listTasks: status {status} is not a documented 2xx answer of this operation")
