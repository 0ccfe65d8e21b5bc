"""`transitionTask`: POST /api/v1/tasks/{id}/transition

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.task_response import TaskResponse
from ...models.transition_task_request import TransitionTaskRequest
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: TransitionTaskRequest,
) -> Operation[TaskResponse]:
    """Move a task to another status

    Moves a task through its state machine. The allowed moves are: `backlog` to `todo` or
    `cancelled`; `todo` to `in_progress`, `blocked` or `cancelled`; `in_progress` to `review`,
    `blocked` or `cancelled`; `review` to `done`, `in_progress` or `cancelled`; `blocked` to
    `todo`, `in_progress` or `cancelled`. `done` and `cancelled` are terminal. Any other move,
    including to the same status, answers 422. Moving to `done` needs every blocking
    dependency to be `done` (409 otherwise) and, when the task requires approval, an approval
    (403 otherwise); it sets `completedAt` and pays the assignee. The optional `reason`
    (`notes` in Python) is recorded with the transition event.

    Builds ``POST /api/v1/tasks/{id}/transition``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. The target status of a task transition.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "transitionTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/transition",  # path
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
        f"transitionTask: status {status} is not a documented 2xx answer of this operation"
    )
