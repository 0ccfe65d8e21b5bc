"""`listAgentSpending`: GET /api/v1/credits/analytics/agents

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.agent_spending_list_response import AgentSpendingListResponse
from ...types import UNSET, Operation


def build() -> Operation[AgentSpendingListResponse]:
    """Summarise each agent's credits

    For every active agent of the organisation: its balance, the credits it earned and spent
    over
    its whole ledger, the number of entries, their average size and the time of the latest one;
    the
    biggest spender first.

    Builds ``GET /api/v1/credits/analytics/agents``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentSpendingListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listAgentSpending",  # operation_id
        "GET",  # method
        "/api/v1/credits/analytics/agents",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentSpendingListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentSpendingListResponse = (
            AgentSpendingListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listAgentSpending: status {status} is not a documented 2xx answer of this operation"
    )
