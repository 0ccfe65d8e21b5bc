"""A typical workflow against the in-process server with response self-checking on:
every answer (success and error) is validated against openapi.yaml by the app
itself, and a mismatch would surface here as a 500."""

from __future__ import annotations

import uuid
from typing import Any

import httpx2

from .conftest import Server


def ok(response: httpx2.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    return response.json()


def err(response: httpx2.Response, status: int) -> Any:
    assert response.status_code == status, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error", "code"}, body
    return body


async def test_health_is_public(server: Server) -> None:
    body = ok(await server.anonymous.get("/health"))
    assert body["status"] == "ok" and body["timestamp"].endswith("Z")


async def test_agent_lifecycle(server: Server) -> None:
    hr = server.hr
    created = ok(
        await hr.post(
            "/api/v1/agents/register",
            {"name": "Research Assistant", "level": 5, "capabilities": [{"capability": "python"}]},
        ),
        201,
    )
    assert created["data"]["agentId"] == "research-assistant"
    assert len(created["secret"]) == 64
    worker = hr.as_agent("research-assistant", created["secret"])
    worker_id = created["data"]["id"]

    dup = err(await hr.post("/api/v1/agents/register", {"name": "Research Assistant"}), 409)
    assert dup == {"error": 'Agent with ID "research-assistant" already exists', "code": "Conflict"}
    forbidden = err(await worker.post("/api/v1/agents/register", {"name": "X"}), 403)
    assert forbidden["error"] == "Requires one of roles: hr"

    detail = ok(await worker.get(f"/api/v1/agents/{worker_id}"))["data"]
    assert detail["capabilities"][0]["capability"] == "python"
    assert "hmacSecretEnc" not in detail

    spawned = ok(await worker.post("/api/v1/agents/spawn", {"name": "Helper"}), 201)
    assert spawned["data"]["status"] == "pending" and spawned["data"]["level"] == 4
    child_id = spawned["data"]["id"]
    pending = ok(await worker.get("/api/v1/agents/pending"))["data"]
    assert [p["id"] for p in pending] == [child_id]
    capacity = ok(await worker.get("/api/v1/agents/capacity"))["data"]
    assert capacity == {"canSpawn": True, "current": 0, "max": 5}

    child = hr.as_agent("helper", spawned["secret"])
    assert (await child.get("/api/v1/agents")).status_code == 401  # pending cannot authenticate
    ok(await worker.post(f"/api/v1/agents/{child_id}/activate"), 201)
    ok(await child.get("/api/v1/agents"))
    again = err(await worker.post(f"/api/v1/agents/{child_id}/activate"), 400)
    assert again["error"] == "Agent is not pending activation (status: active)"

    tree = ok(await hr.get(f"/api/v1/agents/{worker_id}/hierarchy", depth=1))["data"]
    assert [c["id"] for c in tree["children"]] == [child_id]
    assert "children" not in tree["children"][0]

    updated = ok(await server.key.patch(f"/api/v1/agents/{worker_id}", {"name": "Renamed"}))
    assert updated["data"]["name"] == "Renamed"
    revoked = ok(await hr.post(f"/api/v1/agents/{child_id}/revoke"), 201)
    assert revoked["data"]["status"] == "revoked"
    assert (await child.get("/api/v1/agents")).status_code == 401
    err(await hr.post(f"/api/v1/agents/{child_id}/revoke"), 409)

    own_id = server.credentials.agents[0]["id"]
    assert err(await hr.post(f"/api/v1/agents/{own_id}/revoke"), 403)["error"] == (
        "Cannot revoke yourself"
    )


async def test_task_workflow_pays_the_assignee(server: Server) -> None:
    hr = server.hr
    reg = ok(await hr.post("/api/v1/agents/register", {"name": "Worker One", "level": 3}), 201)
    worker = hr.as_agent("worker-one", reg["secret"])
    task = ok(
        await hr.post(
            "/api/v1/tasks",
            {
                "title": "Write docs",
                "priority": "high",
                "tags": ["docs"],
                "metadata": {"estimatedCredits": 100, "requiredCapabilities": ["writing"]},
                "approvalRequired": True,
            },
        ),
        201,
    )["data"]
    assert task["status"] == "backlog" and task["identifier"] == "TASK-1"
    assert task["metadata"] == {"estimatedCredits": 100, "requiredCapabilities": ["writing"]}
    channel = ok(await hr.get(f"/api/v1/channels/{task['channelId']}"))["data"]
    assert channel["type"] == "task" and channel["taskId"] == task["id"]

    bad = err(await hr.post(f"/api/v1/tasks/{task['id']}/transition", {"status": "done"}), 422)
    assert bad["error"] == "Invalid transition: backlog \u2192 done"
    ok(await hr.post(f"/api/v1/tasks/{task['id']}/transition", {"status": "todo"}), 201)
    claimed = ok(await worker.post(f"/api/v1/tasks/{task['id']}/claim"), 201)["data"]
    assert claimed["status"] == "in_progress" and claimed["assigneeId"] == reg["data"]["id"]
    assert err(await hr.post(f"/api/v1/tasks/{task['id']}/claim"), 409)
    ok(await worker.post(f"/api/v1/tasks/{task['id']}/transition", {"status": "review"}), 201)
    need = err(await worker.post(f"/api/v1/tasks/{task['id']}/transition", {"status": "done"}), 403)
    assert need["error"] == "Task requires approval before completion"
    done = ok(await hr.post(f"/api/v1/tasks/{task['id']}/approve"), 201)["data"]
    assert done["status"] == "done" and done["approvedBy"] == server.credentials.agents[0]["id"]
    assert err(await hr.post(f"/api/v1/tasks/{task['id']}/approve"), 409)["error"] == (
        "Task is already approved"
    )

    balance = ok(await worker.get("/api/v1/credits/balance"))["data"]
    assert balance["balance"] == 25
    (history,) = [ok(await worker.get("/api/v1/credits/history"))]
    assert history["meta"] == {"total": 1, "limit": 50, "offset": 0}
    assert history["data"][0]["triggerType"] == "task.done"

    listed = ok(await hr.get("/api/v1/tasks", priority="high"))["data"]
    assert [t["id"] for t in listed] == [task["id"]] and "dependencies" not in listed[0]
    assert ok(await hr.get("/api/v1/tasks", priority="low"))["data"] == []

    (events,) = [ok(await hr.get("/api/v1/events", entityId=task["id"], limit=50))]
    types = [e["type"] for e in events["data"]]
    assert "task.created" in types and "task.approved" in types
    assert events["meta"]["limit"] == 50 and events["meta"]["page"] == 1
    created = next(e for e in events["data"] if e["type"] == "task.created")
    assert created["message"] == 'talent created task TASK-1 "Write docs"'
    one = ok(await hr.get(f"/api/v1/events/{created['id']}"))["data"]
    assert one["id"] == created["id"]
    assert err(await hr.get(f"/api/v1/events/{uuid.uuid4()}"), 404)["error"] == "Event not found"


async def test_dependencies_block_done(server: Server) -> None:
    hr = server.hr
    first = ok(await hr.post("/api/v1/tasks", {"title": "First"}), 201)["data"]
    second = ok(await hr.post("/api/v1/tasks", {"title": "Second"}), 201)["data"]
    ok(
        await hr.post(f"/api/v1/tasks/{second['id']}/dependencies", {"dependsOnId": first["id"]}),
        201,
    )
    cycle = err(
        await hr.post(f"/api/v1/tasks/{first['id']}/dependencies", {"dependsOnId": second["id"]}),
        409,
    )
    assert cycle["error"] == "Circular dependency detected"
    for status in ("todo", "in_progress", "review"):
        ok(await hr.post(f"/api/v1/tasks/{second['id']}/transition", {"status": status}), 201)
    blocked = err(
        await hr.post(f"/api/v1/tasks/{second['id']}/transition", {"status": "done"}), 409
    )
    assert blocked["error"] == "Cannot complete: 1 blocking dependencies not done"
    got = ok(await hr.get(f"/api/v1/tasks/{second['id']}"))["data"]
    assert got["dependencies"][0]["dependsOnId"] == first["id"]
    ok(await hr.delete(f"/api/v1/tasks/{second['id']}/dependencies/{first['id']}"))
    ok(await hr.post(f"/api/v1/tasks/{second['id']}/transition", {"status": "done"}), 201)


async def test_credits(server: Server) -> None:
    hr = server.hr
    reg = ok(await hr.post("/api/v1/agents/register", {"name": "Payee"}), 201)
    payee = reg["data"]["id"]
    tx = ok(
        await hr.post("/api/v1/agents/credits/transfer", {"toAgentId": payee, "amount": 100}), 201
    )["data"]
    assert tx["type"] == "debit" and tx["balanceAfter"] == 9_900
    assert ok(await hr.get(f"/api/v1/agents/{payee}/credits/balance"))["data"] == {"balance": 100}
    worker = hr.as_agent("payee", reg["secret"])
    spent = ok(await worker.post("/api/v1/credits/spend", {"amount": 30, "reason": "llm"}), 201)
    assert spent["data"]["balanceAfter"] == 70
    poor = err(await worker.post("/api/v1/credits/spend", {"amount": 1000, "reason": "x"}), 400)
    assert poor["error"] == "Insufficient balance"
    invalid = err(await worker.post("/api/v1/credits/spend", {"amount": 1.5, "reason": "x"}), 400)
    assert invalid["error"] == ["amount must be an integer number"]
    founder_id = server.credentials.agents[1]["id"]
    no = err(
        await worker.post(
            "/api/v1/agents/credits/transfer", {"toAgentId": founder_id, "amount": 1}
        ),
        403,
    )
    assert no["error"] == "Can only transfer credits to children or sibling agents"
    ok(await hr.patch(f"/api/v1/agents/{payee}/budget", {"budgetPeriodLimit": 50}))
    over = err(await worker.post("/api/v1/credits/spend", {"amount": 25, "reason": "x"}), 400)
    assert over["error"] == "Budget limit exceeded"
    can = ok(await hr.get(f"/api/v1/agents/{payee}/budget/can-spend", amount=10))["data"]
    assert can["canSpend"] is True
    adjusted = ok(
        await server.key.post(
            "/api/v1/credits/adjust",
            {"agentId": payee, "amount": 5, "type": "credit", "reason": "bonus"},
        ),
        201,
    )["data"]
    assert adjusted["reason"] == "[Admin] bonus" and adjusted["balanceAfter"] == 75


async def test_messages_and_direct_messages(server: Server) -> None:
    hr, founder = server.hr, server.founder
    channel = ok(await hr.post("/api/v1/channels", {"name": "reef", "type": "broadcast"}), 201)
    cid = channel["data"]["id"]
    err(await hr.post("/api/v1/channels", {"name": "reef", "type": "broadcast"}), 409)
    first = ok(
        await hr.post("/api/v1/messages", {"channelId": cid, "type": "text", "body": "a"}), 201
    )
    reply = ok(
        await founder.post(
            "/api/v1/messages",
            {"channelId": cid, "type": "text", "body": "b", "parentMessageId": first["data"]["id"]},
        ),
        201,
    )
    listed = ok(await hr.get("/api/v1/messages", channelId=cid, limit=10))["data"]
    assert [m["body"] for m in listed] == ["a", "b"]
    older = ok(await hr.get("/api/v1/messages", channelId=cid, before=reply["data"]["id"]))["data"]
    assert [m["body"] for m in older] == ["a"]
    thread = ok(await hr.get(f"/api/v1/messages/{first['data']['id']}/thread"))["data"]
    assert [m["id"] for m in thread] == [reply["data"]["id"]]
    missing = err(
        await hr.post(
            "/api/v1/messages", {"channelId": str(uuid.uuid4()), "type": "text", "body": "x"}
        ),
        404,
    )
    assert missing["error"] == "Channel not found"

    founder_id = server.credentials.agents[1]["id"]
    hr_id = server.credentials.agents[0]["id"]
    dm = ok(await hr.post("/api/v1/dm", {"toAgentId": founder_id, "body": "psst"}), 201)["data"]
    assert dm["recipientId"] == founder_id and dm["metadata"]["read"] is False
    assert ok(await founder.get("/api/v1/dm/unread"))["data"] == {"count": 1}
    convs = ok(await founder.get("/api/v1/dm/conversations"))["data"]
    assert convs[0]["otherAgentId"] == hr_id and convs[0]["unreadCount"] == 1
    msgs = ok(await founder.get(f"/api/v1/dm/{hr_id}"))["data"]
    assert msgs[0]["fromAgentId"] == hr_id and msgs[0]["read"] is False
    assert ok(await founder.patch(f"/api/v1/dm/{hr_id}/read"))["data"] == {"markedRead": 1}
    assert ok(await founder.get("/api/v1/dm/unread"))["data"] == {"count": 0}


async def test_errors(server: Server) -> None:
    hr = server.hr
    assert err(await hr.get("/api/v1/agents/not-a-uuid"), 404)["error"] == "Agent not found"
    assert err(await hr.get("/api/v1/tasks/TASK-1"), 404)["error"] == "Task not found"
    assert err(await hr.get("/api/v1/nope"), 404)["error"] == "Cannot GET /api/v1/nope"
    unauth = err(await server.anonymous.get("/api/v1/agents"), 401)
    assert unauth == {"error": "Unauthorized", "code": "UNAUTHORIZED"}
    extra = err(await hr.post("/api/v1/tasks", {"title": "x", "foo": 1}), 400)
    assert extra["error"] == ["property foo should not exist"]
    notes = err(
        await hr.post(f"/api/v1/tasks/{uuid.uuid4()}/transition", {"status": "todo", "notes": "x"}),
        400,
    )
    assert notes["error"] == ["property notes should not exist"]
    bad_q = err(await hr.get("/api/v1/events", offset=1), 400)
    assert bad_q["error"] == ["property offset should not exist"]
    sev = err(await hr.get("/api/v1/events", severity="critical"), 400)
    assert sev["error"] == ["severity must be one of the following values: info, warning, error"]
    malformed = await server.client.post(
        "/api/v1/tasks",
        content=b"{",
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {server.credentials.api_key}",
        },
    )
    assert malformed.status_code == 400 and isinstance(malformed.json()["error"], str)


async def test_idempotency(server: Server) -> None:
    hr = server.hr
    key = {"X-Idempotency-Key": str(uuid.uuid4())}
    first = await hr.post("/api/v1/tasks", {"title": "once"}, headers=key)
    second = await hr.post("/api/v1/tasks", {"title": "once"}, headers=key)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers["idempotent-replayed"] == "true"
    reused = err(await hr.post("/api/v1/tasks", {"title": "other"}, headers=key), 409)
    assert reused["error"] == "Idempotency key reused with a different request"
    assert len(ok(await hr.get("/api/v1/tasks"))["data"]) == 1
    both = {"X-Idempotency-Key": str(uuid.uuid4()), "Idempotency-Key": str(uuid.uuid4())}
    err(await hr.post("/api/v1/tasks", {"title": "x"}, headers=both), 400)
    err(await hr.post("/api/v1/tasks", {"title": "x"}, headers={"Idempotency-Key": "nope"}), 400)
    # the plain header alone works too, and the key is per caller
    plain = {"Idempotency-Key": str(uuid.uuid4())}
    a = ok(await hr.post("/api/v1/tasks", {"title": "p"}, headers=plain), 201)
    b = ok(await server.founder.post("/api/v1/tasks", {"title": "p"}, headers=plain), 201)
    assert a["data"]["id"] != b["data"]["id"]
