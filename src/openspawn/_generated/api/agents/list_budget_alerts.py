"""`listBudgetAlerts`: GET /api/v1/agents/budget/alerts

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.budget_alert_list_response import BudgetAlertListResponse
from ...types import UNSET, Operation


def build() -> Operation[BudgetAlertListResponse]:
    """List agents near their budget limit

    Lists the active agents that have a budget limit above 0 and have spent at least 80 % of it
    in
    the current period, as budget statuses, the highest utilisation first.

    Builds ``GET /api/v1/agents/budget/alerts``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``BudgetAlertListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listBudgetAlerts",  # operation_id
        "GET",  # method
        "/api/v1/agents/budget/alerts",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> BudgetAlertListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: BudgetAlertListResponse = (
            BudgetAlertListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listBudgetAlerts: status {status} is not a documented 2xx answer of this operation"
    )
