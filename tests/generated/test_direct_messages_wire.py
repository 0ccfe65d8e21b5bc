"""`client.direct_messages` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="direct_messages",
        method="send",
        operation_id="sendDirectMessage",
        http_method="POST",
        path="/api/v1/dm",
        args=[],
        kwargs={},
        query={},
        status=201,
        answer={
            "data": {
                "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                "orgId": "0b6f3c2a-5d4e-4f1a-9c8b-7e6d5c4b3a21",
                "channelId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e",
                "senderId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                "recipientId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
                "type": "request",
                "body": "Can you take TASK-42?",
                "parentMessageId": None,
                "metadata": {"read": False},
                "createdAt": "2026-02-17T09:20:00.000Z",
            }
        },
        body_model="SendDirectMessageRequest",
        body={
            "toAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
            "body": "Can you take TASK-42?",
            "type": "request",
        },
        sent_body={
            "toAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
            "body": "Can you take TASK-42?",
            "type": "request",
        },
        returns="data",
        hooked=False,
        extra={"builder": ("direct_messages", "send_direct_message")},
    ),
    Case(
        resource="direct_messages",
        method="conversations",
        operation_id="listConversations",
        http_method="GET",
        path="/api/v1/dm/conversations",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={
            "data": [
                {
                    "channelId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e",
                    "otherAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
                    "otherAgentName": "Data Cruncher",
                    "otherAgentLevel": 2,
                    "lastMessage": "Can you take TASK-42?",
                    "lastMessageAt": "2026-02-17T09:20:00.000Z",
                    "unreadCount": 0,
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("direct_messages", "list_conversations")},
    ),
    Case(
        resource="direct_messages",
        method="unread_count",
        operation_id="getUnreadCount",
        http_method="GET",
        path="/api/v1/dm/unread",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={"data": {"count": 3}},
        body_model=None,
        body=None,
        sent_body=None,
        returns="data.count",
        hooked=False,
        extra={"builder": ("direct_messages", "get_unread_count")},
    ),
    Case(
        resource="direct_messages",
        method="list",
        operation_id="listDirectMessages",
        http_method="GET",
        path="/api/v1/dm/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={"before": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"},
        query={"before": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13", "limit": "50"},
        status=200,
        answer={
            "data": [
                {
                    "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                    "fromAgentId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
                    "fromAgentName": "Research Assistant",
                    "toAgentId": "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b",
                    "toAgentName": "Data Cruncher",
                    "body": "Can you take TASK-42?",
                    "type": "request",
                    "createdAt": "2026-02-17T09:20:00.000Z",
                    "read": False,
                }
            ]
        },
        body_model=None,
        body=None,
        sent_body=None,
        returns="data",
        hooked=False,
        extra={"builder": ("direct_messages", "list_direct_messages")},
    ),
    Case(
        resource="direct_messages",
        method="mark_read",
        operation_id="markDirectMessagesRead",
        http_method="PATCH",
        path="/api/v1/dm/3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13/read",
        args=["3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"],
        kwargs={},
        query={},
        status=200,
        answer={"data": {"markedRead": 2}},
        body_model=None,
        body=None,
        sent_body=None,
        returns="data.marked_read",
        hooked=False,
        extra={"builder": ("direct_messages", "mark_direct_messages_read")},
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
