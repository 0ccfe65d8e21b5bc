"""`getCreditTriggerBreakdown`: GET /api/v1/credits/analytics/triggers

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_trigger_list_response import CreditTriggerListResponse
from ...models.credit_type import CreditType
from ...types import UNSET, Operation, query_value


def build(
    *,
    type_: CreditType | None = None,
    days: int | None = None,
) -> Operation[CreditTriggerListResponse]:
    """Break the ledger down by trigger

    Groups the ledger entries of the last `days` days (default 30) by `triggerType` (`unknown`
    when
    none), optionally only `credit` or only `debit` entries: how many, their total and their
    average; the largest total first.

    Builds ``GET /api/v1/credits/analytics/triggers``; no I/O.

    Args:
        type_: query parameter ``type`` (left out when None). The direction of a ledger entry; `credit` adds to the balance, `debit` removes
            from it.
        days: query parameter ``days`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``CreditTriggerListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if type_ is not None:
        query["type"] = query_value(type_)
    if days is not None:
        query["days"] = query_value(days)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getCreditTriggerBreakdown",  # operation_id
        "GET",  # method
        "/api/v1/credits/analytics/triggers",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditTriggerListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditTriggerListResponse = (
            CreditTriggerListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"getCreditTriggerBreakdown: status {status} is not a documented 2xx answer of this operation"
    )
