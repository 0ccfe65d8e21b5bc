"""`getTask`: GET /api/v1/tasks/{id}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.task_response import TaskResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[TaskResponse]:
    """Get a task

    Returns one task by its UUID, with its tags, dependencies and dependents.

    Builds ``GET /api/v1/tasks/{id}``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getTask",  # operation_id
        "GET",  # method
        f"/api/v1/tasks/{path_value(id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskResponse = TaskResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"getTask: status {status} is not a documented 2xx answer of this operation")
