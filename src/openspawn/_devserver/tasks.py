"""Tasks: create, list, get, transition, assign, claim, approve."""

from __future__ import annotations

import sqlite3
from typing import Any

from . import ledger, reputation, views
from .context import Ctx, Result
from .errors import ApiError
from .store import dumps_json
from .task_states import can_transition, invalid_transition_message
from .timeutil import new_id, parse_iso, to_iso

__all__ = ["TASK_DONE_REWARD", "handlers"]

Row = sqlite3.Row

TASK_DONE_REWARD = 25  # upstream's seeded `task.done` rate


def _reload(ctx: Ctx, task_id: str) -> Row:
    row = ctx.task(task_id)
    assert row is not None
    return row


def _task_channel_name(ctx: Ctx, identifier: str, task_id: str) -> str:
    name = f"task:{identifier}"
    taken = ctx.store.scalar(
        "SELECT 1 FROM channels WHERE org_id = ? AND name = ?", (ctx.org_id, name)
    )
    return f"task:{identifier}:{task_id}" if taken else name


def create_task(ctx: Ctx) -> Result:
    body = ctx.body
    assignee_id = body.get("assigneeId")
    if assignee_id is not None:
        assignee_id = str(assignee_id).lower()
        if ctx.agent(assignee_id) is None:
            raise ApiError(400, "Assignee agent not found")
    parent_task_id = body.get("parentTaskId")
    if parent_task_id is not None:
        parent_task_id = str(parent_task_id).lower()
        if ctx.task(parent_task_id) is None:
            raise ApiError(400, "Parent task not found")
    ctx.store.execute("UPDATE orgs SET task_counter = task_counter + 1 WHERE id = ?", (ctx.org_id,))
    org = ctx.store.one("SELECT task_prefix, task_counter FROM orgs WHERE id = ?", (ctx.org_id,))
    assert org is not None
    identifier = f"{org['task_prefix']}-{org['task_counter']}"
    task_id = new_id()
    due_at = body.get("dueAt")
    due = parse_iso(due_at) if isinstance(due_at, str) else None
    ctx.store.insert(
        "tasks",
        {
            "id": task_id,
            "org_id": ctx.org_id,
            "identifier": identifier,
            "title": body["title"],
            "description": body.get("description"),
            "status": "backlog",
            "priority": body.get("priority") or "normal",
            "assignee_id": assignee_id,
            "creator_id": ctx.actor_id,
            "parent_task_id": parent_task_id,
            "approval_required": 1 if body.get("approvalRequired") else 0,
            "due_date": to_iso(due) if due else None,
            # `requiredCapabilities` (read by routing) and `estimatedCredits` stay in the
            # metadata, where upstream keeps them too.
            "metadata": dumps_json(body.get("metadata") or {}),
            "created_at": ctx.now,
            "updated_at": ctx.now,
        },
    )
    for tag in dict.fromkeys(body.get("tags") or []):
        ctx.store.insert(
            "task_tags",
            {
                "id": new_id(),
                "org_id": ctx.org_id,
                "task_id": task_id,
                "tag": tag,
                "created_at": ctx.now,
            },
        )
    channel_id = new_id()
    ctx.store.insert(
        "channels",
        {
            "id": channel_id,
            "org_id": ctx.org_id,
            "name": _task_channel_name(ctx, identifier, task_id),
            "type": "task",
            "task_id": task_id,
            "metadata": dumps_json({"identifier": identifier}),
            "created_at": ctx.now,
            "updated_at": ctx.now,
        },
    )
    ctx.store.update("tasks", task_id, {"channel_id": channel_id})
    row = _reload(ctx, task_id)
    ctx.emit(
        "task.created",
        "task",
        task_id,
        f'{ctx.actor_name} created task {identifier} "{row["title"]}"',
        {
            "title": row["title"],
            "priority": row["priority"],
            "assigneeId": assignee_id,
            "identifier": identifier,
        },
    )
    return Result({"data": views.task(ctx.store, row)})


def list_tasks(ctx: Ctx) -> Result:
    clauses = ["org_id = ?", "deleted_at IS NULL"]
    params: list[Any] = [ctx.org_id]
    for wire, column in (
        ("status", "status"),
        ("assigneeId", "assignee_id"),
        ("creatorId", "creator_id"),
        ("parentTaskId", "parent_task_id"),
        ("priority", "priority"),
    ):
        value = ctx.query.get(wire)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(str(value).lower() if wire.endswith("Id") else value)
    rows = ctx.store.all(
        f"SELECT * FROM tasks WHERE {' AND '.join(clauses)} ORDER BY created_at DESC, rowid DESC",
        params,
    )
    return Result({"data": [views.task(ctx.store, r, with_dependencies=False) for r in rows]})


def get_task(ctx: Ctx) -> Result:
    return Result({"data": views.task(ctx.store, ctx.require_task(ctx.params["id"]))})


def _who(ctx: Ctx, agent_uuid: str | None) -> str:
    if agent_uuid is None:
        return "nobody"
    slug = ctx.store.scalar("SELECT agent_id FROM agents WHERE id = ?", (agent_uuid,))
    return str(slug) if slug is not None else agent_uuid


def _unfinished_blockers(ctx: Ctx, task_id: str) -> int:
    return int(
        ctx.store.scalar(
            "SELECT COUNT(*) FROM task_dependencies d JOIN tasks t ON t.id = d.depends_on_id "
            "WHERE d.task_id = ? AND d.blocking = 1 AND t.status != 'done'",
            (task_id,),
        )
    )


def _reward(ctx: Ctx, task: Row) -> dict[str, int]:
    """Credits earned by completing ``task`` (same transaction as the status change)."""
    awarded: dict[str, int] = {}
    assignee_id = task["assignee_id"]
    if assignee_id is None:
        return awarded
    ledger.post(
        ctx.store,
        org_id=ctx.org_id,
        agent_id=assignee_id,
        kind="credit",
        amount=TASK_DONE_REWARD,
        reason=f"Task {task['identifier']} completed",
        now=ctx.now,
        trigger_type="task.done",
        source_task_id=task["id"],
    )
    ctx.store.execute(
        "UPDATE agents SET lifetime_earnings = lifetime_earnings + ? WHERE id = ?",
        (TASK_DONE_REWARD, assignee_id),
    )
    reputation.task_completed(ctx, task)
    awarded[assignee_id] = TASK_DONE_REWARD
    creator = ctx.store.one("SELECT * FROM agents WHERE id = ?", (task["creator_id"],))
    if creator is not None and creator["id"] != assignee_id and creator["management_fee_pct"]:
        fee = TASK_DONE_REWARD * int(creator["management_fee_pct"]) // 100
        if fee > 0:
            ledger.post(
                ctx.store,
                org_id=ctx.org_id,
                agent_id=creator["id"],
                kind="credit",
                amount=fee,
                reason=f"Management fee for task {task['identifier']}",
                now=ctx.now,
                trigger_type="management_fee",
                source_task_id=task["id"],
                source_agent_id=assignee_id,
            )
            ctx.store.execute(
                "UPDATE agents SET lifetime_earnings = lifetime_earnings + ? WHERE id = ?",
                (fee, creator["id"]),
            )
            awarded[creator["id"]] = awarded.get(creator["id"], 0) + fee
    return awarded


def _move(ctx: Ctx, task: Row, target: str, reason: str | None = None) -> Row:
    """Apply one state-machine step with all its rules and its audit event."""
    current = task["status"]
    if not can_transition(current, target):
        raise ApiError(422, invalid_transition_message(current, target))
    changes: dict[str, Any] = {"status": target, "updated_at": ctx.now}
    awarded: dict[str, int] = {}
    if target == "done":
        blockers = _unfinished_blockers(ctx, task["id"])
        if blockers:
            raise ApiError(409, f"Cannot complete: {blockers} blocking dependencies not done")
        if task["approval_required"] and task["approved_at"] is None:
            raise ApiError(403, "Task requires approval before completion")
        changes["completed_at"] = ctx.now
    ctx.store.update("tasks", task["id"], changes)
    if target == "done":
        awarded = _reward(ctx, task)
    elif task["assignee_id"] is not None and target == "cancelled" and current != "backlog":
        reputation.task_failed(ctx, task, reason)
    elif task["assignee_id"] is not None and (current, target) == ("review", "in_progress"):
        reputation.task_reworked(ctx, task, reason)
    suffix = f": {reason}" if reason else ""
    data: dict[str, Any] = {"from": current, "to": target}
    if reason:
        data["reason"] = reason
    if awarded:
        data["creditsAwarded"] = awarded
    ctx.emit(
        "task.transitioned",
        "task",
        task["id"],
        f"{ctx.actor_name} moved task {task['identifier']} from {current} to {target}{suffix}",
        data,
    )
    return _reload(ctx, task["id"])


def transition_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    row = _move(ctx, task, ctx.body["status"], ctx.body.get("reason"))
    return Result({"data": views.task(ctx.store, row)})


def assign_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    assignee = ctx.require_agent(str(ctx.body["assigneeId"]).lower(), "Assignee agent not found")
    ctx.store.update("tasks", task["id"], {"assignee_id": assignee["id"], "updated_at": ctx.now})
    ctx.emit(
        "task.assigned",
        "task",
        task["id"],
        f"{ctx.actor_name} assigned task {task['identifier']} to {assignee['agent_id']}",
        {"assigneeId": assignee["id"], "previousAssigneeId": task["assignee_id"]},
    )
    return Result({"data": views.task(ctx.store, _reload(ctx, task["id"]))})


def claim_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    if task["assignee_id"] is not None and task["assignee_id"] != ctx.actor_id:
        raise ApiError(
            409, f"Task is already assigned to another agent ({_who(ctx, task['assignee_id'])})"
        )
    if task["status"] not in ("backlog", "todo"):
        raise ApiError(422, invalid_transition_message(task["status"], "in_progress"))
    ctx.store.update("tasks", task["id"], {"assignee_id": ctx.actor_id, "updated_at": ctx.now})
    ctx.emit(
        "task.claimed",
        "task",
        task["id"],
        f"{ctx.actor_name} claimed task {task['identifier']}",
        {"assigneeId": ctx.actor_id},
    )
    row = _reload(ctx, task["id"])
    if row["status"] == "backlog":
        # The guide claims a task straight after creating it: take both legal steps.
        row = _move(ctx, row, "todo", "claimed")
    row = _move(ctx, row, "in_progress")
    return Result({"data": views.task(ctx.store, row)})


def approve_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    if task["approved_at"] is not None:
        raise ApiError(409, "Task is already approved")
    ctx.store.update(
        "tasks",
        task["id"],
        {"approved_at": ctx.now, "approved_by": ctx.actor_id, "updated_at": ctx.now},
    )
    ctx.emit(
        "task.approved",
        "task",
        task["id"],
        f"{ctx.actor_name} approved task {task['identifier']}",
        {"approvedBy": ctx.actor_id, "status": task["status"]},
    )
    row = _reload(ctx, task["id"])
    if row["status"] == "review":
        row = _move(ctx, row, "done", "approved")
    return Result({"data": views.task(ctx.store, row)})


handlers = {
    "createTask": create_task,
    "listTasks": list_tasks,
    "getTask": get_task,
    "transitionTask": transition_task,
    "assignTask": assign_task,
    "claimTask": claim_task,
    "approveTask": approve_task,
}
