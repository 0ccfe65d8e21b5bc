"""Idempotency keys: replay, conflicts, per-identity scope, concurrent duplicates."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx2
import pytest

from .dsutil import API, Agent, Api, assert_401, err, js_json, new_nonce, ok, signed_headers


def _tasks_titled(api: Api, title: str) -> list[dict[str, Any]]:
    return [t for t in ok(api.get(f"{API}/tasks"), 200)["data"] if t["title"] == title]


@pytest.mark.parametrize("header", ["X-Idempotency-Key", "Idempotency-Key"])
def test_same_key_twice_creates_one_resource_and_replays(api: Api, header: str) -> None:
    agent = api.register()
    key = str(uuid.uuid4())
    title = f"idem {uuid.uuid4().hex}"
    first = api.post(f"{API}/tasks", as_=agent, json={"title": title}, headers={header: key})
    second = api.post(f"{API}/tasks", as_=agent, json={"title": title}, headers={header: key})
    b1, b2 = ok(first, 201), ok(second, 201)
    assert b2 == b1
    assert len(_tasks_titled(api, title)) == 1


def test_replay_with_the_api_key(api: Api) -> None:
    key = str(uuid.uuid4())
    title = f"idem key {uuid.uuid4().hex}"
    b1 = ok(api.post(f"{API}/tasks", json={"title": title}, idem=key), 201)
    b2 = ok(api.post(f"{API}/tasks", json={"title": title}, idem=key), 201)
    assert b1 == b2
    assert len(_tasks_titled(api, title)) == 1


def test_replay_of_a_credit_spend_moves_money_once(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 100)
    key = str(uuid.uuid4())
    body = {"amount": 7, "reason": "once"}
    r1 = ok(api.post(f"{API}/credits/spend", as_=agent, json=body, idem=key), 201)
    r2 = ok(api.post(f"{API}/credits/spend", as_=agent, json=body, idem=key), 201)
    assert r1 == r2
    assert r1["data"]["balanceAfter"] == 93
    assert api.balance(agent) == 93


def test_same_key_different_body_conflicts(api: Api) -> None:
    agent = api.register()
    key = str(uuid.uuid4())
    t1 = f"first {uuid.uuid4().hex}"
    t2 = f"second {uuid.uuid4().hex}"
    ok(api.post(f"{API}/tasks", as_=agent, json={"title": t1}, idem=key), 201)
    err(api.post(f"{API}/tasks", as_=agent, json={"title": t2}, idem=key), 409)
    assert _tasks_titled(api, t2) == []
    assert len(_tasks_titled(api, t1)) == 1


def test_same_key_different_path_conflicts(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 50)
    key = str(uuid.uuid4())
    ok(api.post(f"{API}/tasks", as_=agent, json={"title": "p1"}, idem=key), 201)
    err(
        api.post(f"{API}/credits/spend", as_=agent, json={"amount": 1, "reason": "p2"}, idem=key),
        409,
    )
    assert api.balance(agent) == 50


def test_key_is_scoped_per_identity(api: Api) -> None:
    a, b = api.register(), api.register()
    key = str(uuid.uuid4())
    title = f"scoped {uuid.uuid4().hex}"
    ta = ok(api.post(f"{API}/tasks", as_=a, json={"title": title}, idem=key), 201)["data"]
    tb = ok(api.post(f"{API}/tasks", as_=b, json={"title": title}, idem=key), 201)["data"]
    assert ta["id"] != tb["id"]
    assert ta["creatorId"] == a.id and tb["creatorId"] == b.id
    assert len(_tasks_titled(api, title)) == 2


def test_without_key_two_resources(api: Api) -> None:
    title = f"nokey {uuid.uuid4().hex}"
    api.task(title=title)
    api.task(title=title)
    assert len(_tasks_titled(api, title)) == 2


def test_concurrent_duplicates_run_once(api: Api) -> None:
    agent = api.register()
    key = str(uuid.uuid4())
    title = f"burst {uuid.uuid4().hex}"
    path = f"{API}/tasks"
    body = js_json({"title": title})

    async def one(client: httpx2.AsyncClient) -> httpx2.Response:
        headers = signed_headers(agent, "POST", path, body)
        headers.update({"Content-Type": "application/json", "X-Idempotency-Key": key})
        return await client.post(path, content=body.encode(), headers=headers)

    async def burst() -> list[httpx2.Response]:
        limits = httpx2.Limits(max_connections=30)
        async with httpx2.AsyncClient(base_url=api.base_url, timeout=60, limits=limits) as c:
            return await asyncio.gather(*(one(c) for _ in range(30)))

    responses = asyncio.run(burst())
    statuses = [r.status_code for r in responses]
    assert all(s in (201, 409) for s in statuses), statuses
    created = [r.json() for r in responses if r.status_code == 201]
    assert created, statuses
    assert all(c == created[0] for c in created)  # every 201 is the same replayed body
    tasks = _tasks_titled(api, title)
    assert len(tasks) == 1, tasks
    assert tasks[0]["id"] == created[0]["data"]["id"]
    for r in responses:
        if r.status_code == 409:
            err(r, 409)


def test_replay_needs_fresh_auth(api: Api, hr: Agent) -> None:
    """A replay still goes through authentication: a reused nonce is refused even with a key."""
    key = str(uuid.uuid4())
    nonce = new_nonce()
    ok(api.post(f"{API}/tasks", as_=hr, json={"title": "auth first"}, idem=key, nonce=nonce), 201)
    assert_401(
        api.post(f"{API}/tasks", as_=hr, json={"title": "auth first"}, idem=key, nonce=nonce)
    )


def test_key_must_be_a_uuid(api: Api) -> None:
    title = f"badkey {uuid.uuid4().hex}"
    err(api.post(f"{API}/tasks", json={"title": title}, idem="not-a-uuid"), 400)
    assert _tasks_titled(api, title) == []
    # 32 plain hex digits are a UUID too (upstream's Postgres accepts them)
    key = uuid.uuid4().hex
    b1 = ok(api.post(f"{API}/tasks", json={"title": title}, idem=key), 201)
    assert ok(api.post(f"{API}/tasks", json={"title": title}, idem=key), 201) == b1
    assert len(_tasks_titled(api, title)) == 1


def test_both_headers_with_the_same_key(api: Api) -> None:
    key = str(uuid.uuid4())
    title = f"both {uuid.uuid4().hex}"
    headers = {"X-Idempotency-Key": key, "Idempotency-Key": key}
    b1 = ok(api.post(f"{API}/tasks", json={"title": title}, headers=headers), 201)
    b2 = ok(api.post(f"{API}/tasks", json={"title": title}, idem=key), 201)
    assert b1 == b2
    assert len(_tasks_titled(api, title)) == 1
