"""Direct messages between two agents (a DM channel ``dm:<uuidA>:<uuidB>`` per pair)."""

from __future__ import annotations

import sqlite3
from typing import Any

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .messaging import insert_message, page_before
from .store import dumps_json, loads_json
from .timeutil import new_id

__all__ = ["dm_channel_name", "handlers"]

Row = sqlite3.Row


def dm_channel_name(a: str, b: str) -> str:
    low, high = sorted((a, b))
    return f"dm:{low}:{high}"


def _dm_channel(ctx: Ctx, other: str) -> Row | None:
    return ctx.store.one(
        "SELECT * FROM channels WHERE org_id = ? AND name = ?",
        (ctx.org_id, dm_channel_name(ctx.actor_id, other)),
    )


def send_direct_message(ctx: Ctx) -> Result:
    body = ctx.body
    if ctx.actor["status"] != "active":
        raise ApiError(403, "Sender agent is not active")
    recipient = ctx.require_agent(str(body["toAgentId"]).lower(), "Recipient agent not found")
    if recipient["id"] == ctx.actor_id:
        raise ApiError(400, "Cannot send a direct message to yourself")
    channel = _dm_channel(ctx, recipient["id"])
    if channel is None:
        channel_id = new_id()
        ctx.store.insert(
            "channels",
            {
                "id": channel_id,
                "org_id": ctx.org_id,
                "name": dm_channel_name(ctx.actor_id, recipient["id"]),
                "type": "agent",
                "task_id": None,
                "metadata": dumps_json({"participants": sorted((ctx.actor_id, recipient["id"]))}),
                "created_at": ctx.now,
                "updated_at": ctx.now,
            },
        )
    else:
        channel_id = channel["id"]
    kind = body.get("type") or "text"
    metadata = dict(body.get("metadata") or {})
    metadata.pop("read", None)  # the read flag is the server's
    message_id = insert_message(
        ctx,
        channel_id=channel_id,
        body=body["body"],
        kind=kind,
        metadata=metadata,
        recipient_id=recipient["id"],
    )
    ctx.emit(
        "message.direct",
        "message",
        message_id,
        f"{ctx.actor_name} sent a direct message to {recipient['agent_id']}",
        {"toAgent": recipient["id"], "channelId": channel_id, "fromAgent": ctx.actor_id},
    )
    row = ctx.store.one("SELECT * FROM messages WHERE id = ?", (message_id,))
    assert row is not None
    return Result({"data": views.message(row)})


def list_conversations(ctx: Ctx) -> Result:
    pattern_a = f"dm:{ctx.actor_id}:%"
    pattern_b = f"dm:%:{ctx.actor_id}"
    channels = ctx.store.all(
        "SELECT * FROM channels WHERE org_id = ? AND type = 'agent' "
        "AND (name LIKE ? OR name LIKE ?)",
        (ctx.org_id, pattern_a, pattern_b),
    )
    conversations: list[dict[str, Any]] = []
    for channel in channels:
        participants = loads_json(channel["metadata"]).get("participants") or []
        others = [p for p in participants if p != ctx.actor_id]
        if not others:
            continue
        other = ctx.store.one("SELECT * FROM agents WHERE id = ?", (others[0],))
        if other is None:
            continue
        last = ctx.store.one(
            "SELECT body, created_at FROM messages WHERE channel_id = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (channel["id"],),
        )
        unread = ctx.store.scalar(
            "SELECT COUNT(*) FROM messages "
            "WHERE channel_id = ? AND recipient_id = ? AND is_read = 0",
            (channel["id"], ctx.actor_id),
        )
        conversations.append(
            {
                "channelId": channel["id"],
                "otherAgentId": other["id"],
                "otherAgentName": other["name"],
                "otherAgentLevel": other["level"],
                "lastMessage": last["body"] if last is not None else "",
                "lastMessageAt": last["created_at"] if last is not None else channel["created_at"],
                "unreadCount": int(unread),
            }
        )
    conversations.sort(key=lambda c: str(c["lastMessageAt"]), reverse=True)
    return Result({"data": conversations})


def get_unread_count(ctx: Ctx) -> Result:
    count = ctx.store.scalar(
        "SELECT COUNT(*) FROM messages WHERE recipient_id = ? AND is_read = 0", (ctx.actor_id,)
    )
    return Result({"data": {"count": int(count)}})


def list_direct_messages(ctx: Ctx) -> Result:
    other = ctx.agent(ctx.params["agentId"].lower())
    channel = _dm_channel(ctx, other["id"]) if other is not None else None
    if other is None or channel is None:
        return Result({"data": []})
    limit = int(ctx.query.get("limit") or 50)
    rows = page_before(ctx, "channel_id = ?", [channel["id"]], limit, ctx.query.get("before"))
    names = {ctx.actor_id: str(ctx.actor["name"]), other["id"]: str(other["name"])}
    return Result({"data": [views.direct_message(r, names) for r in rows]})


def mark_direct_messages_read(ctx: Ctx) -> Result:
    other = ctx.agent(ctx.params["agentId"].lower())
    if other is None:
        return Result({"data": {"markedRead": 0}})
    marked = ctx.store.execute(
        "UPDATE messages SET is_read = 1 WHERE org_id = ? AND sender_id = ? AND recipient_id = ? "
        "AND is_read = 0",
        (ctx.org_id, other["id"], ctx.actor_id),
    )
    if marked:
        ctx.emit(
            "message.read",
            "agent",
            other["id"],
            f"{ctx.actor_name} read {marked} direct message(s) from {other['agent_id']}",
            {"fromAgent": other["id"], "markedRead": marked},
        )
    return Result({"data": {"markedRead": marked}})


handlers = {
    "sendDirectMessage": send_direct_message,
    "listConversations": list_conversations,
    "getUnreadCount": get_unread_count,
    "listDirectMessages": list_direct_messages,
    "markDirectMessagesRead": mark_direct_messages_read,
}
