"""`approveTask`: POST /api/v1/tasks/{id}/approve

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.empty_request import EmptyRequest
from ...models.task_response import TaskResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
    *,
    body: EmptyRequest | None = None,
) -> Operation[TaskResponse]:
    """Approve a task

    Records the caller's approval of a task (`approvedBy`, `approvedAt`). As an extension, a
    task that is in `review` is also moved to `done` (upstream only records the approval and
    leaves the status unchanged). A task that is already approved answers 409 "Task is
    already approved". The request has no fields: its body is `{}`.

    Builds ``POST /api/v1/tasks/{id}/approve``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body (optional: none is sent when None). The empty body `{}` of an operation without fields (what the SDK sends and
            signs).

    Returns:
        The `Operation`; its ``parse`` gives ``TaskResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "approveTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/approve",  # path
        {},  # query
        UNSET if body is None else body,  # body: serialised by the transport
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskResponse = TaskResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"approveTask: status {status} is not a documented 2xx answer of this operation"
    )
