"""Every resource method: the exact request it puts on the wire, sync and async.

The mock answers with each operation's example from openapi.yaml, so these tests also prove
that every documented example parses into the method's return type.
"""

from __future__ import annotations

import inspect
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx2
import pytest

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient
from openspawn._core.signing import sign
from openspawn._core.wirejson import dumps
from openspawn.enums import (
    AgentRole,
    ChannelType,
    CreditType,
    EventSeverity,
    MessageType,
    Proficiency,
    TaskPriority,
    TaskStatus,
)
from openspawn.models import (
    CreateAgentRequest,
    CreateTaskRequest,
    SendMessageRequest,
    TransferCreditsRequest,
    TransitionTaskRequest,
    UpdateAgentRequest,
)

from .spec_mock import Recorder

SECRET = "0123456789abcdef" * 4
A = "11111111-1111-4111-8111-111111111111"
B = "22222222-2222-4222-8222-222222222222"
BASE = "http://bb.test"

Case = tuple[str, Callable[[Any], Any], str, str, dict[str, str], Any]

CASES: list[Case] = [
    ("agents.list", lambda c: c.agents.list(), "GET", "/api/v1/agents", {}, None),
    ("agents.get", lambda c: c.agents.get(A), "GET", f"/api/v1/agents/{A}", {}, None),
    (
        "agents.create",
        lambda c: c.agents.create(
            CreateAgentRequest(
                name="New Worker Agent", role=AgentRole.WORKER, level=1, model="gpt-4"
            )
        ),
        "POST",
        "/api/v1/agents/register",
        {},
        {
            "agentId": "new-worker-agent",
            "name": "New Worker Agent",
            "level": 1,
            "model": "gpt-4",
            "role": "worker",
        },
    ),
    (
        "agents.spawn",
        lambda c: c.agents.spawn(
            name="Child Agent", level=1, model="gpt-4", metadata={"purpose": "data"}
        ),
        "POST",
        "/api/v1/agents/spawn",
        {},
        {
            "agentId": "child-agent",
            "name": "Child Agent",
            "level": 1,
            "model": "gpt-4",
            "metadata": {"purpose": "data"},
        },
    ),
    (
        "agents.activate",
        lambda c: c.agents.activate(A),
        "POST",
        f"/api/v1/agents/{A}/activate",
        {},
        {},
    ),
    (
        "agents.reject",
        lambda c: c.agents.reject(A, reason="No"),
        "DELETE",
        f"/api/v1/agents/{A}/reject",
        {},
        {"reason": "No"},
    ),
    (
        "agents.reject-no-reason",
        lambda c: c.agents.reject(A),
        "DELETE",
        f"/api/v1/agents/{A}/reject",
        {},
        {},
    ),
    ("agents.revoke", lambda c: c.agents.revoke(A), "POST", f"/api/v1/agents/{A}/revoke", {}, {}),
    (
        "agents.update",
        lambda c: c.agents.update(A, UpdateAgentRequest(name="Updated Name", model="gpt-4-turbo")),
        "PATCH",
        f"/api/v1/agents/{A}",
        {},
        {"name": "Updated Name", "model": "gpt-4-turbo"},
    ),
    (
        "agents.get_hierarchy",
        lambda c: c.agents.get_hierarchy(A, depth=2),
        "GET",
        f"/api/v1/agents/{A}/hierarchy",
        {"depth": "2"},
        None,
    ),
    (
        "agents.get_balance",
        lambda c: c.agents.get_balance(A),
        "GET",
        f"/api/v1/agents/{A}/credits/balance",
        {},
        None,
    ),
    (
        "agents.get_budget",
        lambda c: c.agents.get_budget(A),
        "GET",
        f"/api/v1/agents/{A}/budget",
        {},
        None,
    ),
    (
        "agents.set_budget",
        lambda c: c.agents.set_budget(A, 500, reset_current_period=True),
        "PATCH",
        f"/api/v1/agents/{A}/budget",
        {},
        {"budgetPeriodLimit": 500, "resetCurrentPeriod": True},
    ),
    (
        "agents.can_spend",
        lambda c: c.agents.can_spend(A, 25),
        "GET",
        f"/api/v1/agents/{A}/budget/can-spend",
        {"amount": "25"},
        None,
    ),
    ("agents.capacity", lambda c: c.agents.capacity(), "GET", "/api/v1/agents/capacity", {}, None),
    (
        "agents.list_pending",
        lambda c: c.agents.list_pending(),
        "GET",
        "/api/v1/agents/pending",
        {},
        None,
    ),
    (
        "agents.list_capabilities",
        lambda c: c.agents.list_capabilities(A),
        "GET",
        f"/api/v1/agents/{A}/capabilities",
        {},
        None,
    ),
    (
        "agents.add_capability",
        lambda c: c.agents.add_capability(A, "python", Proficiency.EXPERT),
        "POST",
        f"/api/v1/agents/{A}/capabilities",
        {},
        {"capability": "python", "proficiency": "expert"},
    ),
    (
        "agents.update_capability",
        lambda c: c.agents.update_capability(B, Proficiency.BASIC),
        "PATCH",
        f"/api/v1/agents/capabilities/{B}",
        {},
        {"proficiency": "basic"},
    ),
    (
        "agents.remove_capability",
        lambda c: c.agents.remove_capability(B),
        "DELETE",
        f"/api/v1/agents/capabilities/{B}",
        {},
        None,
    ),
    (
        "tasks.create",
        lambda c: c.tasks.create(
            CreateTaskRequest(
                title="Implement feature X",
                priority=TaskPriority.HIGH,
                assignee_id=A,
                estimated_credits=100,
                capabilities=["python", "api-design"],
            )
        ),
        "POST",
        "/api/v1/tasks",
        {},
        {
            "title": "Implement feature X",
            "priority": "high",
            "assigneeId": A,
            "metadata": {"estimatedCredits": 100, "requiredCapabilities": ["python", "api-design"]},
        },
    ),
    (
        "tasks.list",
        lambda c: c.tasks.list(status=TaskStatus.TODO, assignee_id=A, priority=TaskPriority.HIGH),
        "GET",
        "/api/v1/tasks",
        {"status": "todo", "assigneeId": A, "priority": "high"},
        None,
    ),
    ("tasks.get", lambda c: c.tasks.get(A), "GET", f"/api/v1/tasks/{A}", {}, None),
    (
        "tasks.transition",
        lambda c: c.tasks.transition(
            A, TransitionTaskRequest(status=TaskStatus.IN_PROGRESS, notes="Starting")
        ),
        "POST",
        f"/api/v1/tasks/{A}/transition",
        {},
        {"status": "in_progress", "reason": "Starting"},
    ),
    (
        "tasks.assign",
        lambda c: c.tasks.assign(A, B),
        "POST",
        f"/api/v1/tasks/{A}/assign",
        {},
        {"assigneeId": B},
    ),
    ("tasks.claim", lambda c: c.tasks.claim(A), "POST", f"/api/v1/tasks/{A}/claim", {}, {}),
    ("tasks.approve", lambda c: c.tasks.approve(A), "POST", f"/api/v1/tasks/{A}/approve", {}, {}),
    (
        "tasks.add_dependency",
        lambda c: c.tasks.add_dependency(A, B),
        "POST",
        f"/api/v1/tasks/{A}/dependencies",
        {},
        {"dependsOnId": B, "blocking": True},
    ),
    (
        "tasks.remove_dependency",
        lambda c: c.tasks.remove_dependency(A, B),
        "DELETE",
        f"/api/v1/tasks/{A}/dependencies/{B}",
        {},
        None,
    ),
    (
        "tasks.add_comment",
        lambda c: c.tasks.add_comment(A, "Looks good"),
        "POST",
        f"/api/v1/tasks/{A}/comments",
        {},
        {"body": "Looks good"},
    ),
    (
        "tasks.list_comments",
        lambda c: c.tasks.list_comments(A),
        "GET",
        f"/api/v1/tasks/{A}/comments",
        {},
        None,
    ),
    ("credits.balance", lambda c: c.credits.balance(), "GET", "/api/v1/credits/balance", {}, None),
    (
        "credits.spend",
        lambda c: c.credits.spend(
            amount=10, reason="OpenAI API call", trigger_type="llm_call", source_task_id=A
        ),
        "POST",
        "/api/v1/credits/spend",
        {},
        {"amount": 10, "reason": "OpenAI API call", "triggerType": "llm_call", "sourceTaskId": A},
    ),
    (
        "credits.history",
        lambda c: c.credits.history(limit=50, offset=0),
        "GET",
        "/api/v1/credits/history",
        {"limit": "50", "offset": "0"},
        None,
    ),
    (
        "credits.transfer",
        lambda c: c.credits.transfer(
            TransferCreditsRequest(to_agent_id=A, amount=100, reason="Bonus")
        ),
        "POST",
        "/api/v1/agents/credits/transfer",
        {},
        {"toAgentId": A, "amount": 100, "reason": "Bonus"},
    ),
    (
        "credits.adjust",
        lambda c: c.credits.adjust(A, 5, CreditType.CREDIT, "Fix"),
        "POST",
        "/api/v1/credits/adjust",
        {},
        {"agentId": A, "amount": 5, "type": "credit", "reason": "Fix"},
    ),
    (
        "channels.create",
        lambda c: c.channels.create("ops", ChannelType.BROADCAST),
        "POST",
        "/api/v1/channels",
        {},
        {"name": "ops", "type": "broadcast"},
    ),
    ("channels.list", lambda c: c.channels.list(), "GET", "/api/v1/channels", {}, None),
    ("channels.get", lambda c: c.channels.get(A), "GET", f"/api/v1/channels/{A}", {}, None),
    (
        "messages.send",
        lambda c: c.messages.send(SendMessageRequest(channel_id=A, body="Started code review")),
        "POST",
        "/api/v1/messages",
        {},
        {"channelId": A, "type": "text", "body": "Started code review"},
    ),
    (
        "messages.send-reply",
        lambda c: c.messages.send(
            SendMessageRequest(
                channel_id=A, type=MessageType.TEXT, body="Great work!", parent_message_id=B
            )
        ),
        "POST",
        "/api/v1/messages",
        {},
        {"channelId": A, "type": "text", "body": "Great work!", "parentMessageId": B},
    ),
    (
        "messages.list",
        lambda c: c.messages.list(channel_id=A, limit=50, before=B),
        "GET",
        "/api/v1/messages",
        {"channelId": A, "limit": "50", "before": B},
        None,
    ),
    ("messages.get", lambda c: c.messages.get(A), "GET", f"/api/v1/messages/{A}", {}, None),
    (
        "messages.get_thread",
        lambda c: c.messages.get_thread(A),
        "GET",
        f"/api/v1/messages/{A}/thread",
        {},
        None,
    ),
    (
        "dm.send",
        lambda c: c.direct_messages.send(A, "hi"),
        "POST",
        "/api/v1/dm",
        {},
        {"toAgentId": A, "body": "hi"},
    ),
    (
        "dm.conversations",
        lambda c: c.direct_messages.conversations(),
        "GET",
        "/api/v1/dm/conversations",
        {},
        None,
    ),
    (
        "dm.unread_count",
        lambda c: c.direct_messages.unread_count(),
        "GET",
        "/api/v1/dm/unread",
        {},
        None,
    ),
    (
        "dm.list",
        lambda c: c.direct_messages.list(A, limit=10),
        "GET",
        f"/api/v1/dm/{A}",
        {"limit": "10"},
        None,
    ),
    (
        "dm.mark_read",
        lambda c: c.direct_messages.mark_read(A),
        "PATCH",
        f"/api/v1/dm/{A}/read",
        {},
        {},
    ),
    (
        "events.list",
        lambda c: c.events.list(
            severity=EventSeverity.ERROR,
            entity_type="task",
            start_date=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
            limit=50,
        ),
        "GET",
        "/api/v1/events",
        {
            "entityType": "task",
            "severity": "error",
            "startDate": "2026-01-02T03:04:05Z",
            "page": "1",
            "limit": "50",
        },
        None,
    ),
    ("events.get", lambda c: c.events.get(A), "GET", f"/api/v1/events/{A}", {}, None),
    ("system.health", lambda c: c.system.health(), "GET", "/health", {}, None),
]


def _clients(recorder: Recorder) -> tuple[BikiniBottomClient, AsyncBikiniBottomClient]:
    sync = BikiniBottomClient(
        BASE,
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)),
    )
    aio = AsyncBikiniBottomClient(
        BASE,
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
    )
    return sync, aio


def check_request(
    request: httpx2.Request, method: str, path: str, query: dict[str, str], body: Any
) -> None:
    assert request.method == method
    assert request.url.raw_path.decode().split("?")[0] == path
    assert dict(request.url.params) == query
    headers = request.headers
    assert headers["user-agent"].startswith("openspawn-python/")
    if body is None:
        assert request.content == b""
        assert "content-type" not in headers
    else:
        assert headers["content-type"] == "application/json"
        assert json.loads(request.content) == body
        assert request.content == dumps(json.loads(request.content))  # compact, JS-exact
    signed_body = b"" if method in ("GET", "DELETE") else request.content
    expected = sign(
        bytes.fromhex(SECRET), method, path, headers["x-timestamp"], headers["x-nonce"], signed_body
    )
    assert headers["x-signature"] == expected
    assert headers["x-agent-id"] == "talent"
    if method == "GET":
        assert "idempotency-key" not in headers and "x-idempotency-key" not in headers
    else:
        assert headers["idempotency-key"] == headers["x-idempotency-key"]
        assert uuid.UUID(headers["idempotency-key"]).version == 4


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
async def test_method_sends_exact_request_sync_and_async(case: Case) -> None:
    _, call, method, path, query, body = case
    recorder = Recorder()
    sync, aio = _clients(recorder)
    call(sync)
    result = call(aio)
    assert inspect.isawaitable(result)
    await result
    assert len(recorder.requests) == 2
    for request in recorder.requests:
        check_request(request, method, path, query, body)
