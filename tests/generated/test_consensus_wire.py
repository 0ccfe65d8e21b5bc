"""`client.consensus` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="consensus",
        method="create",
        operation_id="createConsensusRequest",
        http_method="POST",
        path="/api/v1/tasks/consensus",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "orgId": "00000000-0000-4000-8000-000000000001",
                "type": "POLICY_CHANGE",
                "title": "Adopt ruff",
                "description": "Lint everything",
                "requesterId": "00000000-0000-4000-8000-0000000000a1",
                "subjectId": None,
                "subjectType": None,
                "quorumRequired": 2,
                "approvalThreshold": 60,
                "expiresAt": "2026-12-03T19:26:39.075Z",
                "metadata": {
                    "eligibleVoters": [
                        "00000000-0000-4000-8000-0000000000a1",
                        "00000000-0000-4000-8000-0000000000b1",
                    ]
                },
                "decidedAt": None,
                "id": "0c769ef5-2cfa-419a-83e6-cfd3c1bd72f9",
                "status": "PENDING",
                "votesApprove": 0,
                "votesReject": 0,
                "votesAbstain": 0,
                "createdAt": "2026-12-01T19:26:39.076Z",
                "updatedAt": "2026-12-01T19:26:39.076Z",
            }
        },
        body_model="CreateConsensusRequest",
        body={
            "type": "POLICY_CHANGE",
            "title": "Adopt ruff",
            "description": "Lint everything",
            "quorumRequired": 2,
            "approvalThreshold": 60,
            "expiresInHours": 48,
            "voterIds": [
                "00000000-0000-4000-8000-0000000000a1",
                "00000000-0000-4000-8000-0000000000b1",
            ],
        },
        sent_body={
            "type": "POLICY_CHANGE",
            "title": "Adopt ruff",
            "description": "Lint everything",
            "quorumRequired": 2,
            "approvalThreshold": 60,
            "expiresInHours": 48,
            "voterIds": [
                "00000000-0000-4000-8000-0000000000a1",
                "00000000-0000-4000-8000-0000000000b1",
            ],
        },
        returns="data",
        hooked=False,
        extra={"builder": ("consensus", "create_consensus_request")},
    ),
    Case(
        resource="consensus",
        method="list_votable",
        operation_id="listVotableConsensusRequests",
        http_method="GET",
        path="/api/v1/tasks/consensus/votable",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "0c769ef5-2cfa-419a-83e6-cfd3c1bd72f9",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "type": "POLICY_CHANGE",
                    "status": "PENDING",
                    "title": "Adopt ruff",
                    "description": "Lint everything",
                    "requesterId": "00000000-0000-4000-8000-0000000000a1",
                    "subjectId": None,
                    "subjectType": None,
                    "quorumRequired": 2,
                    "approvalThreshold": 60,
                    "votesApprove": 0,
                    "votesReject": 0,
                    "votesAbstain": 0,
                    "expiresAt": "2026-12-03T19:26:39.075Z",
                    "decidedAt": None,
                    "metadata": {
                        "eligibleVoters": [
                            "00000000-0000-4000-8000-0000000000a1",
                            "00000000-0000-4000-8000-0000000000b1",
                        ]
                    },
                    "createdAt": "2026-12-01T19:26:39.076Z",
                    "updatedAt": "2026-12-01T19:26:39.076Z",
                    "requester": {
                        "id": "00000000-0000-4000-8000-0000000000a1",
                        "agentId": "talent",
                        "name": "Talent Agent",
                        "role": "hr",
                        "level": 10,
                        "model": "opus",
                        "status": "active",
                        "currentBalance": 1000,
                        "createdAt": "2026-12-01T19:25:40.831Z",
                    },
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("consensus", "list_votable_consensus_requests")},
    ),
    Case(
        resource="consensus",
        method="list_pending",
        operation_id="listPendingConsensusRequests",
        http_method="GET",
        path="/api/v1/tasks/consensus/pending",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "0c769ef5-2cfa-419a-83e6-cfd3c1bd72f9",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "type": "POLICY_CHANGE",
                    "status": "PENDING",
                    "title": "Adopt ruff",
                    "description": "Lint everything",
                    "requesterId": "00000000-0000-4000-8000-0000000000a1",
                    "subjectId": None,
                    "subjectType": None,
                    "quorumRequired": 2,
                    "approvalThreshold": 60,
                    "votesApprove": 0,
                    "votesReject": 0,
                    "votesAbstain": 0,
                    "expiresAt": "2026-12-03T19:26:39.075Z",
                    "decidedAt": None,
                    "metadata": {},
                    "createdAt": "2026-12-01T19:26:39.076Z",
                    "updatedAt": "2026-12-01T19:26:39.076Z",
                    "requester": {
                        "id": "00000000-0000-4000-8000-0000000000a1",
                        "agentId": "talent",
                        "name": "Talent Agent",
                        "role": "hr",
                        "level": 10,
                        "model": "opus",
                        "status": "active",
                        "currentBalance": 1000,
                        "createdAt": "2026-12-01T19:25:40.831Z",
                    },
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("consensus", "list_pending_consensus_requests")},
    ),
    Case(
        resource="consensus",
        method="get",
        operation_id="getConsensusRequest",
        http_method="GET",
        path="/api/v1/tasks/consensus/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "id": "0c769ef5-2cfa-419a-83e6-cfd3c1bd72f9",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "type": "POLICY_CHANGE",
                "status": "REJECTED",
                "title": "Adopt ruff",
                "description": "Lint everything",
                "requesterId": "00000000-0000-4000-8000-0000000000a1",
                "subjectId": None,
                "subjectType": None,
                "quorumRequired": 2,
                "approvalThreshold": 60,
                "votesApprove": 1,
                "votesReject": 1,
                "votesAbstain": 0,
                "expiresAt": "2026-12-03T19:26:39.075Z",
                "decidedAt": "2026-12-01T19:26:39.435Z",
                "metadata": {},
                "createdAt": "2026-12-01T19:26:39.076Z",
                "updatedAt": "2026-12-01T19:26:39.438Z",
                "requester": {
                    "id": "00000000-0000-4000-8000-0000000000a1",
                    "agentId": "talent",
                    "name": "Talent Agent",
                    "role": "hr",
                    "level": 10,
                    "model": "opus",
                    "status": "active",
                    "currentBalance": 1000,
                    "createdAt": "2026-12-01T19:25:40.831Z",
                },
                "votes": [
                    {
                        "id": "fff30ce5-fd3e-4a81-96ec-049cdd20ea7c",
                        "orgId": "00000000-0000-4000-8000-000000000001",
                        "requestId": "0c769ef5-2cfa-419a-83e6-cfd3c1bd72f9",
                        "voterId": "00000000-0000-4000-8000-0000000000b1",
                        "vote": "APPROVE",
                        "reason": "yes",
                        "voterLevel": 5,
                        "createdAt": "2026-12-01T19:26:39.245Z",
                        "voter": {
                            "id": "00000000-0000-4000-8000-0000000000b1",
                            "agentId": "worker-1",
                            "name": "Worker One",
                            "role": "worker",
                            "level": 5,
                            "model": "sonnet",
                            "status": "active",
                            "currentBalance": 500,
                            "createdAt": "2026-12-01T19:25:40.837Z",
                        },
                    }
                ],
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("consensus", "get_consensus_request")},
    ),
    Case(
        resource="consensus",
        method="cancel",
        operation_id="cancelConsensusRequest",
        http_method="DELETE",
        path="/api/v1/tasks/consensus/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "id": "31e132dd-2fb1-4db7-8431-e5d81d83d52e",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "type": "CUSTOM",
                "status": "CANCELLED",
                "title": "t",
                "description": "d",
                "requesterId": "00000000-0000-4000-8000-0000000000a1",
                "subjectId": None,
                "subjectType": None,
                "quorumRequired": 2,
                "approvalThreshold": 50,
                "votesApprove": 0,
                "votesReject": 0,
                "votesAbstain": 0,
                "expiresAt": "2026-12-02T19:26:39.664Z",
                "decidedAt": "2026-12-01T19:26:39.783Z",
                "metadata": {},
                "createdAt": "2026-12-01T19:26:39.670Z",
                "updatedAt": "2026-12-01T19:26:39.792Z",
            },
            "message": "Consensus request cancelled",
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("consensus", "cancel_consensus_request")},
    ),
    Case(
        resource="consensus",
        method="vote",
        operation_id="voteOnConsensusRequest",
        http_method="POST",
        path="/api/v1/tasks/consensus/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/vote",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "orgId": "00000000-0000-4000-8000-000000000001",
                "requestId": "0c769ef5-2cfa-419a-83e6-cfd3c1bd72f9",
                "voterId": "00000000-0000-4000-8000-0000000000b1",
                "vote": "APPROVE",
                "reason": "yes",
                "voterLevel": 5,
                "id": "fff30ce5-fd3e-4a81-96ec-049cdd20ea7c",
                "createdAt": "2026-12-01T19:26:39.245Z",
            },
            "message": "Vote recorded",
        },
        body_model="CastVoteRequest",
        body={"vote": "APPROVE", "reason": "yes"},
        sent_body={"vote": "APPROVE", "reason": "yes"},
        returns="data",
        hooked=False,
        extra={"builder": ("consensus", "vote_on_consensus_request")},
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
