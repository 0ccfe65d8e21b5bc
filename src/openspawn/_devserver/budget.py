"""Agent budgets: get, set, can-spend."""

from __future__ import annotations

from . import views
from .context import Ctx, Result
from .errors import ApiError

__all__ = ["handlers"]


def get_agent_budget(ctx: Ctx) -> Result:
    row = ctx.require_agent(ctx.params["id"])
    return Result({"data": views.budget_status(row)})


def set_agent_budget(ctx: Ctx) -> Result:
    target = ctx.require_agent(ctx.params["id"], "Target agent not found")
    if not (target["parent_id"] == ctx.actor_id or int(ctx.actor["level"]) == 10):
        raise ApiError(403, "Only parent agent or L10 can set budgets")
    changes: dict[str, object] = {"updated_at": ctx.now}
    if "budgetPeriodLimit" in ctx.body:
        limit = ctx.body["budgetPeriodLimit"]
        if limit is not None and int(limit) < 0:
            raise ApiError(400, "Budget limit cannot be negative")
        changes["budget_period_limit"] = limit
    if ctx.body.get("resetCurrentPeriod"):
        changes["budget_period_spent"] = 0
        changes["budget_period_start"] = ctx.now
    ctx.store.update("agents", target["id"], changes)
    row = ctx.require_agent(target["id"])
    limit_text = (
        "unlimited" if row["budget_period_limit"] is None else str(row["budget_period_limit"])
    )
    ctx.emit(
        "agent.budget_set",
        "agent",
        row["id"],
        f"{ctx.actor_name} set the budget of {row['agent_id']} to {limit_text}",
        {
            "budgetPeriodLimit": row["budget_period_limit"],
            "resetCurrentPeriod": bool(ctx.body.get("resetCurrentPeriod")),
        },
    )
    return Result({"data": views.budget_status(row)})


def can_agent_spend(ctx: Ctx) -> Result:
    row = ctx.agent(ctx.params["id"].lower())
    if row is None:  # documented: never a 404
        return Result(
            {
                "data": {
                    "canSpend": False,
                    "reason": "Agent not found",
                    "currentBalance": 0,
                    "budgetRemaining": None,
                }
            }
        )
    amount = int(ctx.query.get("amount") or 0)
    status = views.budget_status(row)
    balance = int(row["current_balance"])
    limit = row["budget_period_limit"]
    spent = views.effective_period_spent(row)
    data: dict[str, object] = {
        "canSpend": True,
        "currentBalance": balance,
        "budgetRemaining": status["budgetRemaining"],
    }
    if balance < amount:
        data.update(canSpend=False, reason="Insufficient balance")
    elif limit is not None and spent + amount > int(limit):
        data.update(canSpend=False, reason="Budget limit exceeded")
    return Result({"data": data})


handlers = {
    "getAgentBudget": get_agent_budget,
    "setAgentBudget": set_agent_budget,
    "canAgentSpend": can_agent_spend,
}
