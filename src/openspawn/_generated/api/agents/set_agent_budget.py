"""`setAgentBudget`: PATCH /api/v1/agents/{id}/budget

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.budget_status_response import BudgetStatusResponse
from ...models.set_budget_request import SetBudgetRequest
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: SetBudgetRequest,
) -> Operation[BudgetStatusResponse]:
    """Set an agent's budget limit

    Sets the credit limit of an agent's budget period. Only the agent's parent or a level-10
    agent may do this. With `resetCurrentPeriod: true` the amount spent in the period goes
    back to 0 and a new period starts now.

    Builds ``PATCH /api/v1/agents/{id}/budget``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. A new budget limit for an agent.

    Returns:
        The `Operation`; its ``parse`` gives ``BudgetStatusResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "setAgentBudget",  # operation_id
        "PATCH",  # method
        f"/api/v1/agents/{path_value(id)}/budget",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
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
        f"setAgentBudget: status {status} is not a documented 2xx answer of this operation"
    )
