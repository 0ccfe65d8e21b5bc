"""Channels and channel messages."""

from __future__ import annotations

from typing import Any

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .store import dumps_json
from .timeutil import new_id

__all__ = ["handlers", "insert_message", "page_before"]


def create_channel(ctx: Ctx) -> Result:
    body = ctx.body
    name = body["name"]
    if ctx.store.scalar("SELECT 1 FROM channels WHERE org_id = ? AND name = ?", (ctx.org_id, name)):
        raise ApiError(409, f'Channel "{name}" already exists')
    task_id = body.get("taskId")
    if task_id is not None:
        task = ctx.task(str(task_id).lower())
        if task is None:
            raise ApiError(400, "Task not found")
        task_id = task["id"]
    channel_id = new_id()
    ctx.store.insert(
        "channels",
        {
            "id": channel_id,
            "org_id": ctx.org_id,
            "name": name,
            "type": body["type"],
            "task_id": task_id,
            "metadata": dumps_json(body.get("metadata") or {}),
            "created_at": ctx.now,
            "updated_at": ctx.now,
        },
    )
    ctx.emit(
        "channel.created",
        "channel",
        channel_id,
        f"{ctx.actor_name} created {body['type']} channel {name}",
        {"name": name, "type": body["type"]},
    )
    row = ctx.store.one("SELECT * FROM channels WHERE id = ?", (channel_id,))
    assert row is not None
    return Result({"data": views.channel(row)})


def list_channels(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        "SELECT * FROM channels WHERE org_id = ? ORDER BY created_at DESC, rowid DESC",
        (ctx.org_id,),
    )
    return Result({"data": [views.channel(r) for r in rows]})


def get_channel(ctx: Ctx) -> Result:
    row = ctx.store.one(
        "SELECT * FROM channels WHERE id = ? AND org_id = ?", (ctx.params["id"], ctx.org_id)
    )
    if row is None:
        raise ApiError(404, "Channel not found")
    return Result({"data": views.channel(row)})


def insert_message(
    ctx: Ctx,
    *,
    channel_id: str,
    body: str,
    kind: str,
    metadata: dict[str, Any],
    parent_id: str | None = None,
    recipient_id: str | None = None,
) -> str:
    message_id = new_id()
    ctx.store.insert(
        "messages",
        {
            "id": message_id,
            "org_id": ctx.org_id,
            "channel_id": channel_id,
            "sender_id": ctx.actor_id,
            "recipient_id": recipient_id,
            "type": kind,
            "body": body,
            "parent_message_id": parent_id,
            "metadata": dumps_json(metadata),
            "is_read": 0 if recipient_id is not None else None,
            "created_at": ctx.now,
        },
    )
    return message_id


def send_message(ctx: Ctx) -> Result:
    body = ctx.body
    channel = ctx.store.one(
        "SELECT * FROM channels WHERE id = ? AND org_id = ?",
        (str(body["channelId"]).lower(), ctx.org_id),
    )
    if channel is None:
        raise ApiError(404, "Channel not found")
    parent_id = body.get("parentMessageId")
    if parent_id is not None:
        parent_id = str(parent_id).lower()
        if not ctx.store.scalar(
            "SELECT 1 FROM messages WHERE id = ? AND org_id = ?", (parent_id, ctx.org_id)
        ):
            raise ApiError(404, "Parent message not found")
    kind = body.get("type") or "text"
    message_id = insert_message(
        ctx,
        channel_id=channel["id"],
        body=body["body"],
        kind=kind,
        metadata=body.get("metadata") or {},
        parent_id=parent_id,
    )
    ctx.emit(
        "message.sent",
        "message",
        message_id,
        f"{ctx.actor_name} posted a {kind} message in {channel['name']}",
        {"type": kind, "channelId": channel["id"], "hasParent": parent_id is not None},
    )
    row = ctx.store.one("SELECT * FROM messages WHERE id = ?", (message_id,))
    assert row is not None
    return Result({"data": views.message(row)})


def page_before(
    ctx: Ctx, where: str, params: list[Any], limit: int, before: str | None
) -> list[Any]:
    """The newest ``limit`` messages matching ``where`` (older than the message
    ``before`` when it exists), returned oldest first."""
    clauses = [where]
    args = list(params)
    if before:
        cursor = ctx.store.one(
            "SELECT created_at, rowid FROM messages WHERE id = ? AND org_id = ?",
            (before.lower(), ctx.org_id),
        )
        if cursor is not None:
            clauses.append("(created_at < ? OR (created_at = ? AND rowid < ?))")
            args += [cursor["created_at"], cursor["created_at"], cursor["rowid"]]
    rows = ctx.store.all(
        f"SELECT * FROM messages WHERE {' AND '.join(clauses)} "
        "ORDER BY created_at DESC, rowid DESC LIMIT ?",
        [*args, limit],
    )
    rows.reverse()
    return rows


def list_messages(ctx: Ctx) -> Result:
    channel_id = ctx.query.get("channelId")
    if channel_id is None:
        return Result({"data": []})
    limit = int(ctx.query.get("limit") or 50)
    rows = page_before(
        ctx,
        "channel_id = ? AND org_id = ?",
        [str(channel_id).lower(), ctx.org_id],
        limit,
        ctx.query.get("before"),
    )
    return Result({"data": [views.message(r) for r in rows]})


def get_message(ctx: Ctx) -> Result:
    row = ctx.store.one(
        "SELECT * FROM messages WHERE id = ? AND org_id = ?", (ctx.params["id"], ctx.org_id)
    )
    if row is None:
        raise ApiError(404, "Message not found")
    return Result({"data": views.message(row)})


def get_message_thread(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        "SELECT * FROM messages WHERE parent_message_id = ? AND org_id = ? "
        "ORDER BY created_at, rowid",
        (ctx.params["id"], ctx.org_id),
    )
    return Result({"data": [views.message(r) for r in rows]})


handlers = {
    "createChannel": create_channel,
    "listChannels": list_channels,
    "getChannel": get_channel,
    "sendMessage": send_message,
    "listMessages": list_messages,
    "getMessage": get_message,
    "getMessageThread": get_message_thread,
}
