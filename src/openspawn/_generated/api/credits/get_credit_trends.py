"""`getCreditTrends`: GET /api/v1/credits/analytics/trends

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.credit_trend_list_response import CreditTrendListResponse
from ...types import UNSET, Operation, query_value


def build(
    *,
    days: int | None = None,
    agent_id: UUID | str | None = None,
) -> Operation[CreditTrendListResponse]:
    """Get daily credit totals

    Totals the ledger per calendar day (UTC) from the start of the day `days` days ago (default
    30)
    until now, optionally for one agent: the credits in, the credits out and their difference.
    Days
    without entries are left out; the oldest day comes first.

    Builds ``GET /api/v1/credits/analytics/trends``; no I/O.

    Args:
        days: query parameter ``days`` (left out when None).
        agent_id: query parameter ``agentId`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``CreditTrendListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if days is not None:
        query["days"] = query_value(days)
    if agent_id is not None:
        query["agentId"] = query_value(agent_id)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getCreditTrends",  # operation_id
        "GET",  # method
        "/api/v1/credits/analytics/trends",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditTrendListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditTrendListResponse = (
            CreditTrendListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"getCreditTrends: status {status} is not a documented 2xx answer of this operation"
    )
