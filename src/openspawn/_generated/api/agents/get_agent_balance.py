"""`getAgentBalance`: GET /api/v1/agents/{id}/credits/balance

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_balance_response import AgentBalanceResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[AgentBalanceResponse]:
    """Get an agent's credit balance

    Returns the current credit balance of an agent of the caller's organisation.

    Builds ``GET /api/v1/agents/{id}/credits/balance``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentBalanceResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getAgentBalance",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/credits/balance",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentBalanceResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentBalanceResponse = AgentBalanceResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getAgentBalance: status {status} is not a documented 2xx answer of this operation"
    )
