"""`client.routing` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="routing",
        method="suggest",
        operation_id="suggestAssignees",
        http_method="GET",
        path="/api/v1/tasks/routing/suggest",
        args=[],
        kwargs={"capabilities": "python,code-review", "limit": 1},
        query={"capabilities": "python,code-review", "limit": "1"},
        status=200,
        answer={
            "data": [
                {
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "agentName": "Worker One",
                    "level": 5,
                    "matchedCapabilities": ["python", "testing"],
                    "missingCapabilities": [],
                    "coveragePercent": 100,
                    "avgProficiency": 3,
                    "currentTaskCount": 0,
                    "score": 95,
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("routing", "suggest_assignees")},
    ),
    Case(
        resource="routing",
        method="candidates",
        operation_id="listTaskCandidates",
        http_method="GET",
        path="/api/v1/tasks/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/candidates",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={"min_coverage": 1, "max_results": 1},
        query={"minCoverage": "1", "maxResults": "1"},
        status=200,
        answer={
            "data": {
                "taskId": "ac239780-57c4-4b90-b4a1-dc3c137b8568",
                "requiredCapabilities": ["python", "testing", "go"],
                "candidates": [
                    {
                        "agentId": "00000000-0000-4000-8000-0000000000b1",
                        "agentName": "Worker One",
                        "level": 5,
                        "matchedCapabilities": ["python", "testing"],
                        "missingCapabilities": ["go"],
                        "coveragePercent": 67,
                        "avgProficiency": 3,
                        "currentTaskCount": 0,
                        "score": 78,
                    }
                ],
                "bestMatch": {
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "agentName": "Worker One",
                    "level": 5,
                    "matchedCapabilities": ["python", "testing"],
                    "missingCapabilities": ["go"],
                    "coveragePercent": 67,
                    "avgProficiency": 3,
                    "currentTaskCount": 0,
                    "score": 78,
                },
                "autoAssigned": False,
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("routing", "list_task_candidates")},
    ),
    Case(
        resource="routing",
        method="auto_assign",
        operation_id="autoAssignTask",
        http_method="POST",
        path="/api/v1/tasks/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/auto-assign",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "taskId": "ac239780-57c4-4b90-b4a1-dc3c137b8568",
                "requiredCapabilities": ["python", "testing", "go"],
                "candidates": [
                    {
                        "agentId": "00000000-0000-4000-8000-0000000000b1",
                        "agentName": "Worker One",
                        "level": 5,
                        "matchedCapabilities": ["python", "testing"],
                        "missingCapabilities": ["go"],
                        "coveragePercent": 67,
                        "avgProficiency": 3,
                        "currentTaskCount": 0,
                        "score": 78,
                    }
                ],
                "bestMatch": {
                    "agentId": "00000000-0000-4000-8000-0000000000b1",
                    "agentName": "Worker One",
                    "level": 5,
                    "matchedCapabilities": ["python", "testing"],
                    "missingCapabilities": ["go"],
                    "coveragePercent": 67,
                    "avgProficiency": 3,
                    "currentTaskCount": 0,
                    "score": 78,
                },
                "autoAssigned": True,
            }
        },
        body_model="AutoAssignRequest",
        body={"minCoverage": 50, "excludeAgentIds": ["00000000-0000-4000-8000-0000000000a1"]},
        sent_body={"minCoverage": 50, "excludeAgentIds": ["00000000-0000-4000-8000-0000000000a1"]},
        returns="data",
        hooked=False,
        extra={"builder": ("routing", "auto_assign_task")},
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
