"""`listTopSpenders`: GET /api/v1/credits/analytics/top-spenders

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.top_spender_list_response import TopSpenderListResponse
from ...types import UNSET, Operation, query_value


def build(
    *,
    days: int | None = None,
    limit: int | None = None,
) -> Operation[TopSpenderListResponse]:
    """List the biggest spenders

    The agents that spent the most credits (`debit` entries) in the last `days` days (default
    7), at
    most `limit` (default 10), the biggest first.

    Builds ``GET /api/v1/credits/analytics/top-spenders``; no I/O.

    Args:
        days: query parameter ``days`` (left out when None).
        limit: query parameter ``limit`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``TopSpenderListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if days is not None:
        query["days"] = query_value(days)
    if limit is not None:
        query["limit"] = query_value(limit)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listTopSpenders",  # operation_id
        "GET",  # method
        "/api/v1/credits/analytics/top-spenders",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TopSpenderListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TopSpenderListResponse = (
            TopSpenderListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listTopSpenders: status {status} is not a documented 2xx answer of this operation"
    )
