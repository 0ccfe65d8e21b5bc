"""`client.reputation` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="reputation",
        method="get",
        operation_id="getAgentReputation",
        http_method="GET",
        path="/api/v1/agents/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/reputation",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "trustScore": 54,
                "reputationLevel": "TRUSTED",
                "tasksCompleted": 0,
                "tasksSuccessful": 0,
                "successRate": 100,
                "lastActivityAt": "2026-12-01T19:26:09.927Z",
                "promotionProgress": {
                    "currentLevel": 5,
                    "nextLevel": 6,
                    "trustScoreRequired": 75,
                    "tasksRequired": 100,
                    "trustScoreProgress": 72,
                    "tasksProgress": 0,
                },
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("agents", "get_agent_reputation")},
    ),
    Case(
        resource="reputation",
        method="history",
        operation_id="listReputationHistory",
        http_method="GET",
        path="/api/v1/agents/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/reputation/history",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={"limit": 20, "offset": 0},
        query={"limit": "20", "offset": "0"},
        status=200,
        answer={
            "data": [
                {
                    "id": "669164a4-6fa5-4605-80d8-8ce06a3e98c1",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "type": "QUALITY_BONUS",
                    "impact": 4,
                    "previousScore": 50,
                    "newScore": 54,
                    "taskId": None,
                    "triggeredBy": "00000000-0000-4000-8000-0000000000a1",
                    "reason": "Great release notes",
                    "metadata": {},
                    "createdAt": "2026-12-01T19:26:09.927Z",
                }
            ],
            "total": 1,
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns=".",
        hooked=False,
        extra={"builder": ("agents", "list_reputation_history")},
    ),
    Case(
        resource="reputation",
        method="award_bonus",
        operation_id="awardReputationBonus",
        http_method="POST",
        path="/api/v1/agents/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/reputation/bonus",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "669164a4-6fa5-4605-80d8-8ce06a3e98c1",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "agentId": "00000000-0000-4000-8000-0000000000b1",
                "type": "QUALITY_BONUS",
                "impact": 4,
                "previousScore": 50,
                "newScore": 54,
                "taskId": None,
                "triggeredBy": "00000000-0000-4000-8000-0000000000a1",
                "reason": "Great release notes",
                "metadata": {},
                "createdAt": "2026-12-01T19:26:09.927Z",
            },
            "message": "Quality bonus awarded",
        },
        body_model="ReputationAdjustmentRequest",
        body={"reason": "Great release notes", "amount": 4},
        sent_body={"reason": "Great release notes", "amount": 4},
        returns="data",
        hooked=False,
        extra={"builder": ("agents", "award_reputation_bonus")},
    ),
    Case(
        resource="reputation",
        method="apply_penalty",
        operation_id="applyReputationPenalty",
        http_method="POST",
        path="/api/v1/agents/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/reputation/penalty",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "669164a4-6fa5-4605-80d8-8ce06a3e98c1",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "agentId": "00000000-0000-4000-8000-0000000000b1",
                "type": "QUALITY_PENALTY",
                "impact": -10,
                "previousScore": 54,
                "newScore": 44,
                "taskId": None,
                "triggeredBy": "00000000-0000-4000-8000-0000000000a1",
                "reason": "Missed the acceptance criteria",
                "metadata": {},
                "createdAt": "2026-12-01T19:26:09.927Z",
            },
            "message": "Quality penalty applied",
        },
        body_model="ReputationAdjustmentRequest",
        body={"reason": "Missed the acceptance criteria"},
        sent_body={"reason": "Missed the acceptance criteria"},
        returns="data",
        hooked=False,
        extra={"builder": ("agents", "apply_reputation_penalty")},
    ),
    Case(
        resource="reputation",
        method="leaderboard",
        operation_id="getTrustLeaderboard",
        http_method="GET",
        path="/api/v1/agents/leaderboard/trust",
        args=[],
        kwargs={"limit": 5},
        query={"limit": "5"},
        status=200,
        answer={
            "data": [
                {
                    "id": "00000000-0000-4000-8000-0000000000a1",
                    "agentId": "talent",
                    "name": "Talent Agent",
                    "level": 10,
                    "trustScore": 50,
                    "reputationLevel": "TRUSTED",
                    "tasksCompleted": 0,
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("agents", "get_trust_leaderboard")},
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
