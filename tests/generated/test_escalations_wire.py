"""`client.escalations` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="escalations",
        method="escalate",
        operation_id="escalateTask",
        http_method="POST",
        path="/api/v1/tasks/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/escalate",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "orgId": "00000000-0000-4000-8000-000000000001",
                "taskId": "ac239780-57c4-4b90-b4a1-dc3c137b8568",
                "fromAgentId": "00000000-0000-4000-8000-0000000000b1",
                "toAgentId": "00000000-0000-4000-8000-0000000000a1",
                "reason": "MANUAL",
                "levelsEscalated": 5,
                "notes": "stuck",
                "isAutomatic": False,
                "resolvedAt": None,
                "id": "654e1e7f-812d-4e75-b201-514999ad0043",
                "metadata": {},
                "createdAt": "2026-12-01T19:26:11.436Z",
            },
            "message": "Task escalated",
        },
        body_model="EscalateTaskRequest",
        body={"reason": "MANUAL", "notes": "stuck"},
        sent_body={"reason": "MANUAL", "notes": "stuck"},
        returns="data",
        hooked=False,
        extra={"builder": ("escalations", "escalate_task")},
    ),
    Case(
        resource="escalations",
        method="list",
        operation_id="listTaskEscalations",
        http_method="GET",
        path="/api/v1/tasks/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/escalations",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "654e1e7f-812d-4e75-b201-514999ad0043",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "taskId": "ac239780-57c4-4b90-b4a1-dc3c137b8568",
                    "fromAgentId": "00000000-0000-4000-8000-0000000000b1",
                    "toAgentId": "00000000-0000-4000-8000-0000000000a1",
                    "reason": "MANUAL",
                    "levelsEscalated": 5,
                    "notes": "stuck",
                    "isAutomatic": False,
                    "resolvedAt": None,
                    "metadata": {},
                    "createdAt": "2026-12-01T19:26:11.436Z",
                    "fromAgent": {
                        "id": "00000000-0000-4000-8000-0000000000b1",
                        "agentId": "worker-1",
                        "name": "Worker One",
                        "role": "worker",
                        "level": 5,
                        "model": "sonnet",
                        "status": "active",
                        "currentBalance": 500,
                        "parentId": "00000000-0000-4000-8000-0000000000a1",
                        "createdAt": "2026-12-01T19:25:40.837Z",
                    },
                    "toAgent": {
                        "id": "00000000-0000-4000-8000-0000000000a1",
                        "agentId": "talent",
                        "name": "Talent Agent",
                        "role": "hr",
                        "level": 10,
                        "model": "opus",
                        "status": "active",
                        "currentBalance": 1000,
                        "parentId": None,
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
        extra={"builder": ("escalations", "list_task_escalations")},
    ),
    Case(
        resource="escalations",
        method="list_open",
        operation_id="listOpenEscalations",
        http_method="GET",
        path="/api/v1/tasks/escalations/open",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "654e1e7f-812d-4e75-b201-514999ad0043",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "taskId": "ac239780-57c4-4b90-b4a1-dc3c137b8568",
                    "fromAgentId": "00000000-0000-4000-8000-0000000000b1",
                    "toAgentId": "00000000-0000-4000-8000-0000000000a1",
                    "reason": "MANUAL",
                    "levelsEscalated": 5,
                    "notes": "stuck",
                    "isAutomatic": False,
                    "resolvedAt": None,
                    "metadata": {},
                    "createdAt": "2026-12-01T19:26:11.436Z",
                    "task": {
                        "id": "ac239780-57c4-4b90-b4a1-dc3c137b8568",
                        "identifier": "TASK-2",
                        "title": "route me",
                        "status": "backlog",
                        "priority": "normal",
                        "assigneeId": "00000000-0000-4000-8000-0000000000a1",
                        "creatorId": "00000000-0000-4000-8000-0000000000a1",
                        "metadata": {"requiredCapabilities": ["python", "testing", "go"]},
                        "createdAt": "2026-12-01T19:26:11.222Z",
                    },
                    "fromAgent": {
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
                    "toAgent": {
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
        extra={"builder": ("escalations", "list_open_escalations")},
    ),
    Case(
        resource="escalations",
        method="resolve",
        operation_id="resolveEscalation",
        http_method="POST",
        path="/api/v1/tasks/escalations/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/resolve",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "24399bad-3e20-45de-a9a6-b2aa0654e8de",
                "orgId": "00000000-0000-4000-8000-000000000001",
                "taskId": "033f5b23-b4c4-47b1-b010-3666f458e5b2",
                "fromAgentId": "00000000-0000-4000-8000-0000000000b1",
                "toAgentId": "00000000-0000-4000-8000-0000000000a1",
                "reason": "MANUAL",
                "levelsEscalated": 5,
                "notes": None,
                "isAutomatic": False,
                "resolvedAt": "2026-12-01T19:26:26.340Z",
                "metadata": {},
                "createdAt": "2026-12-01T19:26:25.985Z",
            },
            "message": "Escalation resolved",
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("escalations", "resolve_escalation")},
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
