"""Channels, messages (limit/before cursor, threads) and direct messages."""

from __future__ import annotations

import uuid
from typing import Any

from .dsutil import API, Agent, Api, err, ok


def _channel(api: Api, as_: Any = "api-key", **extra: Any) -> dict[str, Any]:
    body = {"name": f"ch-{uuid.uuid4().hex[:10]}", "type": "general", **extra}
    return ok(api.post(f"{API}/channels", as_=as_, json=body), 201)["data"]


def _send(
    api: Api, channel_id: str, text: str, as_: Any = "api-key", **extra: Any
) -> dict[str, Any]:
    body = {"channelId": channel_id, "type": "text", "body": text, **extra}
    return ok(api.post(f"{API}/messages", as_=as_, json=body), 201)["data"]


def test_channels(api: Api) -> None:
    ch = _channel(api, metadata={"topic": "x"})
    assert ch["type"] == "general" and ch["metadata"] == {"topic": "x"}
    got = ok(api.get(f"{API}/channels/{ch['id']}"), 200)["data"]
    assert got["id"] == ch["id"] and got["name"] == ch["name"]
    assert ch["id"] in [c["id"] for c in ok(api.get(f"{API}/channels"), 200)["data"]]
    err(
        api.post(f"{API}/channels", json={"name": ch["name"], "type": "general"}),
        409,
        f'Channel "{ch["name"]}" already exists',
    )
    err(api.post(f"{API}/channels", json={"name": "x", "type": "nonsense"}), 400)


def test_send_and_get(api: Api) -> None:
    sender = api.register()
    ch = _channel(api)
    msg = _send(api, ch["id"], "hello reef", as_=sender, metadata={"x": 1})
    assert msg["senderId"] == sender.id and msg["channelId"] == ch["id"]
    assert msg["type"] == "text" and msg["body"] == "hello reef" and msg["metadata"] == {"x": 1}
    got = ok(api.get(f"{API}/messages/{msg['id']}"), 200)["data"]
    assert got["id"] == msg["id"] and got["body"] == "hello reef"
    err(api.get(f"{API}/messages/{uuid.uuid4()}"), 404, "Message not found")


def test_send_validation(api: Api) -> None:
    ch = _channel(api)
    # extension: `type` defaults to text (upstream requires it)
    msg = ok(api.post(f"{API}/messages", json={"channelId": ch["id"], "body": "no type"}), 201)
    assert msg["data"]["type"] == "text"
    err(api.post(f"{API}/messages", json={"channelId": ch["id"], "type": "text"}), 400)
    err(
        api.post(f"{API}/messages", json={"channelId": ch["id"], "type": "shout", "body": "x"}), 400
    )
    # an unknown channel is a client error, not a 500
    resp = api.post(
        f"{API}/messages", json={"channelId": str(uuid.uuid4()), "type": "text", "body": "x"}
    )
    assert resp.status_code in (400, 404), resp.text


def test_list_limit_and_before_cursor(api: Api) -> None:
    ch = _channel(api)
    sent = [_send(api, ch["id"], f"m{i}")["id"] for i in range(7)]
    page = ok(api.get(f"{API}/messages", params={"channelId": ch["id"], "limit": 3}), 200)["data"]
    # the newest `limit` messages, oldest first
    assert [m["id"] for m in page] == sent[4:7]
    older = ok(
        api.get(
            f"{API}/messages", params={"channelId": ch["id"], "limit": 3, "before": page[0]["id"]}
        ),
        200,
    )
    assert [m["id"] for m in older["data"]] == sent[1:4]
    oldest = ok(
        api.get(
            f"{API}/messages",
            params={"channelId": ch["id"], "limit": 3, "before": older["data"][0]["id"]},
        ),
        200,
    )
    assert [m["id"] for m in oldest["data"]] == sent[0:1]
    everything = ok(api.get(f"{API}/messages", params={"channelId": ch["id"]}), 200)["data"]
    assert [m["id"] for m in everything] == sent
    # messages of another channel are not mixed in
    other = _channel(api)
    _send(api, other["id"], "elsewhere")
    assert len(ok(api.get(f"{API}/messages", params={"channelId": ch["id"]}), 200)["data"]) == 7


def test_thread(api: Api) -> None:
    ch = _channel(api)
    root = _send(api, ch["id"], "root")
    r1 = _send(api, ch["id"], "reply 1", parentMessageId=root["id"])
    _send(api, ch["id"], "unrelated")
    r2 = _send(api, ch["id"], "reply 2", parentMessageId=root["id"])
    assert r1["parentMessageId"] == root["id"]
    thread = ok(api.get(f"{API}/messages/{root['id']}/thread"), 200)["data"]
    assert [m["id"] for m in thread] == [r1["id"], r2["id"]]
    assert ok(api.get(f"{API}/messages/{r1['id']}/thread"), 200)["data"] == []


def test_direct_messages(api: Api) -> None:
    a, b = api.register(), api.register()
    dm = ok(api.post(f"{API}/dm", as_=a, json={"toAgentId": b.id, "body": "psst"}), 201)["data"]
    assert dm["senderId"] == a.id and dm["recipientId"] == b.id
    assert dm["body"] == "psst" and dm["type"] == "text"
    assert dm["metadata"]["read"] is False
    ok(
        api.post(f"{API}/dm", as_=a, json={"toAgentId": b.id, "body": "again", "type": "request"}),
        201,
    )

    assert ok(api.get(f"{API}/dm/unread", as_=b), 200)["data"] == {"count": 2}
    assert ok(api.get(f"{API}/dm/unread", as_=a), 200)["data"] == {"count": 0}

    convs = ok(api.get(f"{API}/dm/conversations", as_=b), 200)["data"]
    assert len(convs) == 1
    conv = convs[0]
    assert (
        conv["otherAgentId"] == a.id and conv["lastMessage"] == "again" and conv["unreadCount"] == 2
    )
    assert conv["channelId"] == dm["channelId"]
    assert conv["otherAgentLevel"] == 5

    msgs = ok(api.get(f"{API}/dm/{a.id}", as_=b), 200)["data"]
    assert [m["body"] for m in msgs] == ["psst", "again"]
    assert (
        msgs[0]["fromAgentId"] == a.id and msgs[0]["toAgentId"] == b.id and msgs[0]["read"] is False
    )
    one = ok(api.get(f"{API}/dm/{a.id}", as_=b, params={"limit": 1}), 200)["data"]
    assert [m["body"] for m in one] == ["again"]
    before = ok(api.get(f"{API}/dm/{a.id}", as_=b, params={"before": one[0]["id"]}), 200)["data"]
    assert [m["body"] for m in before] == ["psst"]

    assert ok(api.patch(f"{API}/dm/{a.id}/read", as_=b), 200)["data"] == {"markedRead": 2}
    assert ok(api.get(f"{API}/dm/unread", as_=b), 200)["data"] == {"count": 0}
    assert ok(api.patch(f"{API}/dm/{a.id}/read", as_=b), 200)["data"] == {"markedRead": 0}
    # the DM channel is an agent channel
    channel = ok(api.get(f"{API}/channels/{dm['channelId']}"), 200)["data"]
    assert channel["type"] == "agent"

    reply = ok(api.post(f"{API}/dm", as_=b, json={"toAgentId": a.id, "body": "ok"}), 201)["data"]
    assert reply["channelId"] == dm["channelId"]  # one channel per pair
    err(
        api.post(f"{API}/dm", as_=a, json={"toAgentId": str(uuid.uuid4()), "body": "?"}),
        404,
        "Recipient agent not found",
    )


def test_dm_is_private_to_the_pair(api: Api) -> None:
    a, b, c = api.register(), api.register(), api.register()
    ok(api.post(f"{API}/dm", as_=a, json={"toAgentId": b.id, "body": "secret"}), 201)
    assert ok(api.get(f"{API}/dm/conversations", as_=c), 200)["data"] == []
    assert ok(api.get(f"{API}/dm/{a.id}", as_=c), 200)["data"] == []
    assert ok(api.get(f"{API}/dm/unread", as_=c), 200)["data"] == {"count": 0}
    assert isinstance(a, Agent)
