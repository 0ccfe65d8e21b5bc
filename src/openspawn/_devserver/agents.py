"""Agents: register, list, get, update, revoke, spawn, activate, reject, hierarchy,
spawn capacity, pending list, balance."""

from __future__ import annotations

import sqlite3
from typing import Any

from . import views
from .context import Ctx, Result
from .crypto import new_agent_secret
from .errors import ApiError
from .slug import slugify
from .store import dumps_json
from .timeutil import new_id

__all__ = ["LEVEL_CAPACITY", "handlers", "insert_agent", "spawn_capacity"]

Row = sqlite3.Row

# Children an agent of a level may have (upstream's LEVEL_TABLE); 0 = cannot spawn.
LEVEL_CAPACITY = {1: 0, 2: 0, 3: 2, 4: 3, 5: 5, 6: 8, 7: 12, 8: 20, 9: 50, 10: 100}
SECRET_NOTICE = "IMPORTANT: Save this secret securely. It cannot be recovered."
SPAWN_NOTICE = "Agent spawned in PENDING status. Parent or L10 must activate."


def _require_role(ctx: Ctx, *roles: str) -> None:
    if ctx.actor["role"] not in roles:
        raise ApiError(403, "Requires one of roles: " + ", ".join(roles))


def _derive_slug(body: dict[str, Any]) -> str:
    slug = body.get("agentId")
    if isinstance(slug, str) and slug:
        return slug
    derived = slugify(str(body.get("name", "")))
    if not derived:
        raise ApiError(400, ["agentId should not be empty"])
    return derived


def _check_slug_free(ctx: Ctx, slug: str) -> None:
    taken = ctx.store.scalar(
        "SELECT 1 FROM agents WHERE org_id = ? AND agent_id = ? AND deleted_at IS NULL",
        (ctx.org_id, slug),
    )
    if taken:
        raise ApiError(409, f'Agent with ID "{slug}" already exists')


def insert_agent(
    ctx: Ctx,
    *,
    slug: str,
    name: str,
    secret: str,
    level: int,
    model: str,
    role: str = "worker",
    mode: str = "worker",
    status: str = "active",
    parent_id: str | None = None,
    max_children: int = 0,
    management_fee_pct: int = 0,
    budget_period_limit: int | None = None,
    metadata: dict[str, Any] | None = None,
    capabilities: list[dict[str, Any]] | None = None,
) -> Row:
    agent_uuid = new_id()
    ctx.store.insert(
        "agents",
        {
            "id": agent_uuid,
            "org_id": ctx.org_id,
            "agent_id": slug,
            "name": name,
            "level": level,
            "model": model,
            "status": status,
            "role": role,
            "mode": mode,
            "management_fee_pct": management_fee_pct,
            "budget_period_limit": budget_period_limit,
            "hmac_secret_enc": ctx.box.encrypt(secret, context="agent:" + agent_uuid),
            "parent_id": parent_id,
            "max_children": max_children,
            "metadata": dumps_json(metadata or {}),
            "created_at": ctx.now,
            "updated_at": ctx.now,
        },
    )
    seen: set[str] = set()
    for item in capabilities or []:
        name_ = str(item["capability"])
        if name_ in seen:
            raise ApiError(400, f"Duplicate capability: {name_}")
        seen.add(name_)
        ctx.store.insert(
            "agent_capabilities",
            {
                "id": new_id(),
                "org_id": ctx.org_id,
                "agent_id": agent_uuid,
                "capability": name_,
                "proficiency": item.get("proficiency") or "standard",
                "created_at": ctx.now,
            },
        )
    row = ctx.agent(agent_uuid)
    assert row is not None
    return row


def register_agent(ctx: Ctx) -> Result:
    _require_role(ctx, "hr")
    body = ctx.body
    slug = _derive_slug(body)
    _check_slug_free(ctx, slug)
    secret = new_agent_secret()
    row = insert_agent(
        ctx,
        slug=slug,
        name=body["name"],
        secret=secret,
        level=body.get("level") or 1,
        model=body.get("model") or "sonnet",
        role=body.get("role") or "worker",
        mode=body.get("mode") or "worker",
        management_fee_pct=body.get("managementFeePct") or 0,
        budget_period_limit=body.get("budgetPeriodLimit"),
        metadata=body.get("metadata") or {},
        capabilities=body.get("capabilities") or [],
    )
    ctx.emit(
        "agent.registered",
        "agent",
        row["id"],
        f'{ctx.actor_name} registered agent {slug} "{row["name"]}" (level {row["level"]}, '
        f"role {row['role']})",
        {"agentId": slug, "name": row["name"], "role": row["role"], "level": row["level"]},
    )
    data = {
        "id": row["id"],
        "agentId": row["agent_id"],
        "name": row["name"],
        "role": row["role"],
        "level": row["level"],
        "model": row["model"],
    }
    return Result({"data": data, "secret": secret, "message": SECRET_NOTICE})


def list_agents(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        "SELECT * FROM agents WHERE org_id = ? AND deleted_at IS NULL "
        "ORDER BY created_at DESC, rowid DESC",
        (ctx.org_id,),
    )
    return Result({"data": [views.agent_summary(r) for r in rows]})


def get_agent(ctx: Ctx) -> Result:
    row = ctx.require_agent(ctx.params["id"])
    return Result({"data": views.agent_detail(ctx.store, row)})


_UPDATABLE = {
    "name": "name",
    "level": "level",
    "model": "model",
    "mode": "mode",
    "managementFeePct": "management_fee_pct",
    "budgetPeriodLimit": "budget_period_limit",
    "metadata": "metadata",
}


def update_agent(ctx: Ctx) -> Result:
    _require_role(ctx, "hr")
    row = ctx.require_agent(ctx.params["id"])
    changes: dict[str, Any] = {}
    for wire, column in _UPDATABLE.items():
        if wire not in ctx.body:
            continue
        value = ctx.body[wire]
        if wire == "metadata":
            value = dumps_json(value if value is not None else {})
        elif value is None and wire != "budgetPeriodLimit":
            continue  # only the budget limit may be cleared with null
        changes[column] = value
    changes["updated_at"] = ctx.now
    ctx.store.update("agents", row["id"], changes)
    updated = ctx.require_agent(row["id"])
    changed_fields = sorted(k for k in ctx.body if k in _UPDATABLE)
    ctx.emit(
        "agent.updated",
        "agent",
        row["id"],
        f"{ctx.actor_name} updated agent {row['agent_id']} "
        f"({', '.join(changed_fields) or 'no fields'})",
        {"changes": {k: ctx.body[k] for k in changed_fields}},
    )
    return Result({"data": views.agent_with_capabilities(ctx.store, updated)})


def revoke_agent(ctx: Ctx) -> Result:
    _require_role(ctx, "hr")
    row = ctx.require_agent(ctx.params["id"])
    if row["id"] == ctx.actor_id:
        raise ApiError(403, "Cannot revoke yourself")
    if row["status"] == "revoked":
        raise ApiError(409, "Agent is already revoked")
    ctx.store.update("agents", row["id"], {"status": "revoked", "updated_at": ctx.now})
    ctx.emit(
        "agent.revoked",
        "agent",
        row["id"],
        f"{ctx.actor_name} revoked agent {row['agent_id']}",
        {"previousStatus": row["status"]},
        severity="warning",
    )
    return Result(
        {"data": {"id": row["id"], "status": "revoked"}, "message": "Agent has been revoked"}
    )


def get_agent_balance(ctx: Ctx) -> Result:
    row = ctx.require_agent(ctx.params["id"])
    return Result({"data": {"balance": row["current_balance"]}})


def _max_children(agent: Row) -> int:
    return int(agent["max_children"]) or LEVEL_CAPACITY.get(int(agent["level"]), 0)


def _active_children(ctx: Ctx, agent_uuid: str) -> int:
    return int(
        ctx.store.scalar(
            "SELECT COUNT(*) FROM agents WHERE parent_id = ? AND status = 'active' "
            "AND deleted_at IS NULL",
            (agent_uuid,),
        )
    )


def spawn_capacity(ctx: Ctx, agent: Row) -> dict[str, Any]:
    maximum = _max_children(agent)
    current = _active_children(ctx, agent["id"])
    result: dict[str, Any] = {"canSpawn": current < maximum, "current": current, "max": maximum}
    if maximum == 0:
        result["reason"] = f"Level {agent['level']} agents cannot spawn children"
    elif current >= maximum:
        result["reason"] = f"Agent at capacity ({current}/{maximum})"
    return result


def get_spawn_capacity(ctx: Ctx) -> Result:
    return Result({"data": spawn_capacity(ctx, ctx.fresh_actor())})


def spawn_agent(ctx: Ctx) -> Result:
    parent = ctx.fresh_actor()
    body = ctx.body
    capacity = spawn_capacity(ctx, parent)
    if not capacity["canSpawn"]:
        raise ApiError(403, f"Agent at capacity ({capacity['current']}/{capacity['max']})")
    parent_level = int(parent["level"])
    level = body.get("level")
    level = parent_level - 1 if level is None else int(level)
    if level < 1:
        raise ApiError(400, "Agent level must be at least 1")
    if level >= parent_level:
        raise ApiError(
            400, f"Child level ({level}) must be less than parent level ({parent_level})"
        )
    slug = _derive_slug(body)
    _check_slug_free(ctx, slug)
    secret = new_agent_secret()
    row = insert_agent(
        ctx,
        slug=slug,
        name=body["name"],
        secret=secret,
        level=level,
        model=body.get("model") or parent["model"],
        role="worker",
        mode=body.get("mode") or "worker",
        status="pending",
        parent_id=parent["id"],
        max_children=LEVEL_CAPACITY.get(level, 0),
        budget_period_limit=body.get("budgetPeriodLimit"),
        metadata=body.get("metadata") or {},
        capabilities=body.get("capabilities") or [],
    )
    ctx.emit(
        "agent.spawned",
        "agent",
        row["id"],
        f'{ctx.actor_name} spawned agent {slug} "{row["name"]}" '
        f"(level {level}, pending activation)",
        {"agentId": slug, "name": row["name"], "level": level, "parentId": parent["id"]},
    )
    data = {
        "id": row["id"],
        "agentId": row["agent_id"],
        "name": row["name"],
        "level": row["level"],
        "status": row["status"],
        "parentId": row["parent_id"],
    }
    return Result({"data": data, "secret": secret, "message": SPAWN_NOTICE})


def _may_manage(ctx: Ctx, target: Row) -> bool:
    actor = ctx.actor
    return target["parent_id"] == actor["id"] or int(actor["level"]) == 10


def activate_agent(ctx: Ctx) -> Result:
    row = ctx.require_agent(ctx.params["id"])
    if row["status"] != "pending":
        raise ApiError(400, f"Agent is not pending activation (status: {row['status']})")
    if not _may_manage(ctx, row):
        raise ApiError(403, "Only the parent agent or L10 can activate this agent")
    ctx.store.update("agents", row["id"], {"status": "active", "updated_at": ctx.now})
    ctx.emit(
        "agent.activated",
        "agent",
        row["id"],
        f"{ctx.actor_name} activated agent {row['agent_id']}",
        {"agentId": row["agent_id"]},
    )
    return Result(
        {"data": {"id": row["id"], "status": "active"}, "message": "Agent activated successfully"}
    )


def reject_agent(ctx: Ctx) -> Result:
    row = ctx.require_agent(ctx.params["id"])
    if row["status"] != "pending":
        raise ApiError(400, "Can only reject pending agents")
    if not _may_manage(ctx, row):
        raise ApiError(403, "Only the parent agent or L10 can reject this agent")
    reason = ctx.body.get("reason")
    ctx.store.update("agents", row["id"], {"deleted_at": ctx.now, "updated_at": ctx.now})
    suffix = f": {reason}" if reason else ""
    ctx.emit(
        "agent.rejected",
        "agent",
        row["id"],
        f"{ctx.actor_name} rejected agent {row['agent_id']}{suffix}",
        {"agentId": row["agent_id"], "reason": reason},
        severity="warning",
    )
    return Result({"message": "Agent rejected"}, status=200)


def _node(ctx: Ctx, row: Row, depth: int) -> dict[str, Any]:
    node = views.agent_full(row)
    if depth > 0:
        children = ctx.store.all(
            "SELECT * FROM agents WHERE parent_id = ? AND deleted_at IS NULL "
            "ORDER BY level DESC, name ASC",
            (row["id"],),
        )
        node["children"] = [_node(ctx, child, depth - 1) for child in children]
    return node


def get_agent_hierarchy(ctx: Ctx) -> Result:
    row = ctx.require_agent(ctx.params["id"])
    depth = ctx.query.get("depth")
    depth = 3 if depth is None else int(depth)
    return Result({"data": _node(ctx, row, depth)})


def list_pending_agents(ctx: Ctx) -> Result:
    if int(ctx.actor["level"]) == 10:
        rows = ctx.store.all(
            "SELECT * FROM agents WHERE org_id = ? AND status = 'pending' AND deleted_at IS NULL "
            "ORDER BY created_at DESC, rowid DESC",
            (ctx.org_id,),
        )
    else:
        rows = ctx.store.all(
            "SELECT * FROM agents WHERE org_id = ? AND parent_id = ? AND status = 'pending' "
            "AND deleted_at IS NULL ORDER BY created_at DESC, rowid DESC",
            (ctx.org_id, ctx.actor_id),
        )
    data = [
        {
            "id": r["id"],
            "agentId": r["agent_id"],
            "name": r["name"],
            "level": r["level"],
            "parentId": r["parent_id"],
            "createdAt": r["created_at"],
        }
        for r in rows
    ]
    return Result({"data": data})


handlers = {
    "registerAgent": register_agent,
    "listAgents": list_agents,
    "getAgent": get_agent,
    "updateAgent": update_agent,
    "revokeAgent": revoke_agent,
    "getAgentBalance": get_agent_balance,
    "spawnAgent": spawn_agent,
    "activateAgent": activate_agent,
    "rejectAgent": reject_agent,
    "getAgentHierarchy": get_agent_hierarchy,
    "getSpawnCapacity": get_spawn_capacity,
    "listPendingAgents": list_pending_agents,
}
