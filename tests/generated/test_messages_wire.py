"""`client.messages` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="messages",
        method="list",
        operation_id="listMessages",
        http_method="GET",
        path="/api/v1/messages",
        args=[],
        kwargs={
            "channel_id": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "before": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        },
        query={
            "channelId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "before": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
            "limit": "50",
        },
        status=200,
        answer={
            "data": [
                {
                    "id": "8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0",
                    "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                    "channelId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                    "senderId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                    "recipientId": None,
                    "type": "text",
                    "body": "First findings are in.",
                    "parentMessageId": None,
                    "metadata": {},
                    "createdAt": "2026-02-17T09:05:00.000Z",
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("messages", "list_messages")},
    ),
    Case(
        resource="messages",
        method="send",
        operation_id="sendMessage",
        http_method="POST",
        path="/api/v1/messages",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "channelId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                "senderId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                "recipientId": None,
                "type": "text",
                "body": "First findings are in.",
                "parentMessageId": None,
                "metadata": {},
                "createdAt": "2026-02-17T09:05:00.000Z",
            }
        },
        body_model="SendMessageRequest",
        body={
            "channelId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
            "type": "text",
            "body": "First findings are in.",
        },
        sent_body={
            "channelId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
            "type": "text",
            "body": "First findings are in.",
        },
        returns="data",
        hooked=False,
        extra={"builder": ("messages", "send_message")},
    ),
    Case(
        resource="messages",
        method="get",
        operation_id="getMessage",
        http_method="GET",
        path="/api/v1/messages/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": {
                "id": "8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "channelId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                "senderId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                "recipientId": None,
                "type": "text",
                "body": "First findings are in.",
                "parentMessageId": None,
                "metadata": {},
                "createdAt": "2026-02-17T09:05:00.000Z",
            }
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("messages", "get_message")},
    ),
    Case(
        resource="messages",
        method="get_thread",
        operation_id="getMessageThread",
        http_method="GET",
        path="/api/v1/messages/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/thread",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "id": "9f8e7d6c-5b4a-4392-a8b7-c6d5e4f3a2b1",
                    "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                    "channelId": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                    "senderId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                    "recipientId": None,
                    "type": "status_update",
                    "body": "Thanks, reviewing now.",
                    "parentMessageId": "8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0",
                    "metadata": {},
                    "createdAt": "2026-02-17T09:10:00.000Z",
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("messages", "get_message_thread")},
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
