"""`listCreditHistory`: GET /api/v1/credits/history

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_history_response import CreditHistoryResponse
from ...types import UNSET, Operation, query_value


def build(
    *,
    limit: int | None = None,
    offset: int | None = None,
) -> Operation[CreditHistoryResponse]:
    """List the caller's credit history

    Lists the calling agent's ledger entries, newest first, a page at a time. `meta.total` is
    the number of entries in the whole ledger; the next page starts at `offset + limit`.

    Builds ``GET /api/v1/credits/history``; no I/O.

    Args:
        limit: query parameter ``limit`` (left out when None).
        offset: query parameter ``offset`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``CreditHistoryResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if limit is not None:
        query["limit"] = query_value(limit)
    if offset is not None:
        query["offset"] = query_value(offset)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listCreditHistory",  # operation_id
        "GET",  # method
        "/api/v1/credits/history",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditHistoryResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditHistoryResponse = CreditHistoryResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"listCreditHistory: status {status} is not a documented 2xx answer of this operation"
    )
