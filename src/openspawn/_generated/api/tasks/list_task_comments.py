"""`listTaskComments`: GET /api/v1/tasks/{id}/comments

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.task_comment_list_response import TaskCommentListResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[TaskCommentListResponse]:
    """List a task's comments

    Lists the comments on a task, oldest first. The list is not paginated.

    Builds ``GET /api/v1/tasks/{id}/comments``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskCommentListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listTaskComments",  # operation_id
        "GET",  # method
        f"/api/v1/tasks/{path_value(id)}/comments",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskCommentListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskCommentListResponse = (
            TaskCommentListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listTaskComments: status {status} is not a documented 2xx answer of this operation"
    )
