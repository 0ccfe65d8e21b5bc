"""Budget alerts: the active agents that have used at least 80 % of their period limit."""

from __future__ import annotations

from . import views
from .context import Ctx, Result

__all__ = ["ALERT_THRESHOLD_PERCENT", "handlers"]

ALERT_THRESHOLD_PERCENT = 80


def list_budget_alerts(ctx: Ctx) -> Result:
    rows = ctx.store.all(
        "SELECT * FROM agents WHERE org_id = ? AND deleted_at IS NULL AND status = 'active' "
        "AND budget_period_limit > 0",
        (ctx.org_id,),
    )
    alerts = []
    for row in rows:
        limit = int(row["budget_period_limit"])
        spent = views.effective_period_spent(row)
        if spent * 100 >= ALERT_THRESHOLD_PERCENT * limit:
            status = views.budget_status(row)
            # upstream reports what is left even when the limit was lowered below the spending
            status["budgetRemaining"] = limit - spent
            alerts.append(status)
    alerts.sort(key=lambda s: -int(s["utilizationPercent"] or 0))
    return Result({"data": alerts})


handlers = {"listBudgetAlerts": list_budget_alerts}
