"""`assignTask`: POST /api/v1/tasks/{id}/assign

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.assign_task_request import AssignTaskRequest
from ...models.task_response import TaskResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: AssignTaskRequest,
) -> Operation[TaskResponse]:
    """Assign a task

    Sets the task's assignee to the given agent. The status does not change, and any task
    may be reassigned, whatever its status.

    Builds ``POST /api/v1/tasks/{id}/assign``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. The agent to assign a task to.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "assignTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/assign",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskResponse = TaskResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"assignTask: status {status} is not a documented 2xx answer of this operation"
    )
