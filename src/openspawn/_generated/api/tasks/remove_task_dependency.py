"""`removeTaskDependency`: DELETE /api/v1/tasks/{id}/dependencies/{dependsOnId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.message_response import MessageResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
    depends_on_id: UUID | str,
) -> Operation[MessageResponse]:
    """Remove a dependency from a task

    Removes the dependency of the task on the given prerequisite task. A dependency that does
    not exist answers 404.

    Builds ``DELETE /api/v1/tasks/{id}/dependencies/{dependsOnId}``; no I/O.

    Args:
        id: path parameter ``id``.
        depends_on_id: path parameter ``dependsOnId``.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "removeTaskDependency",  # operation_id
        "DELETE",  # method
        f"/api/v1/tasks/{path_value(id)}/dependencies/{path_value(depends_on_id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponse = MessageResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"removeTaskDependency: status {status} is not a documented 2xx answer of this operation"
    )
