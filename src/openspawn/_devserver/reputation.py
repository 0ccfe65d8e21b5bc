"""Trust scores: reputation events, levels, promotion progress, bonus, penalty, demotion and
the leaderboard, with upstream's rules (scores stay within 0..100, +5/+2 per task done on time,
automatic promotion past a level's thresholds) but org-scoped and with 403/400 where upstream
throws a plain Error (500)."""

from __future__ import annotations

import sqlite3
from typing import Any

from .context import Ctx, Result
from .errors import ApiError
from .store import loads_json
from .timeutil import new_id, parse_iso

__all__ = ["handlers", "reputation_level", "task_completed", "task_failed", "task_reworked"]

Row = sqlite3.Row

IMPACT = {
    "TASK_COMPLETED": 5,
    "TASK_FAILED": -10,
    "TASK_REWORK": -3,
    "ON_TIME_DELIVERY": 2,
    "LATE_DELIVERY": -5,
    "QUALITY_BONUS": 10,
    "QUALITY_PENALTY": -10,
    "LEVEL_UP": 5,
    "LEVEL_DOWN": -5,
    "INACTIVITY_DECAY": -1,
    "MANUAL_ADJUSTMENT": 0,
}
# level -> (trust score, completed tasks) needed for the automatic promotion to level + 1
PROMOTION = {
    1: (55, 3),
    2: (60, 10),
    3: (65, 25),
    4: (70, 50),
    5: (75, 100),
    6: (80, 200),
    7: (85, 400),
    8: (90, 750),
    9: (95, 1500),
}
PROMOTION_COOLDOWN_DAYS = 7


def reputation_level(score: int) -> str:
    if score <= 30:
        return "NEW"
    if score <= 40:
        return "PROBATION"
    if score <= 70:
        return "TRUSTED"
    if score <= 85:
        return "VETERAN"
    return "ELITE"


def _event_view(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "agentId": row["agent_id"],
        "type": row["type"],
        "impact": row["impact"],
        "previousScore": row["previous_score"],
        "newScore": row["new_score"],
        "taskId": row["task_id"],
        "triggeredBy": row["triggered_by"],
        "reason": row["reason"],
        "metadata": loads_json(row["metadata"]),
        "createdAt": row["created_at"],
    }


def record(
    ctx: Ctx,
    agent_id: str,
    kind: str,
    *,
    task_id: str | None = None,
    triggered_by: str | None = None,
    reason: str | None = None,
    impact: int | None = None,
) -> Row:
    """Append a reputation event, move the trust score and write the audit event."""
    agent = ctx.store.one("SELECT * FROM agents WHERE id = ?", (agent_id,))
    assert agent is not None
    change = IMPACT[kind] if impact is None else impact
    previous = int(agent["trust_score"])
    new = max(0, min(100, previous + change))
    event_id = new_id()
    ctx.store.insert(
        "reputation_events",
        {
            "id": event_id,
            "org_id": agent["org_id"],
            "agent_id": agent_id,
            "type": kind,
            "impact": change,
            "previous_score": previous,
            "new_score": new,
            "task_id": task_id,
            "triggered_by": triggered_by,
            "reason": reason,
            "metadata": "{}",
            "created_at": ctx.now,
        },
    )
    ctx.store.update("agents", agent_id, {"trust_score": new, "last_activity_at": ctx.now})
    ctx.emit(
        "reputation.changed",
        "agent",
        agent_id,
        f"trust score of {agent['agent_id']} went from {previous} to {new} ({kind})",
        {
            "agentId": agent_id,
            "eventType": kind,
            "impact": change,
            "previousScore": previous,
            "newScore": new,
            "reputationLevel": reputation_level(new),
        },
        severity="info" if change >= 0 else "warning",
        actor_id=triggered_by or agent_id,
    )
    row = ctx.store.one("SELECT * FROM reputation_events WHERE id = ?", (event_id,))
    assert row is not None
    return row


def task_completed(ctx: Ctx, task: Row) -> None:
    """The assignee finished ``task``: +5, then +2 on time or -5 late, counters, promotion."""
    agent_id = task["assignee_id"]
    done_reason = "Task completed successfully"
    record(ctx, agent_id, "TASK_COMPLETED", task_id=task["id"], reason=done_reason)
    due = parse_iso(str(task["due_date"])) if task["due_date"] else None
    done = parse_iso(ctx.now)
    on_time = due is None or (done is not None and done <= due)
    record(ctx, agent_id, "ON_TIME_DELIVERY" if on_time else "LATE_DELIVERY", task_id=task["id"])
    ctx.store.execute(
        "UPDATE agents SET tasks_completed = tasks_completed + 1, "
        "tasks_successful = tasks_successful + 1 WHERE id = ?",
        (agent_id,),
    )
    _maybe_promote(ctx, agent_id)


def task_failed(ctx: Ctx, task: Row, reason: str | None) -> None:
    """A started task of the assignee was cancelled: -10 and one more task without success."""
    agent_id = task["assignee_id"]
    record(ctx, agent_id, "TASK_FAILED", task_id=task["id"], reason=reason)
    ctx.store.execute(
        "UPDATE agents SET tasks_completed = tasks_completed + 1 WHERE id = ?", (agent_id,)
    )


def task_reworked(ctx: Ctx, task: Row, reason: str | None) -> None:
    """A task in review went back to in_progress: -3 for the assignee."""
    record(
        ctx,
        task["assignee_id"],
        "TASK_REWORK",
        task_id=task["id"],
        triggered_by=ctx.actor_id,
        reason=reason,
    )


def _maybe_promote(ctx: Ctx, agent_id: str) -> None:
    agent = ctx.store.one("SELECT * FROM agents WHERE id = ?", (agent_id,))
    assert agent is not None
    level = int(agent["level"])
    if level >= 9 or level not in PROMOTION:
        return
    score_needed, tasks_needed = PROMOTION[level]
    if agent["trust_score"] < score_needed or agent["tasks_completed"] < tasks_needed:
        return
    last = parse_iso(str(agent["last_promotion_at"])) if agent["last_promotion_at"] else None
    now = parse_iso(ctx.now)
    cooling = last is not None and now is not None and (now - last).days < PROMOTION_COOLDOWN_DAYS
    if cooling:
        return
    ctx.store.update("agents", agent_id, {"level": level + 1, "last_promotion_at": ctx.now})
    record(
        ctx,
        agent_id,
        "LEVEL_UP",
        reason=f"Automatically promoted from L{level} to L{level + 1}",
    )
    ctx.emit(
        "agent.promoted",
        "agent",
        agent_id,
        f"{agent['agent_id']} was promoted from L{level} to L{level + 1}",
        {
            "agentId": agent_id,
            "previousLevel": level,
            "newLevel": level + 1,
            "trustScore": agent["trust_score"],
            "tasksCompleted": agent["tasks_completed"],
        },
        actor_id=agent_id,
    )


# -- handlers ------------------------------------------------------------------------------
def get_agent_reputation(ctx: Ctx) -> Result:
    agent = ctx.require_agent(ctx.params["id"])
    level = int(agent["level"])
    completed = int(agent["tasks_completed"])
    score = int(agent["trust_score"])
    progress: dict[str, Any] | None = None
    if level < 9 and level in PROMOTION:
        score_needed, tasks_needed = PROMOTION[level]
        progress = {
            "currentLevel": level,
            "nextLevel": level + 1,
            "trustScoreRequired": score_needed,
            "tasksRequired": tasks_needed,
            "trustScoreProgress": min(100, _js_round(score * 100 / score_needed)),
            "tasksProgress": min(100, _js_round(completed * 100 / tasks_needed)),
        }
    success = _js_round(int(agent["tasks_successful"]) * 100 / completed) if completed else 100
    return Result(
        {
            "data": {
                "trustScore": score,
                "reputationLevel": reputation_level(score),
                "tasksCompleted": completed,
                "tasksSuccessful": agent["tasks_successful"],
                "successRate": success,
                "lastActivityAt": agent["last_activity_at"],
                "promotionProgress": progress,
            }
        }
    )


def _js_round(value: float) -> int:
    """``Math.round``: halves go up (Python's ``round`` goes to even)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def list_reputation_history(ctx: Ctx) -> Result:
    agent = ctx.require_agent(ctx.params["id"])
    limit = int(ctx.query.get("limit") or 50)
    offset = int(ctx.query.get("offset") or 0)
    rows = ctx.store.all(
        "SELECT * FROM reputation_events WHERE agent_id = ? "
        "ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
        (agent["id"], limit, offset),
    )
    total = ctx.store.scalar(
        "SELECT COUNT(*) FROM reputation_events WHERE agent_id = ?", (agent["id"],)
    )
    return Result({"data": [_event_view(r) for r in rows], "total": int(total)})


def _require_supervisor(ctx: Ctx, target: Row, what: str) -> None:
    if int(ctx.actor["level"]) < 7 and target["parent_id"] != ctx.actor_id:
        raise ApiError(403, f"Only L7+ agents or parent can {what}")


def award_reputation_bonus(ctx: Ctx) -> Result:
    target = ctx.require_agent(ctx.params["id"])
    _require_supervisor(ctx, target, "award bonuses")
    amount = ctx.body.get("amount")
    row = record(
        ctx,
        target["id"],
        "QUALITY_BONUS",
        triggered_by=ctx.actor_id,
        reason=ctx.body["reason"],
        impact=None if amount is None else int(amount),
    )
    return Result({"data": _event_view(row), "message": "Quality bonus awarded"})


def apply_reputation_penalty(ctx: Ctx) -> Result:
    target = ctx.require_agent(ctx.params["id"])
    _require_supervisor(ctx, target, "apply penalties")
    amount = ctx.body.get("amount")
    row = record(
        ctx,
        target["id"],
        "QUALITY_PENALTY",
        triggered_by=ctx.actor_id,
        reason=ctx.body["reason"],
        impact=None if amount is None else -abs(int(amount)),
    )
    return Result({"data": _event_view(row), "message": "Quality penalty applied"})


def demote_agent(ctx: Ctx) -> Result:
    if ctx.actor["role"] not in ("founder", "admin"):
        raise ApiError(403, "Requires one of roles: founder, admin")
    if int(ctx.actor["level"]) < 9:
        raise ApiError(403, "Only L9+ agents can demote")
    target = ctx.require_agent(ctx.params["id"])
    level = int(target["level"])
    if level <= 1:
        raise ApiError(400, "Cannot demote agent below level 1")
    reason = ctx.body["reason"]
    ctx.store.update("agents", target["id"], {"level": level - 1, "updated_at": ctx.now})
    record(ctx, target["id"], "LEVEL_DOWN", triggered_by=ctx.actor_id, reason=reason)
    ctx.emit(
        "agent.demoted",
        "agent",
        target["id"],
        f"{ctx.actor_name} demoted {target['agent_id']} from L{level} to L{level - 1}",
        {"agentId": target["id"], "previousLevel": level, "newLevel": level - 1, "reason": reason},
        severity="warning",
    )
    return Result({"message": "Agent demoted"})


def get_trust_leaderboard(ctx: Ctx) -> Result:
    limit = int(ctx.query.get("limit") or 10)
    rows = ctx.store.all(
        "SELECT * FROM agents WHERE org_id = ? AND deleted_at IS NULL "
        "ORDER BY trust_score DESC, tasks_completed DESC, created_at ASC LIMIT ?",
        (ctx.org_id, limit),
    )
    return Result(
        {
            "data": [
                {
                    "id": r["id"],
                    "agentId": r["agent_id"],
                    "name": r["name"],
                    "level": r["level"],
                    "trustScore": r["trust_score"],
                    "reputationLevel": reputation_level(int(r["trust_score"])),
                    "tasksCompleted": r["tasks_completed"],
                }
                for r in rows
            ]
        }
    )


handlers = {
    "getAgentReputation": get_agent_reputation,
    "listReputationHistory": list_reputation_history,
    "awardReputationBonus": award_reputation_bonus,
    "applyReputationPenalty": apply_reputation_penalty,
    "demoteAgent": demote_agent,
    "getTrustLeaderboard": get_trust_leaderboard,
}
