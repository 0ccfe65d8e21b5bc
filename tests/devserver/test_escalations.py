"""Escalations: target selection, reassignment, events, history, open list, resolve."""

from __future__ import annotations

import uuid

from .dsutil import API, Agent, Api, err, ok

SECRET_FIELDS = {"hmacSecretEnc", "secret", "hmacSecret"}


def _escalate(api: Api, task_id: str, **body: object) -> dict[str, object]:
    body.setdefault("reason", "MANUAL")
    return ok(api.post(f"{API}/tasks/{task_id}/escalate", json=body), 201)


def test_escalates_to_parent_and_reassigns(api: Api, founder: Agent) -> None:
    parent = api.register(level=8)
    child = api.spawn(parent, level=3)
    task = api.task(assigneeId=child.id)
    answer = _escalate(api, task["id"], notes="stuck on auth")
    assert answer["message"] == "Task escalated"
    esc = answer["data"]
    assert (esc["fromAgentId"], esc["toAgentId"], esc["levelsEscalated"]) == (
        child.id,
        parent.id,
        5,
    )
    assert esc["reason"] == "MANUAL" and esc["notes"] == "stuck on auth"
    assert esc["isAutomatic"] is False and esc["resolvedAt"] is None
    fetched = ok(api.get(f"{API}/tasks/{task['id']}"), 200)["data"]
    assert fetched["assigneeId"] == parent.id and fetched["status"] == task["status"]
    event = ok(
        api.get(f"{API}/events", params={"entityId": task["id"], "type": "task.escalated"}), 200
    )["data"][0]
    assert event["severity"] == "warning" and event["actorId"] == child.id
    assert event["data"]["toAgentId"] == parent.id and event["data"]["levelsEscalated"] == 5
    history = ok(api.get(f"{API}/tasks/{task['id']}/escalations"), 200)["data"]
    assert [h["id"] for h in history] == [esc["id"]]
    assert history[0]["fromAgent"]["id"] == child.id and history[0]["toAgent"]["id"] == parent.id
    for agent in (history[0]["fromAgent"], history[0]["toAgent"]):
        assert not SECRET_FIELDS & set(agent), agent


def test_without_parent_goes_one_level_up_or_to_the_target(api: Api) -> None:
    lonely = api.register(level=2)
    up = api.register(level=3)
    task = api.task(assigneeId=lonely.id)
    esc = _escalate(api, task["id"])["data"]
    assert (
        esc["fromAgentId"] == lonely.id
        and ok(api.get(f"{API}/agents/{esc['toAgentId']}"), 200)["data"]["level"] == 3
    )
    chosen = _escalate(api, task["id"], targetAgentId=up.id, reason="QUALITY_ISSUES")["data"]
    assert chosen["toAgentId"] == up.id and chosen["reason"] == "QUALITY_ISSUES"


def test_refusals_are_clear_4xx(api: Api) -> None:
    unassigned = api.task()
    err(
        api.post(f"{API}/tasks/{unassigned['id']}/escalate", json={"reason": "MANUAL"}),
        422,
        "Cannot escalate an unassigned task: assign it first",
    )
    top = api.register(level=10)
    stuck = api.task(assigneeId=top.id)
    body = err(api.post(f"{API}/tasks/{stuck['id']}/escalate", json={"reason": "MANUAL"}), 422)
    assert "No higher-level agent" in body["error"] and "targetAgentId" in body["error"]
    err(api.post(f"{API}/tasks/{stuck['id']}/escalate", json={"reason": "whatever"}), 400)
    err(api.post(f"{API}/tasks/{stuck['id']}/escalate", json={}), 400)
    err(
        api.post(
            f"{API}/tasks/{stuck['id']}/escalate",
            json={"reason": "MANUAL", "targetAgentId": "nope"},
        ),
        400,
    )
    err(
        api.post(
            f"{API}/tasks/{stuck['id']}/escalate",
            json={"reason": "MANUAL", "targetAgentId": str(uuid.uuid4())},
        ),
        404,
        "Target agent not found",
    )
    err(
        api.post(f"{API}/tasks/{uuid.uuid4()}/escalate", json={"reason": "MANUAL"}),
        404,
        "Task not found",
    )
    err(api.get(f"{API}/tasks/{uuid.uuid4()}/escalations"), 404, "Task not found")
    assert ok(api.get(f"{API}/tasks/{stuck['id']}"), 200)["data"]["assigneeId"] == top.id


def test_open_list_and_resolve(api: Api) -> None:
    parent = api.register(level=8)
    child = api.spawn(parent, level=2)
    task = api.task(assigneeId=child.id)
    esc = _escalate(api, task["id"])["data"]
    open_ = ok(api.get(f"{API}/tasks/escalations/open"), 200)["data"]
    mine = [e for e in open_ if e["id"] == esc["id"]]
    assert len(mine) == 1 and mine[0]["task"]["id"] == task["id"] and "tags" not in mine[0]["task"]
    resolved = ok(api.post(f"{API}/tasks/escalations/{esc['id']}/resolve"), 201)
    assert resolved["message"] == "Escalation resolved" and resolved["data"]["resolvedAt"]
    assert esc["id"] not in {
        e["id"] for e in ok(api.get(f"{API}/tasks/escalations/open"), 200)["data"]
    }
    err(api.post(f"{API}/tasks/escalations/{esc['id']}/resolve"), 409)
    err(api.post(f"{API}/tasks/escalations/{uuid.uuid4()}/resolve"), 404, "Escalation not found")
    err(api.post(f"{API}/tasks/escalations/not-a-uuid/resolve"), 404, "Escalation not found")
