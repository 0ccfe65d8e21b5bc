"""`listOpenEscalations`: GET /api/v1/tasks/escalations/open

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.escalation_list_response import EscalationListResponse
from ...types import UNSET, Operation


def build() -> Operation[EscalationListResponse]:
    """List the organisation's open escalations

    The escalations that are not resolved yet, newest first, each with its `task`, `fromAgent`
    and `toAgent`.

    Builds ``GET /api/v1/tasks/escalations/open``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``EscalationListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listOpenEscalations",  # operation_id
        "GET",  # method
        "/api/v1/tasks/escalations/open",  # path
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
        f"listOpenEscalations: status {status} is not a documented 2xx answer of this operation"
    )
