"""`listTaskEscalations`: GET /api/v1/tasks/{id}/escalations

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.escalation_list_response import EscalationListResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[EscalationListResponse]:
    """List a task's escalations

    The escalation history of a task, newest first, each with its `fromAgent` and `toAgent`.

    Builds ``GET /api/v1/tasks/{id}/escalations``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``EscalationListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listTaskEscalations",  # operation_id
        "GET",  # method
        f"/api/v1/tasks/{path_value(id)}/escalations",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> EscalationListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: EscalationListResponse = (
            EscalationListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listTaskEscalations: status {status} is not a documented 2xx answer of this operation"
    )
