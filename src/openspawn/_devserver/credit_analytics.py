"""Credit analytics: org totals, daily trends, per-agent summaries, trigger breakdown, alerts
and top spenders, over the ledger of the caller's organisation. Unlike upstream (which compares
the entry type with upper-case values and so reports 0 earned and 0 spent) the sums are real."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .context import Ctx, Result
from .timeutil import to_iso
from .views import effective_period_spent

__all__ = ["handlers"]

LOW_BALANCE = 100
CRITICAL_BALANCE = 20
HIGH_VELOCITY = 500  # credits spent in the last hour
CRITICAL_VELOCITY = 1000

_SUMS = (
    "COUNT(*) AS n, "
    "COALESCE(SUM(CASE WHEN type = 'credit' THEN amount ELSE 0 END), 0) AS earned, "
    "COALESCE(SUM(CASE WHEN type = 'debit' THEN amount ELSE 0 END), 0) AS spent"
)


def _js_round(value: float) -> int:
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def _since(days: int, *, from_midnight: bool = False) -> str:
    start = datetime.now(UTC) - timedelta(days=days)
    if from_midnight:
        start = start.replace(hour=0, minute=0, second=0, microsecond=0)
    return to_iso(start)


def get_credit_stats(ctx: Ctx) -> Result:
    agents = ctx.store.one(
        "SELECT COUNT(*) AS total, COALESCE(SUM(status = 'active'), 0) AS active, "
        "COALESCE(SUM(current_balance), 0) AS balance FROM agents "
        "WHERE org_id = ? AND deleted_at IS NULL",
        (ctx.org_id,),
    )
    ledger = ctx.store.one(
        f"SELECT {_SUMS} FROM credit_transactions WHERE org_id = ?", (ctx.org_id,)
    )
    assert agents is not None and ledger is not None
    total = int(agents["total"])
    balance = int(agents["balance"])
    return Result(
        {
            "data": {
                "totalAgents": total,
                "activeAgents": int(agents["active"]),
                "totalBalance": balance,
                "totalTransactions": int(ledger["n"]),
                "totalEarned": int(ledger["earned"]),
                "totalSpent": int(ledger["spent"]),
                "avgBalance": _js_round(balance / total) if total else 0,
            }
        }
    )


def get_credit_trends(ctx: Ctx) -> Result:
    days = int(ctx.query.get("days") or 30)
    sql = (
        "SELECT substr(created_at, 1, 10) AS day, "
        "COALESCE(SUM(CASE WHEN type = 'credit' THEN amount ELSE 0 END), 0) AS credits, "
        "COALESCE(SUM(CASE WHEN type = 'debit' THEN amount ELSE 0 END), 0) AS debits "
        "FROM credit_transactions WHERE org_id = ? AND created_at >= ?"
    )
    params: list[Any] = [ctx.org_id, _since(days, from_midnight=True)]
    agent_id = ctx.query.get("agentId")
    if agent_id:
        sql += " AND agent_id = ?"
        params.append(str(agent_id).lower())
    rows = ctx.store.all(sql + " GROUP BY day ORDER BY day ASC", params)
    return Result(
        {
            "data": [
                {
                    "date": f"{r['day']}T00:00:00.000Z",
                    "credits": int(r["credits"]),
                    "debits": int(r["debits"]),
                    "net": int(r["credits"]) - int(r["debits"]),
                }
                for r in rows
            ]
        }
    )


def list_agent_spending(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        f"SELECT a.*, {_SUMS.replace('type', 't.type').replace('amount', 't.amount')}, "
        "MAX(t.created_at) AS last FROM agents a "
        "LEFT JOIN credit_transactions t ON t.agent_id = a.id "
        "WHERE a.org_id = ? AND a.deleted_at IS NULL AND a.status = 'active' "
        "GROUP BY a.id ORDER BY a.created_at ASC",
        (ctx.org_id,),
    )
    summaries = []
    for r in rows:
        count = int(r["n"]) if r["last"] is not None else 0
        earned, spent = int(r["earned"]), int(r["spent"])
        summaries.append(
            {
                "agentId": r["id"],
                "agentName": r["name"],
                "level": r["level"],
                "currentBalance": r["current_balance"],
                "totalEarned": earned,
                "totalSpent": spent,
                "transactionCount": count,
                "avgTransactionSize": _js_round((earned + spent) / count) if count else 0,
                "lastActivity": r["last"],
            }
        )
    summaries.sort(key=lambda s: -int(s["totalSpent"]))
    return Result({"data": summaries})


def get_credit_trigger_breakdown(ctx: Ctx) -> Result:
    days = int(ctx.query.get("days") or 30)
    sql = (
        "SELECT COALESCE(trigger_type, 'unknown') AS trigger, COUNT(*) AS n, "
        "SUM(amount) AS total FROM credit_transactions WHERE org_id = ? AND created_at >= ?"
    )
    params: list[Any] = [ctx.org_id, _since(days)]
    kind = ctx.query.get("type")
    if kind:
        sql += " AND type = ?"
        params.append(str(kind))
    rows = ctx.store.all(sql + " GROUP BY trigger_type ORDER BY total DESC, trigger ASC", params)
    return Result(
        {
            "data": [
                {
                    "triggerType": r["trigger"],
                    "count": int(r["n"]),
                    "totalAmount": int(r["total"]),
                    "avgAmount": _js_round(int(r["total"]) / int(r["n"])),
                }
                for r in rows
            ]
        }
    )


def _alert(row: Any, kind: str, message: str, severity: str, value: int, threshold: int) -> Any:
    return {
        "agentId": row["id"],
        "agentName": row["name"],
        "alertType": kind,
        "message": message,
        "severity": severity,
        "value": value,
        "threshold": threshold,
    }


def list_credit_alerts(ctx: Ctx) -> Result:
    hour_ago = to_iso(datetime.now(UTC) - timedelta(hours=1))
    rows = ctx.store.all(
        "SELECT a.*, (SELECT COALESCE(SUM(amount), 0) FROM credit_transactions t "
        "WHERE t.agent_id = a.id AND t.type = 'debit' AND t.created_at >= ?) AS hourly "
        "FROM agents a WHERE a.org_id = ? AND a.deleted_at IS NULL AND a.status = 'active' "
        "ORDER BY a.created_at ASC",
        (hour_ago, ctx.org_id),
    )
    alerts = []
    for r in rows:
        balance = int(r["current_balance"])
        if balance < LOW_BALANCE:
            alerts.append(
                _alert(
                    r,
                    "low_balance",
                    f"Balance critically low: {balance} credits",
                    "critical" if balance < CRITICAL_BALANCE else "warning",
                    balance,
                    LOW_BALANCE,
                )
            )
        limit = r["budget_period_limit"]
        spent = effective_period_spent(r)
        if limit and spent > int(limit):
            alerts.append(
                _alert(
                    r,
                    "budget_exceeded",
                    f"Budget exceeded: {spent}/{limit}",
                    "critical",
                    spent,
                    int(limit),
                )
            )
        hourly = int(r["hourly"])
        if hourly > HIGH_VELOCITY:
            alerts.append(
                _alert(
                    r,
                    "high_velocity",
                    f"High spending velocity: {hourly} credits in last hour",
                    "critical" if hourly > CRITICAL_VELOCITY else "warning",
                    hourly,
                    HIGH_VELOCITY,
                )
            )
    alerts.sort(key=lambda a: a["severity"] != "critical")  # stable: critical first
    return Result({"data": alerts})


def list_top_spenders(ctx: Ctx) -> Result:
    days = int(ctx.query.get("days") or 7)
    limit = int(ctx.query.get("limit") or 10)
    rows = ctx.store.all(
        "SELECT t.agent_id, COALESCE(a.name, 'Unknown') AS name, SUM(t.amount) AS spent "
        "FROM credit_transactions t LEFT JOIN agents a ON a.id = t.agent_id "
        "WHERE t.org_id = ? AND t.type = 'debit' AND t.created_at >= ? "
        "GROUP BY t.agent_id ORDER BY spent DESC, t.agent_id ASC LIMIT ?",
        (ctx.org_id, _since(days), limit),
    )
    return Result(
        {
            "data": [
                {"agentId": r["agent_id"], "agentName": r["name"], "totalSpent": int(r["spent"])}
                for r in rows
            ]
        }
    )


handlers = {
    "getCreditStats": get_credit_stats,
    "getCreditTrends": get_credit_trends,
    "listAgentSpending": list_agent_spending,
    "getCreditTriggerBreakdown": get_credit_trigger_breakdown,
    "listCreditAlerts": list_credit_alerts,
    "listTopSpenders": list_top_spenders,
}
