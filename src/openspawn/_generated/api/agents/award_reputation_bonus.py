"""`awardReputationBonus`: POST /api/v1/agents/{id}/reputation/bonus

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
    """Award a quality bonus

    Raises the agent's trust score by `amount` (default 10; the score stays within 0 to 100) and
    records a `QUALITY_BONUS` reputation event. Only an agent of level 7 or above, or the
    agent's
    parent, may award a bonus.

    Builds ``POST /api/v1/agents/{id}/reputation/bonus``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. A quality bonus or penalty.

    Returns:
        The `Operation`; its ``parse`` gives ``ReputationEventResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "awardReputationBonus",  # operation_id
        "POST",  # method
        f"/api/v1/agents/{path_value(id)}/reputation/bonus",  # path
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
        f"awardReputationBonus: status {status} is not a documented 2xx answer of this operation"
    )
