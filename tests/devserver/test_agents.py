"""Agent domain: register, spawn capacity, activate/reject permissions, revoke, hierarchy."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from .dsutil import API, Agent, Api, assert_401, err, ok


def _spawn_raw(api: Api, parent: Agent, **extra: Any) -> Any:
    body = {"agentId": f"c-{uuid.uuid4().hex[:12]}", "name": "child", **extra}
    return api.post(f"{API}/agents/spawn", as_=parent, json=body)


def test_register(api: Api) -> None:
    slug = f"r-{uuid.uuid4().hex[:10]}"
    body = {"agentId": slug, "name": "Reg", "level": 4, "role": "worker", "model": "haiku"}
    resp = ok(api.post(f"{API}/agents/register", json=body), 201)
    assert set(resp) >= {"data", "secret", "message"}
    d = resp["data"]
    assert (d["agentId"], d["name"], d["level"], d["role"], d["model"]) == (
        slug,
        "Reg",
        4,
        "worker",
        "haiku",
    )
    got = ok(api.get(f"{API}/agents/{d['id']}"), 200)["data"]
    assert got["status"] == "active" and got["currentBalance"] == 0
    # duplicate slug
    err(
        api.post(f"{API}/agents/register", json=body), 409, f'Agent with ID "{slug}" already exists'
    )
    # the new agent can authenticate with the secret it got once
    ok(api.get(f"{API}/agents", as_=Agent(d["id"], slug, resp["secret"])), 200)


def test_register_derives_the_slug_from_the_name(api: Api) -> None:
    """Extension: `agentId` is optional; the server derives it from `name`."""
    suffix = uuid.uuid4().hex[:6]
    resp = ok(api.post(f"{API}/agents/register", json={"name": f"New Worker Agent {suffix}"}), 201)
    assert resp["data"]["agentId"] == f"new-worker-agent-{suffix}"
    parent = api.register(level=5)
    body = {"name": f"Spawned Helper {suffix}"}
    child = ok(api.post(f"{API}/agents/spawn", as_=parent, json=body), 201)["data"]
    assert child["agentId"] == f"spawned-helper-{suffix}"


def test_register_requires_hr(api: Api, founder: Agent) -> None:
    worker = api.register()
    body = {"agentId": f"x-{uuid.uuid4().hex[:8]}", "name": "x"}
    err(api.post(f"{API}/agents/register", as_=worker, json=body), 403, "Requires one of roles: hr")
    # exact role match: founder is not hr
    err(
        api.post(f"{API}/agents/register", as_=founder, json=body), 403, "Requires one of roles: hr"
    )


def test_register_validation(api: Api) -> None:
    err(api.post(f"{API}/agents/register", json={"agentId": "no-name"}), 400)
    err(api.post(f"{API}/agents/register", json={"agentId": "", "name": "empty slug"}), 400)
    err(api.post(f"{API}/agents/register", json={"agentId": "lvl", "name": "x", "level": 11}), 400)
    body = {"agentId": "st", "name": "x", "status": "active"}
    assert (
        "property status should not exist"
        in err(api.post(f"{API}/agents/register", json=body), 400)["error"]
    )


def test_update_agent(api: Api) -> None:
    a = api.register()
    upd = ok(api.patch(f"{API}/agents/{a.id}", json={"name": "Renamed", "level": 6}), 200)["data"]
    assert upd["name"] == "Renamed" and upd["level"] == 6
    assert ok(api.get(f"{API}/agents/{a.id}"), 200)["data"]["name"] == "Renamed"
    err(api.patch(f"{API}/agents/{a.id}", json={"status": "revoked"}), 400)
    err(api.patch(f"{API}/agents/{a.id}", as_=a, json={"name": "self"}), 403)
    err(api.patch(f"{API}/agents/{uuid.uuid4()}", json={"name": "x"}), 404)


def test_spawn_defaults_and_levels(api: Api) -> None:
    parent = api.register(level=5)
    resp = ok(_spawn_raw(api, parent), 201)
    assert resp["data"]["level"] == 4
    assert resp["data"]["status"] == "pending"
    assert resp["data"]["parentId"] == parent.id
    assert len(resp["secret"]) == 64
    err(_spawn_raw(api, parent, level=5), 400, "Child level (5) must be less than parent level (5)")
    err(_spawn_raw(api, parent, level=9), 400)


def test_spawn_capacity(api: Api) -> None:
    parent = api.register(level=3)  # level 3 → 2 children
    cap = ok(api.get(f"{API}/agents/capacity", as_=parent), 200)["data"]
    assert cap["canSpawn"] is True and cap["current"] == 0 and cap["max"] == 2
    c1 = api.spawn(parent)
    # pending children do not count
    pending = api.spawn(parent, activate=False)
    cap = ok(api.get(f"{API}/agents/capacity", as_=parent), 200)["data"]
    assert cap["current"] == 1 and cap["canSpawn"] is True
    ok(api.post(f"{API}/agents/{pending.id}/activate", as_=parent), 201)
    cap = ok(api.get(f"{API}/agents/capacity", as_=parent), 200)["data"]
    assert cap == {**cap, "canSpawn": False, "current": 2, "max": 2}
    err(_spawn_raw(api, parent), 403, "Agent at capacity (2/2)")
    assert c1.level == 2

    low = api.register(level=2)
    err(_spawn_raw(api, low), 403, "Agent at capacity (0/0)")


def test_activate_permissions(api: Api, founder: Agent) -> None:
    parent, stranger = api.register(level=5), api.register(level=5)
    child = api.spawn(parent, activate=False)
    err(
        api.post(f"{API}/agents/{child.id}/activate", as_=stranger),
        403,
        "Only the parent agent or L10 can activate this agent",
    )
    assert ok(api.get(f"{API}/agents/{child.id}"), 200)["data"]["status"] == "pending"
    # a level-10 agent that is not the parent may
    resp = ok(api.post(f"{API}/agents/{child.id}/activate", as_=founder), 201)
    assert resp["data"] == {"id": child.id, "status": "active"}
    err(
        api.post(f"{API}/agents/{child.id}/activate", as_=parent),
        400,
        "Agent is not pending activation (status: active)",
    )
    err(api.post(f"{API}/agents/{uuid.uuid4()}/activate", as_=parent), 404)


def test_reject_permissions(api: Api) -> None:
    parent, stranger = api.register(level=5), api.register(level=5)
    child = api.spawn(parent, activate=False)
    path = f"{API}/agents/{child.id}/reject"
    err(
        api.delete(path, as_=stranger, json={"reason": "no"}),
        403,
        "Only the parent agent or L10 can reject this agent",
    )
    assert ok(api.delete(path, as_=parent, json={"reason": "no"}), 200) == {
        "message": "Agent rejected"
    }
    # rejected agents disappear from every read
    err(api.get(f"{API}/agents/{child.id}"), 404)
    ids = [a["id"] for a in ok(api.get(f"{API}/agents"), 200)["data"]]
    assert child.id not in ids
    err(api.delete(path, as_=parent, json={"reason": "again"}), 404)
    assert_401(api.get(f"{API}/agents", as_=child))


def test_reject_active_agent_is_400_and_without_body_works(api: Api) -> None:
    parent = api.register(level=5)
    active = api.spawn(parent)
    err(
        api.delete(f"{API}/agents/{active.id}/reject", as_=parent, json={}),
        400,
        "Can only reject pending agents",
    )
    pending = api.spawn(parent, activate=False)
    # the SDK always sends a body, but a reject without one must not be a server error
    resp = api.delete(f"{API}/agents/{pending.id}/reject", as_=parent, content_type=None)
    assert resp.status_code == 200, resp.text


def test_pending_list(api: Api, founder: Agent) -> None:
    parent = api.register(level=5)
    child = api.spawn(parent, activate=False)
    mine = ok(api.get(f"{API}/agents/pending", as_=parent), 200)["data"]
    assert [p["id"] for p in mine] == [child.id]
    everyone = [p["id"] for p in ok(api.get(f"{API}/agents/pending", as_=founder), 200)["data"]]
    assert child.id in everyone
    other = api.register(level=5)
    assert ok(api.get(f"{API}/agents/pending", as_=other), 200)["data"] == []


def test_revoke(api: Api, hr: Agent, founder: Agent) -> None:
    a = api.register()
    resp = ok(api.post(f"{API}/agents/{a.id}/revoke"), 201)
    assert resp["data"] == {"id": a.id, "status": "revoked"}
    assert isinstance(resp["message"], str)
    assert ok(api.get(f"{API}/agents/{a.id}"), 200)["data"]["status"] == "revoked"
    err(api.post(f"{API}/agents/{a.id}/revoke"), 409, "Agent is already revoked")
    assert_401(api.get(f"{API}/agents", as_=a))

    b = api.register()
    err(api.post(f"{API}/agents/{b.id}/revoke", as_=a), 401)
    worker = api.register()
    err(api.post(f"{API}/agents/{b.id}/revoke", as_=worker), 403, "Requires one of roles: hr")
    err(api.post(f"{API}/agents/{b.id}/revoke", as_=founder), 403, "Requires one of roles: hr")
    err(api.post(f"{API}/agents/{uuid.uuid4()}/revoke"), 404)


def test_cannot_revoke_yourself(api: Api, hr: Agent) -> None:
    err(api.post(f"{API}/agents/{hr.id}/revoke", as_=hr), 403, "Cannot revoke yourself")
    err(api.post(f"{API}/agents/{hr.id}/revoke"), 403, "Cannot revoke yourself")  # API key = hr
    ok(api.get(f"{API}/agents", as_=hr), 200)


def _node(n: dict[str, Any]) -> tuple[str, Any]:
    return (n["id"], [_node(c) for c in n["children"]] if "children" in n else None)


def test_hierarchy_depth(api: Api) -> None:
    root = api.register(level=9)
    a = api.spawn(root)  # L8
    b = api.spawn(a)  # L7
    c = api.spawn(b)  # L6
    path = f"{API}/agents/{root.id}/hierarchy"

    tree = ok(api.get(path, params={"depth": 0}), 200)["data"]
    assert tree["id"] == root.id and "children" not in tree
    tree = ok(api.get(path, params={"depth": 1}), 200)["data"]
    assert _node(tree) == (root.id, [(a.id, None)])
    tree = ok(api.get(path, params={"depth": 2}), 200)["data"]
    assert _node(tree) == (root.id, [(a.id, [(b.id, None)])])
    # default depth is 3; a node within the limit without children has children: []
    tree = ok(api.get(path), 200)["data"]
    assert _node(tree) == (root.id, [(a.id, [(b.id, [(c.id, None)])])])
    tree = ok(api.get(path, params={"depth": 5}), 200)["data"]
    assert _node(tree) == (root.id, [(a.id, [(b.id, [(c.id, [])])])])
    assert tree["children"][0]["parentId"] == root.id
    err(api.get(f"{API}/agents/{uuid.uuid4()}/hierarchy"), 404)


def test_hierarchy_children_order_and_statuses(api: Api) -> None:
    root = api.register(level=9)
    low = api.spawn(root, level=3)
    high = api.spawn(root, level=7)
    pending = api.spawn(root, level=5, activate=False)
    tree = ok(api.get(f"{API}/agents/{root.id}/hierarchy", params={"depth": 1}), 200)["data"]
    assert [ch["id"] for ch in tree["children"]] == [high.id, pending.id, low.id]
    assert [ch["status"] for ch in tree["children"]] == ["active", "pending", "active"]


@pytest.mark.parametrize("by", ["parent", "l10", "stranger"])
def test_set_budget_permissions(api: Api, founder: Agent, by: str) -> None:
    parent = api.register(level=5)
    child = api.spawn(parent)
    actor = {"parent": parent, "l10": founder, "stranger": api.register(level=5)}[by]
    resp = api.patch(f"{API}/agents/{child.id}/budget", as_=actor, json={"budgetPeriodLimit": 40})
    if by == "stranger":
        err(resp, 403)
        assert (
            ok(api.get(f"{API}/agents/{child.id}/budget"), 200)["data"]["budgetPeriodLimit"] is None
        )
    else:
        data = ok(resp, 200)["data"]
        assert data["agentId"] == child.id and data["budgetPeriodLimit"] == 40


def test_capabilities(api: Api, founder: Agent) -> None:
    parent = api.register(level=5)
    child, stranger = api.spawn(parent), api.register(level=5)
    path = f"{API}/agents/{child.id}/capabilities"
    own = ok(api.post(path, as_=child, json={"capability": "  Writing "}), 201)["data"]
    assert own["capability"] == "writing" and own["proficiency"] == "standard"
    assert own["agentId"] == child.id
    by_parent = ok(
        api.post(path, as_=parent, json={"capability": "coding", "proficiency": "expert"}), 201
    )
    ok(api.post(path, as_=founder, json={"capability": "analysis"}), 201)
    err(api.post(path, as_=stranger, json={"capability": "spying"}), 403)
    err(api.post(path, as_=child, json={"capability": "WRITING"}), 400)
    err(api.post(path, as_=child, json={"capability": "x", "proficiency": "guru"}), 400)
    listed = ok(api.get(path), 200)["data"]
    assert [c["capability"] for c in listed] == ["analysis", "coding", "writing"]

    cap_path = f"{API}/agents/capabilities/{own['id']}"
    upd = ok(api.patch(cap_path, as_=child, json={"proficiency": "expert"}), 200)["data"]
    assert upd["proficiency"] == "expert"
    err(api.patch(cap_path, as_=stranger, json={"proficiency": "basic"}), 403)
    # removal: parent or L10, not the agent itself
    err(api.delete(cap_path, as_=child), 403)
    err(api.delete(cap_path, as_=stranger), 403)
    assert ok(api.delete(cap_path, as_=parent), 200) == {"message": "Capability removed"}
    err(api.delete(cap_path, as_=parent), 404)
    coding = f"{API}/agents/capabilities/{by_parent['data']['id']}"
    ok(api.delete(coding, as_=founder), 200)
    assert [c["capability"] for c in ok(api.get(path), 200)["data"]] == ["analysis"]
    err(api.patch(f"{API}/agents/capabilities/{uuid.uuid4()}", json={"proficiency": "basic"}), 404)
