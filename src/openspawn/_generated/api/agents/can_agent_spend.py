"""`canAgentSpend`: GET /api/v1/agents/{id}/budget/can-spend

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.can_spend_response import CanSpendResponse
from ...types import UNSET, Operation, path_value, query_value


def build(
    id: UUID | str,
    *,
    amount: int,
) -> Operation[CanSpendResponse]:
    """Check whether an agent can spend an amount

    Tells whether the agent could spend `amount` credits now, given its balance and budget.
    This never answers 404: for an unknown agent `canSpend` is false with the reason
    "Agent not found".

    Builds ``GET /api/v1/agents/{id}/budget/can-spend``; no I/O.

    Args:
        id: path parameter ``id``.
        amount: query parameter ``amount``.

    Returns:
        The `Operation`; its ``parse`` gives ``CanSpendResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    query["amount"] = query_value(amount)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "canAgentSpend",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/budget/can-spend",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CanSpendResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CanSpendResponse = CanSpendResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"canAgentSpend: status {status} is not a documented 2xx answer of this operation"
    )
