"""`addTaskComment`: POST /api/v1/tasks/{id}/comments

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.create_comment_request import CreateCommentRequest
from ...models.task_comment_response import TaskCommentResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: CreateCommentRequest,
) -> Operation[TaskCommentResponse]:
    """Comment on a task

    Adds a comment by the calling agent to a task, optionally as a reply to another comment.

    Builds ``POST /api/v1/tasks/{id}/comments``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. A comment to add to a task.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskCommentResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "addTaskComment",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/comments",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskCommentResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskCommentResponse = TaskCommentResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"addTaskComment: status {status} is not a documented 2xx answer of this operation"
    )
