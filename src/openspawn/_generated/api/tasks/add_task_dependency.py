"""`addTaskDependency`: POST /api/v1/tasks/{id}/dependencies

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.add_dependency_request import AddDependencyRequest
from ...models.task_dependency_response import TaskDependencyResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: AddDependencyRequest,
) -> Operation[TaskDependencyResponse]:
    """Add a dependency to a task

    Makes the task depend on another task (`dependsOnId`, the prerequisite). A blocking
    dependency (the default) prevents the task from moving to `done` until the prerequisite
    is `done`. A task cannot depend on itself, a dependency that would close a cycle is
    refused and an existing dependency cannot be added twice (409 in each case).

    Builds ``POST /api/v1/tasks/{id}/dependencies``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. A prerequisite to add to a task.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskDependencyResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "addTaskDependency",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/dependencies",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskDependencyResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskDependencyResponse = (
            TaskDependencyResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"addTaskDependency: status {status} is not a documented 2xx answer of this operation"
    )
