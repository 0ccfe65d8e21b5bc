"""`client.analytics` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="analytics",
        method="stats",
        operation_id="getCreditStats",
        http_method="GET",
        path="/api/v1/credits/analytics/stats",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "totalAgents": 2,
                "activeAgents": 2,
                "totalBalance": 1470,
                "totalTransactions": 3,
                "totalEarned": 1500,
                "totalSpent": 30,
                "avgBalance": 735,
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "get_credit_stats")},
    ),
    Case(
        resource="analytics",
        method="trends",
        operation_id="getCreditTrends",
        http_method="GET",
        path="/api/v1/credits/analytics/trends",
        args=[],
        kwargs={"days": 7, "agent_id": "00000000-0000-4000-8000-0000000000b1"},
        query={"days": "7", "agentId": "00000000-0000-4000-8000-0000000000b1"},
        status=200,
        answer={
            "data": [
                {"date": "2026-12-01T00:00:00.000Z", "credits": 1500, "debits": 30, "net": 1470}
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "get_credit_trends")},
    ),
    Case(
        resource="analytics",
        method="agents",
        operation_id="listAgentSpending",
        http_method="GET",
        path="/api/v1/credits/analytics/agents",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "agentName": "Worker One",
                    "level": 5,
                    "currentBalance": 470,
                    "totalEarned": 500,
                    "totalSpent": 30,
                    "transactionCount": 2,
                    "avgTransactionSize": 265,
                    "lastActivity": "2026-12-01T19:26:09.927Z",
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "list_agent_spending")},
    ),
    Case(
        resource="analytics",
        method="triggers",
        operation_id="getCreditTriggerBreakdown",
        http_method="GET",
        path="/api/v1/credits/analytics/triggers",
        args=[],
        kwargs={"days": 30},
        query={"days": "30"},
        status=200,
        answer={
            "data": [
                {"triggerType": "model.sonnet", "count": 1, "totalAmount": 30, "avgAmount": 30}
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "get_credit_trigger_breakdown")},
    ),
    Case(
        resource="analytics",
        method="alerts",
        operation_id="listCreditAlerts",
        http_method="GET",
        path="/api/v1/credits/analytics/alerts",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "agentName": "Worker One",
                    "alertType": "low_balance",
                    "message": "Balance critically low: 15 credits",
                    "severity": "critical",
                    "value": 15,
                    "threshold": 100,
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "list_credit_alerts")},
    ),
    Case(
        resource="analytics",
        method="top_spenders",
        operation_id="listTopSpenders",
        http_method="GET",
        path="/api/v1/credits/analytics/top-spenders",
        args=[],
        kwargs={"days": 7, "limit": 10},
        query={"days": "7", "limit": "10"},
        status=200,
        answer={
            "data": [
                {
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "agentName": "Worker One",
                    "totalSpent": 30,
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("credits", "list_top_spenders")},
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_request_and_answer(case: Case, mode: str) -> None:
    run_case(case, mode)
