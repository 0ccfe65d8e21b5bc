"""`spendCredits`: POST /api/v1/credits/spend

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_transaction_response import CreditTransactionResponse
from ...models.spend_credits_request import SpendCreditsRequest
from ...types import Operation


def build(
    *,
    body: SpendCreditsRequest,
) -> Operation[CreditTransactionResponse]:
    """Spend credits

    Debits the calling agent's balance atomically and records a `debit` ledger entry. A
    balance lower than `amount` answers 400 "Insufficient balance"; spending beyond the
    budget limit of the period answers 400 "Budget limit exceeded" (a limit of 0 blocks all
    spending). Upstream, API-key callers are not agents and get 404 (the dev server's key acts
    as its HR agent).

    Builds ``POST /api/v1/credits/spend``; no I/O.

    Args:
        body: the request body. Credits to spend from the caller's balance.

    Returns:
        The `Operation`; its ``parse`` gives ``CreditTransactionResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "spendCredits",  # operation_id
        "POST",  # method
        "/api/v1/credits/spend",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> CreditTransactionResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CreditTransactionResponse = (
            CreditTransactionResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"spendCredits: status {status} is not a documented 2xx answer of this operation"
    )
