"""`getAgentBudget`: GET /api/v1/agents/{id}/budget

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.budget_status_response import BudgetStatusResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[BudgetStatusResponse]:
    """Get an agent's budget status

    Returns an agent's balance and budget for the current period. `budgetRemaining` and
    `utilizationPercent` are null when the agent has no limit (a limit of 0 is reported the
    same way here, although it blocks all spending).

    Builds ``GET /api/v1/agents/{id}/budget``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``BudgetStatusResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getAgentBudget",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/budget",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> BudgetStatusResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: BudgetStatusResponse = BudgetStatusResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getAgentBudget: status {status} is not a documented 2xx answer of this operation"
    )
