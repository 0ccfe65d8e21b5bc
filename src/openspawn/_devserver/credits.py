"""Credits: balance, spend, history, transfer, adjust."""

from __future__ import annotations

from typing import Any

from . import ledger, views
from .context import Ctx, Result
from .errors import ApiError

__all__ = ["handlers"]


def get_credit_balance(ctx: Ctx) -> Result:
    actor = ctx.fresh_actor()
    return Result(
        {
            "data": {
                "balance": actor["current_balance"],
                "budgetPeriodSpent": views.effective_period_spent(actor),
                "budgetPeriodLimit": actor["budget_period_limit"],
            }
        }
    )


def spend_credits(ctx: Ctx) -> Result:
    actor = ctx.fresh_actor()
    body = ctx.body
    amount = int(body["amount"])
    source_task_id = body.get("sourceTaskId")
    if source_task_id is not None:
        source_task_id = ctx.require_task(str(source_task_id).lower())["id"]
    source_agent_id = body.get("sourceAgentId")
    if source_agent_id is not None:
        source_agent_id = ctx.require_agent(str(source_agent_id).lower(), "Source agent not found")[
            "id"
        ]
    if int(actor["current_balance"]) < amount:
        raise ApiError(400, "Insufficient balance")
    spent = views.effective_period_spent(actor)
    limit = actor["budget_period_limit"]
    if limit is not None and spent + amount > int(limit):
        raise ApiError(400, "Budget limit exceeded")
    period_start = actor["budget_period_start"]
    if spent == 0 and int(actor["budget_period_spent"]) != 0:
        period_start = None  # the daily reset happened: a new period starts now
    ctx.store.update(
        "agents",
        actor["id"],
        {"budget_period_spent": spent + amount, "budget_period_start": period_start or ctx.now},
    )
    row = ledger.post(
        ctx.store,
        org_id=ctx.org_id,
        agent_id=actor["id"],
        kind="debit",
        amount=amount,
        reason=body["reason"],
        now=ctx.now,
        trigger_type=body.get("triggerType"),
        source_task_id=source_task_id,
        source_agent_id=source_agent_id,
    )
    ctx.emit(
        "credits.spent",
        "agent",
        actor["id"],
        f"{ctx.actor_name} spent {amount} credits: {body['reason']}",
        {"amount": amount, "transactionId": row["id"], "balanceAfter": row["balance_after"]},
    )
    return Result({"data": views.credit_transaction(row)})


def list_credit_history(ctx: Ctx) -> Result:
    limit = ctx.query.get("limit") or 50
    offset = ctx.query.get("offset") or 0
    total = int(
        ctx.store.scalar(
            "SELECT COUNT(*) FROM credit_transactions WHERE agent_id = ?", (ctx.actor_id,)
        )
    )
    rows = ctx.store.all(
        "SELECT * FROM credit_transactions WHERE agent_id = ? "
        "ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
        (ctx.actor_id, int(limit), int(offset)),
    )
    return Result(
        {
            "data": [views.credit_transaction(r) for r in rows],
            "meta": {"total": total, "limit": int(limit), "offset": int(offset)},
        }
    )


def transfer_credits(ctx: Ctx) -> Result:
    sender = ctx.fresh_actor()
    body = ctx.body
    target = ctx.require_agent(str(body["toAgentId"]).lower(), "Target agent not found")
    amount = int(body["amount"])
    if amount <= 0:
        raise ApiError(400, "Transfer amount must be positive")
    if target["id"] == sender["id"]:
        raise ApiError(400, "Cannot transfer credits to yourself")
    is_child = target["parent_id"] == sender["id"]
    is_sibling = sender["parent_id"] is not None and target["parent_id"] == sender["parent_id"]
    if not (is_child or is_sibling or int(sender["level"]) == 10):
        raise ApiError(403, "Can only transfer credits to children or sibling agents")
    balance = int(sender["current_balance"])
    if balance < amount:
        raise ApiError(400, f"Insufficient balance ({balance} < {amount})")
    reason = body.get("reason") or f"Transfer to {target['agent_id']}"
    meta: dict[str, Any] = {"fromAgentId": sender["id"], "toAgentId": target["id"]}
    debit = ledger.post(
        ctx.store,
        org_id=ctx.org_id,
        agent_id=sender["id"],
        kind="debit",
        amount=amount,
        reason=reason,
        now=ctx.now,
        trigger_type="credits.transfer",
        source_agent_id=target["id"],
        metadata=meta,
    )
    ledger.post(
        ctx.store,
        org_id=ctx.org_id,
        agent_id=target["id"],
        kind="credit",
        amount=amount,
        reason=body.get("reason") or f"Transfer from {sender['agent_id']}",
        now=ctx.now,
        trigger_type="credits.transfer",
        source_agent_id=sender["id"],
        metadata=meta,
    )
    ctx.emit(
        "credits.transferred",
        "agent",
        target["id"],
        f"{ctx.actor_name} transferred {amount} credits to {target['agent_id']}: {reason}",
        {
            "fromAgentId": sender["id"],
            "toAgentId": target["id"],
            "amount": amount,
            "reason": reason,
        },
    )
    return Result({"data": views.credit_transaction(debit)})


def adjust_credits(ctx: Ctx) -> Result:
    if ctx.actor["role"] not in ("hr", "admin"):
        raise ApiError(403, "Requires one of roles: hr, admin")
    body = ctx.body
    target = ctx.require_agent(str(body["agentId"]).lower())
    amount = int(body["amount"])
    kind = body["type"]
    row = ledger.post(
        ctx.store,
        org_id=ctx.org_id,
        agent_id=target["id"],
        kind=kind,
        amount=amount,
        reason="[Admin] " + body["reason"],
        now=ctx.now,
        trigger_type="admin_adjustment",
        source_agent_id=ctx.actor_id,
        insufficient_message="Adjustment would result in negative balance",
    )
    verb = "credited" if kind == "credit" else "debited"
    ctx.emit(
        "credit.adjusted",
        "agent",
        target["id"],
        f"{ctx.actor_name} {verb} {amount} credits to {target['agent_id']}: {body['reason']}",
        {"type": kind, "amount": amount, "reason": body["reason"], "transactionId": row["id"]},
    )
    return Result({"data": views.credit_transaction(row)})


handlers = {
    "getCreditBalance": get_credit_balance,
    "spendCredits": spend_credits,
    "listCreditHistory": list_credit_history,
    "transferCredits": transfer_credits,
    "adjustCredits": adjust_credits,
}
