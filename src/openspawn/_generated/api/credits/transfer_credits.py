"""`transferCredits`: POST /api/v1/agents/credits/transfer

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.credit_transaction_response import CreditTransactionResponse
from ...models.transfer_credits_request import TransferCreditsRequest
from ...types import Operation


def build(
    *,
    body: TransferCreditsRequest,
) -> Operation[CreditTransactionResponse]:
    """Transfer credits to another agent

    Moves credits from the calling agent to one of its children or siblings (a level-10
    agent may transfer to any agent). Both ledger entries (the sender's `debit` and the
    receiver's `credit`) are written atomically, and the answer is the sender's debit with its
    `balanceAfter`. Budget limits are not checked for transfers; a balance lower than
    `amount` answers 400. The response shape is an extension: upstream intends to answer
    `{"data": {"from": BudgetStatus, "to": BudgetStatus}}` but in fact answers 500 after the
    balances have already moved.

    Builds ``POST /api/v1/agents/credits/transfer``; no I/O.

    Args:
        body: the request body. Credits to move from the caller to another agent.

    Returns:
        The `Operation`; its ``parse`` gives ``CreditTransactionResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "transferCredits",  # operation_id
        "POST",  # method
        "/api/v1/agents/credits/transfer",  # path
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
        f"transferCredits: status {status} is not a documented 2xx answer of this operation"
    )
