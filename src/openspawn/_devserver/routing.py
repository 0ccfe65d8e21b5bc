"""Task routing: rank agents for a task (or a set of capabilities) and auto-assign.

Upstream's rules (``task-routing.service.ts``): a task's required capabilities are its
``metadata.requiredCapabilities``; candidates are the active agents holding any of them.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from . import matching
from .context import Ctx, Result
from .matching import AgentCapabilities, js_round, json_number
from .store import loads_json

__all__ = ["handlers", "required_capabilities"]

Row = sqlite3.Row


def required_capabilities(task: Row) -> list[str]:
    metadata = loads_json(task["metadata"])
    caps = metadata.get("requiredCapabilities") if isinstance(metadata, dict) else None
    return matching.capability_names(caps) if isinstance(caps, list) else []


def _candidate(
    holder: AgentCapabilities, required: list[str], task_count: int, score: int
) -> dict[str, Any]:
    matched = holder.names
    return {
        "agentId": holder.agent["id"],
        "agentName": holder.agent["name"],
        "level": holder.agent["level"],
        "matchedCapabilities": matched,
        "missingCapabilities": [c for c in required if c not in matched],
        "coveragePercent": js_round(len(matched) * 100 / len(required)),
        "avgProficiency": json_number(holder.avg_proficiency),
        "currentTaskCount": task_count,
        "score": score,
    }


def _rank(ctx: Ctx, task: Row, *, min_coverage: int, exclude: list[str]) -> dict[str, Any]:
    required = required_capabilities(task)
    found = matching.holders(ctx, required, only_active=True, exclude=exclude)
    counts = matching.open_task_counts(ctx, (h.agent["id"] for h in found))
    candidates = []
    for holder in found:
        count = counts.get(holder.agent["id"], 0)
        coverage = js_round(len(holder.rows) * 100 / len(required))
        if min_coverage and coverage < min_coverage:
            continue
        score = js_round(
            coverage * 0.4
            + (holder.avg_proficiency - 1) / 2 * 30
            + (int(holder.agent["level"]) - 1) / 9 * 15
            + max(0.0, 15 - count * 1.5)
        )
        candidates.append(_candidate(holder, required, count, score))
    candidates.sort(key=lambda c: -c["score"])  # stable: ties keep agent creation order
    return {
        "taskId": task["id"],
        "requiredCapabilities": required,
        "candidates": candidates,
        "bestMatch": candidates[0] if candidates else None,
        "autoAssigned": False,
    }


def suggest_assignees(ctx: Ctx) -> Result:
    required = matching.query_capabilities(ctx)
    found = matching.holders(ctx, required, only_active=True)
    counts = matching.open_task_counts(ctx, (h.agent["id"] for h in found))
    suggestions = []
    for holder in found:
        coverage = js_round(len(holder.rows) * 100 / len(required))
        score = js_round(coverage * 0.6 + holder.avg_proficiency * 10 + int(holder.agent["level"]))
        suggestions.append(_candidate(holder, required, counts.get(holder.agent["id"], 0), score))
    suggestions.sort(key=lambda c: -c["score"])
    return Result({"data": suggestions[: int(ctx.query.get("limit") or 5)]})


def list_task_candidates(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    result = _rank(ctx, task, min_coverage=int(ctx.query.get("minCoverage") or 0), exclude=[])
    limit = ctx.query.get("maxResults")
    if limit:
        result["candidates"] = result["candidates"][: int(limit)]
    return Result({"data": result})


def auto_assign_task(ctx: Ctx) -> Result:
    task = ctx.require_task(ctx.params["id"])
    result = _rank(
        ctx,
        task,
        min_coverage=int(ctx.body.get("minCoverage") or 0),
        exclude=list(ctx.body.get("excludeAgentIds") or []),
    )
    result["candidates"] = result["candidates"][:1]
    best = result["bestMatch"]
    if best is None:
        return Result({"data": result})
    ctx.store.update("tasks", task["id"], {"assignee_id": best["agentId"], "updated_at": ctx.now})
    ctx.emit(
        "task.auto_assigned",
        "task",
        task["id"],
        f"{ctx.actor_name} auto-assigned task {task['identifier']} to {best['agentName']} "
        f"(score {best['score']}, coverage {best['coveragePercent']}%)",
        {
            "previousAssignee": task["assignee_id"],
            "newAssignee": best["agentId"],
            "score": best["score"],
            "coveragePercent": best["coveragePercent"],
            "matchedCapabilities": best["matchedCapabilities"],
        },
    )
    result["autoAssigned"] = True
    return Result({"data": result})


handlers = {
    "suggestAssignees": suggest_assignees,
    "listTaskCandidates": list_task_candidates,
    "autoAssignTask": auto_assign_task,
}
