"""`getCreditStats`: GET /api/v1/credits/analytics/stats

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_stats_response import CreditStatsResponse
from ...types import UNSET, Operation


def build() -> Operation[CreditStatsResponse]:
    """Get the organisation's credit totals

    Counts the organisation's agents (all and active), adds up their balances, and totals the
    credit
    ledger: the number of entries, the credits earned (`credit` entries) and spent (`debit`
    entries).

    Builds ``GET /api/v1/credits/analytics/stats``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``CreditStatsResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getCreditStats",  # operation_id
        "GET",  # method
        "/api/v1/credits/analytics/stats",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditStatsResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditStatsResponse = CreditStatsResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getCreditStats: status {status} is not a documented 2xx answer of this operation"
    )
