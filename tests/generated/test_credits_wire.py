"""`client.credits` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="credits",
        method="balance",
        operation_id="getCreditBalance",
        http_method="GET",
        path="/api/v1/credits/balance",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={"data": {"balance": 120, "budgetPeriodSpent": 35, "budgetPeriodLimit": 500}},
        body_model=None,
        body=None,
        sent_body=None,
        returns="data.balance",
        hooked=False,
        extra={"builder": ("credits", "get_credit_balance")},
    ),
    Case(
        resource="credits",
        method="balance_details",
        operation_id="getCreditBalance",
        http_method="GET",
        path="/api/v1/credits/balance",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={"data": {"balance": 120, "budgetPeriodSpent": 35, "budgetPeriodLimit": 500}},
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "get_credit_balance")},
    ),
    Case(
        resource="credits",
        method="spend",
        operation_id="spendCredits",
        http_method="POST",
        path="/api/v1/credits/spend",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "agentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                "type": "debit",
                "amount": 5,
                "balanceAfter": 115,
                "reason": "LLM call for TASK-42",
                "triggerType": "llm_call",
                "triggerEventId": None,
                "sourceTaskId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                "sourceAgentId": None,
                "litellmCostUsd": None,
                "idempotencyKey": None,
                "metadata": {},
                "createdAt": "2026-02-17T11:45:00.000Z",
            }
        },
        body_model="SpendCreditsRequest",
        body={
            "amount": 5,
            "reason": "LLM call for TASK-42",
            "triggerType": "llm_call",
            "sourceTaskId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        },
        sent_body={
            "amount": 5,
            "reason": "LLM call for TASK-42",
            "triggerType": "llm_call",
            "sourceTaskId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        },
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "spend_credits")},
    ),
    Case(
        resource="credits",
        method="history",
        operation_id="listCreditHistory",
        http_method="GET",
        path="/api/v1/credits/history",
        args=[],
        kwargs={},
        query={"limit": "50", "offset": "0"},
        status=200,
        answer={
            "data": [
                {
                    "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                    "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                    "agentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                    "type": "debit",
                    "amount": 5,
                    "balanceAfter": 115,
                    "reason": "LLM call for TASK-42",
                    "triggerType": "llm_call",
                    "triggerEventId": None,
                    "sourceTaskId": None,
                    "sourceAgentId": None,
                    "litellmCostUsd": None,
                    "idempotencyKey": None,
                    "metadata": {},
                    "createdAt": "2026-02-17T11:45:00.000Z",
                }
            ],
            "meta": {"total": 1, "limit": 50, "offset": 0},
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns=["data", "meta"],
        hooked=False,
        extra={"builder": ("credits", "list_credit_history")},
    ),
    Case(
        resource="credits",
        method="transfer",
        operation_id="transferCredits",
        http_method="POST",
        path="/api/v1/agents/credits/transfer",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "0a9b8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "agentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                "type": "debit",
                "amount": 50,
                "balanceAfter": 65,
                "reason": "Seed budget for the new worker",
                "triggerType": "credits.transfer",
                "triggerEventId": None,
                "sourceTaskId": None,
                "sourceAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
                "litellmCostUsd": None,
                "idempotencyKey": None,
                "metadata": {},
                "createdAt": "2026-02-17T12:15:00.000Z",
            }
        },
        body_model="TransferCreditsRequest",
        body={
            "toAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
            "amount": 50,
            "reason": "Seed budget for the new worker",
        },
        sent_body={
            "toAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
            "amount": 50,
            "reason": "Seed budget for the new worker",
        },
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "transfer_credits")},
    ),
    Case(
        resource="credits",
        method="adjust",
        operation_id="adjustCredits",
        http_method="POST",
        path="/api/v1/credits/adjust",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "agentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                "type": "credit",
                "amount": 100,
                "balanceAfter": 220,
                "reason": "[Admin] Quarterly allocation",
                "triggerType": "admin_adjustment",
                "triggerEventId": None,
                "sourceTaskId": None,
                "sourceAgentId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                "litellmCostUsd": None,
                "idempotencyKey": None,
                "metadata": {},
                "createdAt": "2026-02-17T12:30:00.000Z",
            }
        },
        body_model="AdjustCreditsRequest",
        body={
            "agentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "amount": 100,
            "type": "credit",
            "reason": "Quarterly allocation",
        },
        sent_body={
            "agentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "amount": 100,
            "type": "credit",
            "reason": "Quarterly allocation",
        },
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "adjust_credits")},
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_request_and_answer(case: Case, mode: str) -> None:
    run_case(case, mode)


@pytest.mark.parametrize("style", ["dict", "keywords"])
@pytest.mark.parametrize(
    "case", [c for c in CASES if c.body is not None], ids=lambda case: case.method
)
def test_body_styles_send_the_same_bytes(case: Case, style: str) -> None:
    run_case(case, "sync", style)
