"""`client.events` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="events",
        method="list",
        operation_id="listEvents",
        http_method="GET",
        path="/api/v1/events",
        args=[],
        kwargs={
            "type": "x",
            "actor_id": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "entity_type": "x",
            "entity_id": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        },
        query={
            "type": "x",
            "actorId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "entityType": "x",
            "entityId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "page": "1",
            "limit": "50",
        },
        status=200,
        answer={
            "data": [
                {
                    "id": "7f6e5d4c-3b2a-4918-a7b6-c5d4e3f2a1b0",
                    "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                    "type": "task.created",
                    "actorId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                    "entityType": "task",
                    "entityId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "data": {"identifier": "TASK-42", "title": "Write docs"},
                    "severity": "info",
                    "reasoning": None,
                    "createdAt": "2026-02-17T10:00:00.000Z",
                    "message": "Talent Agent created task TASK-42",
                }
            ],
            "meta": {"total": 1, "page": 1, "limit": 50},
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns=["data", "meta"],
        hooked=True,
        extra={"builder": ("events", "list_events")},
    ),
    Case(
        resource="events",
        method="get",
        operation_id="getEvent",
        http_method="GET",
        path="/api/v1/events/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "id": "7f6e5d4c-3b2a-4918-a7b6-c5d4e3f2a1b0",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "type": "task.created",
                "actorId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                "entityType": "task",
                "entityId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                "data": {"identifier": "TASK-42", "title": "Write docs"},
                "severity": "info",
                "reasoning": None,
                "createdAt": "2026-02-17T10:00:00.000Z",
                "message": "Talent Agent created task TASK-42",
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=True,
        extra={"builder": ("events", "get_event")},
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_request_and_answer(case: Case, mode: str) -> None:
    run_case(case, mode)
