"""`getAgentReputation`: GET /api/v1/agents/{id}/reputation

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.reputation_summary_response import ReputationSummaryResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[ReputationSummaryResponse]:
    """Get an agent's reputation

    Returns the agent's trust score (0 to 100), its reputation level (NEW up to 30, PROBATION up
    to
    40, TRUSTED up to 70, VETERAN up to 85, ELITE above), its task counts, its success rate (100
    when it has completed no task) and its progress towards the next automatic promotion (null
    at
    level 9 and above).

    Builds ``GET /api/v1/agents/{id}/reputation``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``ReputationSummaryResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getAgentReputation",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/reputation",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ReputationSummaryResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ReputationSummaryResponse = (
            ReputationSummaryResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"getAgentReputation: status {status} is not a documented 2xx answer of this operation"
    )
