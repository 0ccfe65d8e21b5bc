"""Escalations: move an assigned task up the hierarchy, list and resolve escalations.

Upstream's rules (``escalation.service.ts``): the target is the given agent, else the
assignee's parent, else the active agent exactly one level higher that has completed the
most tasks; the task is reassigned to it and ``task.escalated`` is recorded with the previous
assignee as actor. Unlike upstream, every lookup is scoped to the caller's organisation and
the refusals are 4xx answers instead of 500s.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .store import dumps_json, loads_json
from .timeutil import new_id

__all__ = ["handlers"]

Row = sqlite3.Row


def _escalation(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "taskId": row["task_id"],
        "fromAgentId": row["from_agent_id"],
        "toAgentId": row["to_agent_id"],
        "reason": row["reason"],
        "levelsEscalated": row["levels_escalated"],
        "notes": row["notes"],
        "isAutomatic": bool(row["is_automatic"]),
        "resolvedAt": row["resolved_at"],
        "metadata": loads_json(row["metadata"]),
        "createdAt": row["created_at"],
    }


def _with_agents(ctx: Ctx, row: Row, *, with_task: bool) -> dict[str, Any]:
    body = _escalation(row)
    if with_task:
        task = ctx.store.one("SELECT * FROM tasks WHERE id = ?", (row["task_id"],))
        if task is not None:  # the embedded task is the bare entity, as upstream's
            embedded = views.task(ctx.store, task, with_dependencies=False)
            embedded.pop("tags", None)
            body["task"] = embedded
    for key, column in (("fromAgent", "from_agent_id"), ("toAgent", "to_agent_id")):
        agent = ctx.store.one("SELECT * FROM agents WHERE id = ?", (row[column],))
        if agent is not None:
            body[key] = views.agent_full(agent)
    return body


def _target(ctx: Ctx, assignee: Row) -> Row:
    target_id = ctx.body.get("targetAgentId")
    if target_id is not None:
        return ctx.require_agent(str(target_id).lower(), "Target agent not found")
    if assignee["parent_id"] is not None:
        parent = ctx.agent(assignee["parent_id"])
        if parent is not None:
            return parent
    higher = ctx.store.one(
        "SELECT * FROM agents WHERE org_id = ? AND level = ? AND status = 'active' "
        "AND deleted_at IS NULL ORDER BY tasks_completed DESC, created_at, rowid LIMIT 1",
        (ctx.org_id, int(assignee["level"]) + 1),
    )
    if higher is None:
        raise ApiError(
            422,
            f"No higher-level agent available for escalation: {assignee['agent_id']} has no "
            f"parent and no active agent is at level {int(assignee['level']) + 1}; "
            "pass targetAgentId to choose one",
        )
    return higher


def escalate_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    if task["assignee_id"] is None:
        raise ApiError(422, "Cannot escalate an unassigned task: assign it first")
    assignee = ctx.agent(task["assignee_id"])
    if assignee is None:
        raise ApiError(422, "Cannot escalate the task: its assignee no longer exists")
    target = _target(ctx, assignee)
    levels = int(target["level"]) - int(assignee["level"])
    escalation_id = new_id()
    ctx.store.insert(
        "escalations",
        {
            "id": escalation_id,
            "org_id": ctx.org_id,
            "task_id": task["id"],
            "from_agent_id": assignee["id"],
            "to_agent_id": target["id"],
            "reason": ctx.body["reason"],
            "levels_escalated": levels,
            "notes": ctx.body.get("notes"),
            "is_automatic": 0,
            "metadata": dumps_json({}),
            "created_at": ctx.now,
        },
    )
    ctx.store.update("tasks", task["id"], {"assignee_id": target["id"], "updated_at": ctx.now})
    ctx.emit(
        "task.escalated",
        "task",
        task["id"],
        f"{ctx.actor_name} escalated task {task['identifier']} from {assignee['agent_id']} "
        f"to {target['agent_id']} ({ctx.body['reason']})",
        {
            "reason": ctx.body["reason"],
            "fromAgentId": assignee["id"],
            "fromAgentName": assignee["name"],
            "toAgentId": target["id"],
            "toAgentName": target["name"],
            "levelsEscalated": levels,
            "isAutomatic": False,
        },
        severity="warning",
        actor_id=assignee["id"],
    )
    row = ctx.store.one("SELECT * FROM escalations WHERE id = ?", (escalation_id,))
    assert row is not None
    return Result({"data": _escalation(row), "message": "Task escalated"})


def list_task_escalations(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    rows = ctx.store.all(
        "SELECT * FROM escalations WHERE task_id = ? AND org_id = ? "
        "ORDER BY created_at DESC, rowid DESC",
        (task["id"], ctx.org_id),
    )
    return Result({"data": [_with_agents(ctx, r, with_task=False) for r in rows]})


def list_open_escalations(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        "SELECT * FROM escalations WHERE org_id = ? AND resolved_at IS NULL "
        "ORDER BY created_at DESC, rowid DESC",
        (ctx.org_id,),
    )
    return Result({"data": [_with_agents(ctx, r, with_task=True) for r in rows]})


def resolve_escalation(ctx: Ctx) -> Result:
    row = ctx.store.one(
        "SELECT * FROM escalations WHERE id = ? AND org_id = ?",
        (ctx.params["escalationId"], ctx.org_id),
    )
    if row is None:
        raise ApiError(404, "Escalation not found")
    if row["resolved_at"] is not None:
        raise ApiError(409, f"Escalation is already resolved (at {row['resolved_at']})")
    ctx.store.update("escalations", row["id"], {"resolved_at": ctx.now})
    updated = ctx.store.one("SELECT * FROM escalations WHERE id = ?", (row["id"],))
    assert updated is not None
    return Result({"data": _escalation(updated), "message": "Escalation resolved"})


handlers = {
    "escalateTask": escalate_task,
    "listTaskEscalations": list_task_escalations,
    "listOpenEscalations": list_open_escalations,
    "resolveEscalation": resolve_escalation,
}
