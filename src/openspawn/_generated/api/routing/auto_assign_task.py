"""`autoAssignTask`: POST /api/v1/tasks/{id}/auto-assign

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.auto_assign_request import AutoAssignRequest
from ...models.routing_result_response import RoutingResultResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
    *,
    body: AutoAssignRequest | None = None,
) -> Operation[RoutingResultResponse]:
    """Assign a task to its best candidate

    Ranks the task's candidates as `listTaskCandidates` does and assigns the task to the best
    one (the status does not change), recording a `task.auto_assigned` event. When there is no
    candidate the task is left as it is and `autoAssigned` is false.

    Builds ``POST /api/v1/tasks/{id}/auto-assign``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body (optional: none is sent when None). Limits on the candidates of an automatic assignment.

    Returns:
        The `Operation`; its ``parse`` gives ``RoutingResultResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "autoAssignTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/auto-assign",  # path
        {},  # query
        UNSET if body is None else body,  # body: serialised by the transport
        _parse,
    )


def _parse(status: int, content: bytes) -> RoutingResultResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: RoutingResultResponse = RoutingResultResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"autoAssignTask: status {status} is not a documented 2xx answer of this operation"
    )
