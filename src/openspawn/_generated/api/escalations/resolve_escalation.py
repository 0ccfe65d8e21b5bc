"""`resolveEscalation`: POST /api/v1/tasks/escalations/{escalationId}/resolve

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.escalation_response import EscalationResponse
from ...types import UNSET, Operation, path_value


def build(
    escalation_id: UUID | str,
) -> Operation[EscalationResponse]:
    """Resolve an escalation

    Marks an open escalation as resolved (`resolvedAt`). No event is recorded. Resolving an
    escalation that is already resolved answers 409. The request has no body.

    Builds ``POST /api/v1/tasks/escalations/{escalationId}/resolve``; no I/O.

    Args:
        escalation_id: path parameter ``escalationId``.

    Returns:
        The `Operation`; its ``parse`` gives ``EscalationResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "resolveEscalation",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/escalations/{path_value(escalation_id)}/resolve",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> EscalationResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: EscalationResponse = EscalationResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"resolveEscalation: status {status} is not a documented 2xx answer of this operation"
    )
