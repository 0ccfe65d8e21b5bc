"""`createTask`: POST /api/v1/tasks

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.create_task_request import CreateTaskRequest
from ...models.task_response import TaskResponse
from ...types import Operation


def build(
    *,
    body: CreateTaskRequest,
) -> Operation[TaskResponse]:
    """Create a task

    Creates a task in the caller's organisation. New tasks always start in `backlog`, even
    with an assignee; the caller becomes the creator and the identifier (such as `TASK-42`) is
    generated. `metadata.requiredCapabilities` (`capabilities` in Python) is what routing
    reads and `metadata.estimatedCredits` (`estimated_credits`) the expected cost, on
    upstream and the dev server alike. The dev server also opens the task's own `task`
    channel (`channelId`).

    Builds ``POST /api/v1/tasks``; no I/O.

    Args:
        body: the request body. The body of a task creation.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "createTask",  # operation_id
        "POST",  # method
        "/api/v1/tasks",  # path
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
        f"createTask: status {status} is not a documented 2xx answer of this operation"
    )
