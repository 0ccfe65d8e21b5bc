"""Task domain: lifecycle, claim, approve, assign, dependencies, comments, task channels."""

from __future__ import annotations

import re
import uuid
from typing import Any

from .dsutil import API, Api, err, ok


def _to_review(api: Api, task_id: str) -> None:
    for status in ("todo", "in_progress", "review"):
        assert ok(api.transition(task_id, status), 201)["data"]["status"] == status


def _events_for(api: Api, entity_id: str) -> list[dict[str, Any]]:
    return ok(api.get(f"{API}/events", params={"entityId": entity_id, "limit": 100}), 200)["data"]


def test_create_defaults(api: Api) -> None:
    creator = api.register()
    body = {"title": "Write docs", "description": "all of them", "priority": "high"}
    task = ok(api.post(f"{API}/tasks", as_=creator, json=body), 201)["data"]
    assert task["status"] == "backlog"
    assert task["title"] == "Write docs" and task["description"] == "all of them"
    assert task["priority"] == "high"
    assert task["creatorId"] == creator.id
    assert task["assigneeId"] is None
    assert task["approvalRequired"] is False
    assert re.fullmatch(r"[A-Z]+-\d+", task["identifier"]), task["identifier"]
    assert task["metadata"] == {}
    fetched = ok(api.get(f"{API}/tasks/{task['id']}"), 200)["data"]
    for k in ("id", "identifier", "title", "status", "priority", "creatorId", "createdAt"):
        assert fetched[k] == task[k]
    # a task is created in backlog even with an assignee, and default priority is normal
    t2 = api.task(assigneeId=creator.id)
    assert t2["status"] == "backlog" and t2["assigneeId"] == creator.id
    assert t2["priority"] == "normal"
    assert t2["identifier"] != task["identifier"]


def test_task_channel(api: Api) -> None:
    task = api.task(title="has a channel")
    channel_id = task["channelId"]
    assert channel_id, task
    channel = ok(api.get(f"{API}/channels/{channel_id}"), 200)["data"]
    assert channel["type"] == "task"
    assert channel["taskId"] == task["id"]
    assert ok(api.get(f"{API}/tasks/{task['id']}"), 200)["data"]["channelId"] == channel_id
    # the channel is usable for messages
    msg = {"channelId": channel_id, "type": "status_update", "body": "started"}
    ok(api.post(f"{API}/messages", json=msg), 201)


def test_full_lifecycle_with_claim_and_approve(api: Api) -> None:
    creator, worker, other = api.register(), api.register(), api.register()
    task = ok(
        api.post(f"{API}/tasks", as_=creator, json={"title": "ship it", "approvalRequired": True}),
        201,
    )["data"]
    tid = task["id"]
    assert task["approvalRequired"] is True
    assert ok(api.transition(tid, "todo", as_=creator), 201)["data"]["status"] == "todo"

    claimed = ok(api.post(f"{API}/tasks/{tid}/claim", as_=worker), 201)["data"]
    assert claimed["assigneeId"] == worker.id
    assert claimed["status"] == "in_progress"
    # somebody else cannot take it over
    err(api.post(f"{API}/tasks/{tid}/claim", as_=other), 409)
    assert ok(api.get(f"{API}/tasks/{tid}"), 200)["data"]["assigneeId"] == worker.id

    assert ok(api.transition(tid, "review", as_=worker), 201)["data"]["status"] == "review"
    # done needs the approval first
    err(api.transition(tid, "done", as_=worker), 403, "Task requires approval before completion")

    approved = ok(api.post(f"{API}/tasks/{tid}/approve", as_=creator), 201)["data"]
    assert approved["status"] == "done"
    assert approved["approvedBy"] == creator.id
    assert approved["approvedAt"]
    assert approved["completedAt"]
    err(api.post(f"{API}/tasks/{tid}/approve", as_=creator), 409)

    # done is terminal
    for target in ("in_progress", "review", "cancelled", "todo"):
        assert (
            ok(api.transition(tid, target), 422)["error"] == f"Invalid transition: done → {target}"
        )

    done = ok(api.get(f"{API}/tasks/{tid}"), 200)["data"]
    assert done["status"] == "done" and done["assigneeId"] == worker.id

    listed = ok(api.get(f"{API}/tasks", params={"assigneeId": worker.id}), 200)["data"]
    assert [t["id"] for t in listed] == [tid]
    listed = ok(api.get(f"{API}/tasks", params={"creatorId": creator.id, "status": "done"}), 200)
    assert [t["id"] for t in listed["data"]] == [tid]
    assert (
        ok(api.get(f"{API}/tasks", params={"creatorId": creator.id, "status": "todo"}), 200)["data"]
        == []
    )

    types = [e["type"] for e in _events_for(api, tid)]
    for t in ("task.created", "task.transitioned", "task.claimed", "task.approved"):
        assert t in types, types


def test_plain_lifecycle_via_transitions(api: Api) -> None:
    task = api.task()
    _to_review(api, task["id"])
    # review → in_progress (rework) → review → done
    ok(api.transition(task["id"], "in_progress"), 201)
    ok(api.transition(task["id"], "review"), 201)
    done = ok(api.transition(task["id"], "done"), 201)["data"]
    assert done["status"] == "done" and done["completedAt"]


def test_state_machine(api: Api) -> None:
    allowed = {
        "backlog": {"todo", "cancelled"},
        "todo": {"in_progress", "blocked", "cancelled"},
        "in_progress": {"review", "blocked", "cancelled"},
        "review": {"done", "in_progress", "cancelled"},
        "blocked": {"todo", "in_progress", "cancelled"},
    }
    path_to = {
        "backlog": [],
        "todo": ["todo"],
        "in_progress": ["todo", "in_progress"],
        "review": ["todo", "in_progress", "review"],
        "blocked": ["todo", "blocked"],
    }
    statuses = ["backlog", "todo", "in_progress", "review", "done", "blocked", "cancelled"]
    for source, targets in allowed.items():
        task = api.task()
        for step in path_to[source]:
            ok(api.transition(task["id"], step), 201)
        for target in statuses:
            if target in targets:
                continue
            resp = api.transition(task["id"], target)
            assert ok(resp, 422)["error"] == f"Invalid transition: {source} → {target}"
        target = sorted(targets)[0]
        assert ok(api.transition(task["id"], target), 201)["data"]["status"] == target


def test_claim_rules(api: Api) -> None:
    a, b = api.register(), api.register()
    task = api.task()
    ok(api.transition(task["id"], "todo"), 201)
    err(api.post(f"{API}/tasks/{uuid.uuid4()}/claim", as_=a), 404)
    ok(api.post(f"{API}/tasks/{task['id']}/claim", as_=a), 201)
    err(api.post(f"{API}/tasks/{task['id']}/claim", as_=b), 409)
    # a task that is not in backlog or todo answers 422 (even for its own assignee)
    err(api.post(f"{API}/tasks/{task['id']}/claim", as_=a), 422)
    # a backlog task is claimed straight away: backlog → todo → in_progress
    backlog = api.task()
    claimed = ok(api.post(f"{API}/tasks/{backlog['id']}/claim", as_=a), 201)["data"]
    assert (claimed["status"], claimed["assigneeId"]) == ("in_progress", a.id)
    done = api.task()
    for step in ("todo", "cancelled"):
        ok(api.transition(done["id"], step), 201)
    err(api.post(f"{API}/tasks/{done['id']}/claim", as_=a), 422)
    assert ok(api.get(f"{API}/tasks/{done['id']}"), 200)["data"]["assigneeId"] is None
    # a todo task already assigned to the caller just starts
    mine = api.task(assigneeId=b.id)
    ok(api.transition(mine["id"], "todo"), 201)
    err(api.post(f"{API}/tasks/{mine['id']}/claim", as_=a), 409)
    started = ok(api.post(f"{API}/tasks/{mine['id']}/claim", as_=b), 201)["data"]
    assert (started["status"], started["assigneeId"]) == ("in_progress", b.id)


def test_assign(api: Api) -> None:
    worker = api.register()
    task = api.task()
    assigned = ok(api.post(f"{API}/tasks/{task['id']}/assign", json={"assigneeId": worker.id}), 201)
    assert assigned["data"]["assigneeId"] == worker.id
    assert assigned["data"]["status"] == "backlog"
    err(api.post(f"{API}/tasks/{task['id']}/assign", json={}), 400)
    err(api.post(f"{API}/tasks/{uuid.uuid4()}/assign", json={"assigneeId": worker.id}), 404)


def test_blocking_dependency_prevents_done(api: Api) -> None:
    x, y = api.task(title="dependent"), api.task(title="prerequisite")
    dep = ok(api.post(f"{API}/tasks/{x['id']}/dependencies", json={"dependsOnId": y["id"]}), 201)
    assert dep["data"]["taskId"] == x["id"]
    assert dep["data"]["dependsOnId"] == y["id"]
    assert dep["data"]["blocking"] is True

    err(api.post(f"{API}/tasks/{x['id']}/dependencies", json={"dependsOnId": y["id"]}), 409)
    err(api.post(f"{API}/tasks/{x['id']}/dependencies", json={"dependsOnId": x["id"]}), 409)
    err(api.post(f"{API}/tasks/{y['id']}/dependencies", json={"dependsOnId": x["id"]}), 409)
    err(
        api.post(f"{API}/tasks/{x['id']}/dependencies", json={"dependsOnId": str(uuid.uuid4())}),
        404,
    )

    got = ok(api.get(f"{API}/tasks/{x['id']}"), 200)["data"]
    assert [d["dependsOnId"] for d in got["dependencies"]] == [y["id"]]

    _to_review(api, x["id"])
    body = err(api.transition(x["id"], "done"), 409)
    assert body["error"] == "Cannot complete: 1 blocking dependencies not done"
    assert ok(api.get(f"{API}/tasks/{x['id']}"), 200)["data"]["status"] == "review"

    _to_review(api, y["id"])
    ok(api.transition(y["id"], "done"), 201)
    assert ok(api.transition(x["id"], "done"), 201)["data"]["status"] == "done"


def test_non_blocking_dependency_and_removal(api: Api) -> None:
    x, y, z = api.task(), api.task(), api.task()
    ok(
        api.post(
            f"{API}/tasks/{x['id']}/dependencies", json={"dependsOnId": y["id"], "blocking": False}
        ),
        201,
    )
    ok(api.post(f"{API}/tasks/{x['id']}/dependencies", json={"dependsOnId": z["id"]}), 201)
    path = f"{API}/tasks/{x['id']}/dependencies/{z['id']}"
    assert ok(api.delete(path), 200) == {"message": "Dependency removed"}
    err(api.delete(path), 404, "Dependency not found")
    _to_review(api, x["id"])
    ok(api.transition(x["id"], "done"), 201)  # y is not blocking, z was removed


def test_comments(api: Api) -> None:
    author = api.register()
    task = api.task()
    c1 = ok(api.post(f"{API}/tasks/{task['id']}/comments", as_=author, json={"body": "first"}), 201)
    assert c1["data"]["authorId"] == author.id
    assert c1["data"]["taskId"] == task["id"]
    assert c1["data"]["body"] == "first"
    c2 = ok(
        api.post(
            f"{API}/tasks/{task['id']}/comments",
            json={"body": "reply", "parentCommentId": c1["data"]["id"]},
        ),
        201,
    )
    listed = ok(api.get(f"{API}/tasks/{task['id']}/comments"), 200)["data"]
    assert [c["id"] for c in listed] == [c1["data"]["id"], c2["data"]["id"]]
    assert listed[1]["parentCommentId"] == c1["data"]["id"]
    err(api.get(f"{API}/tasks/{uuid.uuid4()}/comments"), 404)
    err(api.post(f"{API}/tasks/{uuid.uuid4()}/comments", json={"body": "x"}), 404)
    err(api.post(f"{API}/tasks/{task['id']}/comments", json={}), 400)


def test_priority_filter_extension(api: Api) -> None:
    creator = api.register()
    low = ok(api.post(f"{API}/tasks", as_=creator, json={"title": "l", "priority": "low"}), 201)
    ok(api.post(f"{API}/tasks", as_=creator, json={"title": "u", "priority": "urgent"}), 201)
    listed = ok(api.get(f"{API}/tasks", params={"creatorId": creator.id, "priority": "low"}), 200)
    assert [t["id"] for t in listed["data"]] == [low["data"]["id"]]


def test_approve_outside_review_only_records_the_approval(api: Api) -> None:
    approver = api.register()
    task = api.task(approvalRequired=True)
    ok(api.transition(task["id"], "todo"), 201)
    ok(api.transition(task["id"], "in_progress"), 201)
    approved = ok(api.post(f"{API}/tasks/{task['id']}/approve", as_=approver), 201)["data"]
    assert approved["status"] == "in_progress"
    assert approved["approvedBy"] == approver.id and approved["approvedAt"]
    assert approved["completedAt"] is None
    ok(api.transition(task["id"], "review"), 201)
    done = ok(api.transition(task["id"], "done"), 201)["data"]  # already approved
    assert done["status"] == "done" and done["completedAt"]
    err(api.post(f"{API}/tasks/{uuid.uuid4()}/approve"), 404)
