"""The audit event log: filters, paging, `message` (extension), unknown ids."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from .dsutil import API, Api, err, ok


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_task_events_have_messages_and_filters(api: Api) -> None:
    actor = api.register()
    task = ok(api.post(f"{API}/tasks", as_=actor, json={"title": "evented"}), 201)["data"]
    ok(api.transition(task["id"], "todo", as_=actor), 201)
    ok(api.transition(task["id"], "in_progress", as_=actor), 201)

    body = ok(api.get(f"{API}/events", params={"entityId": task["id"]}), 200)
    events = body["data"]
    assert body["meta"]["total"] == len(events) == 3
    assert [e["type"] for e in events] == ["task.transitioned", "task.transitioned", "task.created"]
    for e in events:
        assert e["entityType"] == "task" and e["entityId"] == task["id"]
        assert e["actorId"] == actor.id
        assert e["severity"] == "info"
        assert isinstance(e["message"], str) and e["message"].strip(), e
        assert isinstance(e["data"], dict)
    created_at = [e["createdAt"] for e in events]
    assert created_at == sorted(created_at, reverse=True)  # newest first

    by_type = ok(
        api.get(f"{API}/events", params={"entityId": task["id"], "type": "task.created"}), 200
    )
    assert [e["id"] for e in by_type["data"]] == [events[2]["id"]]
    by_actor = ok(api.get(f"{API}/events", params={"actorId": actor.id}), 200)["data"]
    assert {e["id"] for e in by_actor} == {e["id"] for e in events}
    by_entity_type = ok(
        api.get(f"{API}/events", params={"actorId": actor.id, "entityType": "message"}), 200
    )["data"]
    assert by_entity_type == []
    assert (
        ok(api.get(f"{API}/events", params={"actorId": actor.id, "severity": "error"}), 200)["data"]
        == []
    )


def test_get_event_and_unknown_event(api: Api) -> None:
    task = api.task()
    events = ok(api.get(f"{API}/events", params={"entityId": task["id"]}), 200)["data"]
    one = ok(api.get(f"{API}/events/{events[0]['id']}"), 200)["data"]
    assert one == events[0]
    err(api.get(f"{API}/events/{uuid.uuid4()}"), 404)


def test_paging(api: Api) -> None:
    actor = api.register()
    ids = [
        ok(api.post(f"{API}/tasks", as_=actor, json={"title": f"p{i}"}), 201)["data"]["id"]
        for i in range(5)
    ]
    p1 = ok(api.get(f"{API}/events", params={"actorId": actor.id, "limit": 2, "page": 1}), 200)
    p3 = ok(api.get(f"{API}/events", params={"actorId": actor.id, "limit": 2, "page": 3}), 200)
    assert (
        p1["meta"]["total"] == 5 and int(p1["meta"]["page"]) == 1 and int(p1["meta"]["limit"]) == 2
    )
    assert [e["entityId"] for e in p1["data"]] == [ids[4], ids[3]]
    assert [e["entityId"] for e in p3["data"]] == [ids[0]]
    default = ok(api.get(f"{API}/events", params={"actorId": actor.id}), 200)["meta"]
    assert default == {"total": 5, "page": 1, "limit": 50}


def test_date_filters(api: Api) -> None:
    actor = api.register()
    api.task(as_=actor)
    now = datetime.now(UTC)
    params = {
        "actorId": actor.id,
        "startDate": _iso(now - timedelta(minutes=5)),
        "endDate": _iso(now + timedelta(minutes=5)),
    }
    assert len(ok(api.get(f"{API}/events", params=params), 200)["data"]) == 1
    params["startDate"] = _iso(now + timedelta(minutes=1))
    assert ok(api.get(f"{API}/events", params=params), 200)["data"] == []


def test_bad_filters_are_400(api: Api) -> None:
    err(api.get(f"{API}/events", params={"severity": "critical"}), 400)
    err(api.get(f"{API}/events", params={"actorId": "not-a-uuid"}), 400)


def test_other_domains_emit_events(api: Api) -> None:
    sender = api.register()
    ch = ok(
        api.post(
            f"{API}/channels",
            as_=sender,
            json={"name": f"e-{uuid.uuid4().hex[:8]}", "type": "general"},
        ),
        201,
    )
    msg = ok(
        api.post(
            f"{API}/messages",
            as_=sender,
            json={"channelId": ch["data"]["id"], "type": "text", "body": "x"},
        ),
        201,
    )
    types = {
        e["type"] for e in ok(api.get(f"{API}/events", params={"actorId": sender.id}), 200)["data"]
    }
    assert {"channel.created", "message.sent"} <= types
    msg_events = ok(api.get(f"{API}/events", params={"entityId": msg["data"]["id"]}), 200)["data"]
    assert [e["type"] for e in msg_events] == ["message.sent"]
    assert msg_events[0]["message"]
