"""`listCreditAlerts`: GET /api/v1/credits/analytics/alerts

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_alert_list_response import CreditAlertListResponse
from ...types import UNSET, Operation


def build() -> Operation[CreditAlertListResponse]:
    """List credit alerts

    Alerts about the organisation's active agents: a balance under 100 credits (`low_balance`,
    critical under 20), more spent in the period than the budget limit (`budget_exceeded`,
    critical), and more than 500 credits spent in the last hour (`high_velocity`, critical above
    1000); critical alerts first.

    Builds ``GET /api/v1/credits/analytics/alerts``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``CreditAlertListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listCreditAlerts",  # operation_id
        "GET",  # method
        "/api/v1/credits/analytics/alerts",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditAlertListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditAlertListResponse = (
            CreditAlertListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listCreditAlerts: status {status} is not a documented 2xx answer of this operation"
    )
