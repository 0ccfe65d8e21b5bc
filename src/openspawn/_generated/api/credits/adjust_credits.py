"""`adjustCredits`: POST /api/v1/credits/adjust

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.adjust_credits_request import AdjustCreditsRequest
from ...models.credit_transaction_response import CreditTransactionResponse
from ...types import Operation


def build(
    *,
    body: AdjustCreditsRequest,
) -> Operation[CreditTransactionResponse]:
    """Adjust an agent's credits

    Adds (`credit`) or removes (`debit`) credits on any agent of the organisation as an
    administrative adjustment. Only an HMAC-authenticated agent with the `hr` or `admin` role
    may do this. The stored reason is prefixed with `[Admin] `, the budget period is not
    touched, and an adjustment that would make the balance negative answers 400.

    Builds ``POST /api/v1/credits/adjust``; no I/O.

    Args:
        body: the request body. An administrative credit adjustment.

    Returns:
        The `Operation`; its ``parse`` gives ``CreditTransactionResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "adjustCredits",  # operation_id
        "POST",  # method
        "/api/v1/credits/adjust",  # path
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
        f"adjustCredits: status {status} is not a documented 2xx answer of this operation"
    )
