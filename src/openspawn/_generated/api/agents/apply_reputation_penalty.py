"""`applyReputationPenalty`: POST /api/v1/agents/{id}/reputation/penalty

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.reputation_adjustment_request import ReputationAdjustmentRequest
from ...models.reputation_event_response import ReputationEventResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: ReputationAdjustmentRequest,
) -> Operation[ReputationEventResponse]:
    """Apply a quality penalty

    Lowers the agent's trust score by `amount` (default 10; the score stays within 0 to 100) and
    records a `QUALITY_PENALTY` reputation event. Only an agent of level 7 or above, or the
    agent's
    parent, may apply a penalty.

    Builds ``POST /api/v1/agents/{id}/reputation/penalty``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. A quality bonus or penalty.

    Returns:
        The `Operation`; its ``parse`` gives ``ReputationEventResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "applyReputationPenalty",  # operation_id
        "POST",  # method
        f"/api/v1/agents/{path_value(id)}/reputation/penalty",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> ReputationEventResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ReputationEventResponse = (
            ReputationEventResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"applyReputationPenalty: status {status} is not a documented 2xx answer of this operation"
    )
