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
    return Operation(
        operation_id="getCreditStats",
        method="GET",
        path="/api/v1/credits/analytics/stats",
        query={},
        body=UNSET,
        parse=_parse,
    )


def _parse(status: int, content: bytes) -> CreditStatsResponse:
    if status == 200:
        return CreditStatsResponse.model_validate_json(content)
    raise ValueError(
        f"getCreditStats: status {status} is not a documented 2xx answer of this operation"
    )
