"""`claimTask`: POST /api/v1/tasks/{id}/claim

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
    """Claim a task

    Atomically assigns the calling agent to a task and moves it to `in_progress` (a task in
    `backlog` passes through `todo`, with both transitions in the audit log). A task already
    assigned to another agent answers 409; a task that is not in `backlog` or `todo` answers
    422. Claiming a task already assigned to the caller just starts it. This is an extension:
    upstream has no claim endpoint. The request has no fields: its body is `{}`.

    Builds ``POST /api/v1/tasks/{id}/claim``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body (optional: none is sent when None). The empty body `{}` of an operation without fields (what the SDK sends and
            signs).

    Returns:
        The `Operation`; its ``parse`` gives ``TaskResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "claimTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/claim",  # path
        {},  # query
        UNSET if body is None else body,  # body: serialised by the transport
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskResponse = TaskResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"claimTask: status {status} is not a documented 2xx answer of this operation")
