"""Agent capabilities: list, add, update proficiency, remove."""

from __future__ import annotations

import sqlite3

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .timeutil import new_id

__all__ = ["handlers"]

Row = sqlite3.Row


def _relation(ctx: Ctx, target: Row) -> tuple[bool, bool, bool]:
    """(is self, is parent, is level 10) of the actor towards ``target``."""
    return (
        target["id"] == ctx.actor_id,
        target["parent_id"] == ctx.actor_id,
        int(ctx.actor["level"]) == 10,
    )


def list_agent_capabilities(ctx: Ctx) -> Result:
    agent = ctx.require_agent(ctx.params["id"])
    rows = ctx.store.all(
        "SELECT * FROM agent_capabilities WHERE agent_id = ? ORDER BY capability", (agent["id"],)
    )
    return Result({"data": [views.capability(r) for r in rows]})


def add_agent_capability(ctx: Ctx) -> Result:
    agent = ctx.require_agent(ctx.params["id"])
    if not any(_relation(ctx, agent)):
        raise ApiError(
            403, "Only the agent itself, its parent or an L10 agent can add capabilities"
        )
    name = str(ctx.body["capability"]).strip().lower()
    if not name:
        raise ApiError(400, ["capability should not be empty"])
    exists = ctx.store.scalar(
        "SELECT 1 FROM agent_capabilities WHERE agent_id = ? AND capability = ?",
        (agent["id"], name),
    )
    if exists:
        raise ApiError(400, f"Agent already has capability: {name}")
    cap_id = new_id()
    proficiency = ctx.body.get("proficiency") or "standard"
    ctx.store.insert(
        "agent_capabilities",
        {
            "id": cap_id,
            "org_id": ctx.org_id,
            "agent_id": agent["id"],
            "capability": name,
            "proficiency": proficiency,
            "created_at": ctx.now,
        },
    )
    ctx.emit(
        "agent.capability_added",
        "agent",
        agent["id"],
        f"{ctx.actor_name} added capability {name} ({proficiency}) to {agent['agent_id']}",
        {"capabilityId": cap_id, "capability": name, "proficiency": proficiency},
    )
    row = ctx.store.one("SELECT * FROM agent_capabilities WHERE id = ?", (cap_id,))
    assert row is not None
    return Result({"data": views.capability(row)})


def _capability(ctx: Ctx) -> tuple[Row, Row]:
    row = ctx.store.one(
        "SELECT * FROM agent_capabilities WHERE id = ? AND org_id = ?",
        (ctx.params["capabilityId"], ctx.org_id),
    )
    if row is None:
        raise ApiError(404, "Capability not found")
    agent = ctx.require_agent(row["agent_id"], "Capability not found")
    return row, agent


def update_agent_capability(ctx: Ctx) -> Result:
    row, agent = _capability(ctx)
    if not any(_relation(ctx, agent)):
        raise ApiError(
            403, "Only the agent itself, its parent or an L10 agent can update capabilities"
        )
    proficiency = ctx.body["proficiency"]
    ctx.store.update("agent_capabilities", row["id"], {"proficiency": proficiency})
    ctx.emit(
        "agent.capability_updated",
        "agent",
        agent["id"],
        f"{ctx.actor_name} set capability {row['capability']} of {agent['agent_id']} "
        f"to {proficiency}",
        {"capabilityId": row["id"], "capability": row["capability"], "proficiency": proficiency},
    )
    updated = ctx.store.one("SELECT * FROM agent_capabilities WHERE id = ?", (row["id"],))
    assert updated is not None
    return Result({"data": views.capability(updated)})


def remove_agent_capability(ctx: Ctx) -> Result:
    row, agent = _capability(ctx)
    _, is_parent, is_l10 = _relation(ctx, agent)
    if not (is_parent or is_l10):
        raise ApiError(403, "Only the parent agent or an L10 agent can remove capabilities")
    ctx.store.execute("DELETE FROM agent_capabilities WHERE id = ?", (row["id"],))
    ctx.emit(
        "agent.capability_removed",
        "agent",
        agent["id"],
        f"{ctx.actor_name} removed capability {row['capability']} from {agent['agent_id']}",
        {"capabilityId": row["id"], "capability": row["capability"]},
    )
    return Result({"message": "Capability removed"})


handlers = {
    "listAgentCapabilities": list_agent_capabilities,
    "addAgentCapability": add_agent_capability,
    "updateAgentCapability": update_agent_capability,
    "removeAgentCapability": remove_agent_capability,
}
