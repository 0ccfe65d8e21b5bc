"""`client.channels` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="channels",
        method="list",
        operation_id="listChannels",
        http_method="GET",
        path="/api/v1/channels",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
                    "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                    "name": "task-TASK-42",
                    "type": "task",
                    "taskId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "metadata": {},
                    "createdAt": "2026-02-17T10:00:00.000Z",
                    "updatedAt": "2026-02-17T10:00:00.000Z",
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("channels", "list_channels")},
    ),
    Case(
        resource="channels",
        method="create",
        operation_id="createChannel",
        http_method="POST",
        path="/api/v1/channels",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "name": "research-updates",
                "type": "broadcast",
                "taskId": None,
                "metadata": {"purpose": "weekly findings"},
                "createdAt": "2026-02-17T09:00:00.000Z",
                "updatedAt": "2026-02-17T09:00:00.000Z",
            }
        },
        body_model="CreateChannelRequest",
        body={
            "name": "research-updates",
            "type": "broadcast",
            "metadata": {"purpose": "weekly findings"},
        },
        sent_body={
            "name": "research-updates",
            "type": "broadcast",
            "metadata": {"purpose": "weekly findings"},
        },
        returns="data",
        hooked=False,
        extra={"builder": ("channels", "create_channel")},
    ),
    Case(
        resource="channels",
        method="get",
        operation_id="getChannel",
        http_method="GET",
        path="/api/v1/channels/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "id": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "name": "research-updates",
                "type": "broadcast",
                "taskId": None,
                "metadata": {"purpose": "weekly findings"},
                "createdAt": "2026-02-17T09:00:00.000Z",
                "updatedAt": "2026-02-17T09:00:00.000Z",
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("channels", "get_channel")},
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
