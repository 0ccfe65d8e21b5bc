"""`getCreditBalance`: GET /api/v1/credits/balance

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_balance_response import CreditBalanceResponse
from ...types import UNSET, Operation


def build() -> Operation[CreditBalanceResponse]:
    """Get the caller's credit balance

    Returns the calling agent's balance and its budget for the current period. Upstream,
    API-key callers are not agents and get 404 (the dev server's key acts as its HR agent).

    Builds ``GET /api/v1/credits/balance``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``CreditBalanceResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getCreditBalance",  # operation_id
        "GET",  # method
        "/api/v1/credits/balance",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditBalanceResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditBalanceResponse = CreditBalanceResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getCreditBalance: status {status} is not a documented 2xx answer of this operation"
    )
