"""Budget alerts at 80 % and the credit analytics reads, each over its own organisation's data
(every module has its own server, so the totals below are exact)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .dsutil import API, Agent, Api, err, ok


def _spend(api: Api, agent: Agent, amount: int, trigger: str | None = None) -> None:
    body: dict[str, Any] = {"amount": amount, "reason": "work"}
    if trigger:
        body["triggerType"] = trigger
    ok(api.post(f"{API}/credits/spend", as_=agent, json=body), 201)


def _limit(api: Api, owner: Agent, agent: Agent, limit: int) -> None:
    ok(
        api.patch(f"{API}/agents/{agent.id}/budget", as_=owner, json={"budgetPeriodLimit": limit}),
        200,
    )


def test_budget_alerts_at_80_percent(api: Api, founder: Agent) -> None:
    boss = api.register(level=10)
    near = api.spawn(boss)
    under = api.spawn(boss)
    for agent in (near, under):
        api.fund(agent, 500)
    _limit(api, boss, near, 100)
    _limit(api, boss, under, 100)
    _spend(api, near, 85)
    _spend(api, under, 79)
    alerts = ok(api.get(f"{API}/agents/budget/alerts"), 200)["data"]
    mine = {a["agentId"]: a for a in alerts}
    assert near.id in mine and under.id not in mine
    assert mine[near.id].pop("budgetPeriodStart") is not None  # the period started with the spend
    assert mine[near.id] == {
        "agentId": near.id,
        "currentBalance": 415,
        "budgetPeriodLimit": 100,
        "budgetPeriodSpent": 85,
        "budgetRemaining": 15,
        "utilizationPercent": 85,
    }
    _spend(api, under, 1)  # exactly 80 %
    alerts = ok(api.get(f"{API}/agents/budget/alerts"), 200)["data"]
    assert [a["agentId"] for a in alerts][:2] == [near.id, under.id]


def test_stats_trends_agents_triggers_and_top_spenders(api: Api) -> None:
    before = ok(api.get(f"{API}/credits/analytics/stats"), 200)["data"]
    agent = api.register(name="Spender")
    api.fund(agent, 300)
    _spend(api, agent, 40, "model.opus")
    _spend(api, agent, 20, "model.opus")
    after = ok(api.get(f"{API}/credits/analytics/stats"), 200)["data"]
    assert after["totalAgents"] == before["totalAgents"] + 1
    assert after["totalTransactions"] == before["totalTransactions"] + 3
    assert after["totalEarned"] == before["totalEarned"] + 300
    assert after["totalSpent"] == before["totalSpent"] + 60
    assert after["totalBalance"] == before["totalBalance"] + 240

    today = datetime.now(UTC).strftime("%Y-%m-%dT00:00:00.000Z")
    trend = ok(
        api.get(f"{API}/credits/analytics/trends", params={"days": 1, "agentId": agent.id}), 200
    )["data"]
    assert trend == [{"date": today, "credits": 300, "debits": 60, "net": 240}]

    summaries = ok(api.get(f"{API}/credits/analytics/agents"), 200)["data"]
    mine = next(s for s in summaries if s["agentId"] == agent.id)
    assert mine["agentName"] == "Spender" and mine["currentBalance"] == 240
    assert (mine["totalEarned"], mine["totalSpent"], mine["transactionCount"]) == (300, 60, 3)
    assert mine["avgTransactionSize"] == 120 and mine["lastActivity"] is not None
    spent = [s["totalSpent"] for s in summaries]
    assert spent == sorted(spent, reverse=True)

    triggers = ok(
        api.get(f"{API}/credits/analytics/triggers", params={"type": "debit", "days": 30}), 200
    )["data"]
    opus = next(t for t in triggers if t["triggerType"] == "model.opus")
    assert opus == {"triggerType": "model.opus", "count": 2, "totalAmount": 60, "avgAmount": 30}
    everything = ok(api.get(f"{API}/credits/analytics/triggers"), 200)["data"]
    assert any(t["triggerType"] == "admin_adjustment" for t in everything)

    top = ok(api.get(f"{API}/credits/analytics/top-spenders", params={"limit": 50}), 200)["data"]
    assert {"agentId": agent.id, "agentName": "Spender", "totalSpent": 60} in top
    assert (
        len(ok(api.get(f"{API}/credits/analytics/top-spenders", params={"limit": 1}), 200)["data"])
        == 1
    )


def test_credit_alerts(api: Api) -> None:
    poor = api.register(name="Poor")
    api.fund(poor, 15)
    rich = api.register(name="Busy")
    api.fund(rich, 5000)
    _spend(api, rich, 1200)
    alerts = ok(api.get(f"{API}/credits/analytics/alerts"), 200)["data"]
    by = {(a["agentId"], a["alertType"]): a for a in alerts}
    low = by[(poor.id, "low_balance")]
    assert low["severity"] == "critical" and low["value"] == 15 and low["threshold"] == 100
    assert low["message"] == "Balance critically low: 15 credits"
    fast = by[(rich.id, "high_velocity")]
    assert fast["severity"] == "critical" and fast["value"] == 1200 and fast["threshold"] == 500
    severities = [a["severity"] for a in alerts]
    assert severities == sorted(severities, key=lambda s: s != "critical")


def test_analytics_parameters_are_validated(api: Api) -> None:
    err(api.get(f"{API}/credits/analytics/trends", params={"days": "abc"}), 400)
    err(api.get(f"{API}/credits/analytics/trends", params={"days": 0}), 400)
    err(api.get(f"{API}/credits/analytics/top-spenders", params={"limit": "x"}), 400)
    err(api.get(f"{API}/credits/analytics/triggers", params={"type": "CREDIT"}), 400)
    err(api.get(f"{API}/credits/analytics/trends", params={"agentId": "nope"}), 400)
