"""Credits: spend, insufficient balance, budget limits, adjust, history, transfer."""

from __future__ import annotations

import uuid
from typing import Any

from .dsutil import API, Agent, Api, err, ok


def _ledger_total(rows: list[dict[str, Any]]) -> int:
    return sum(r["amount"] if r["type"] == "credit" else -r["amount"] for r in rows)


def _spend(api: Api, agent: Agent, amount: int, **extra: Any) -> Any:
    return api.post(
        f"{API}/credits/spend", as_=agent, json={"amount": amount, "reason": "r", **extra}
    )


def test_spend(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 100)
    tx = ok(_spend(api, agent, 30, triggerType="custom.test"), 201)["data"]
    assert tx["agentId"] == agent.id
    assert tx["type"] == "debit" and tx["amount"] == 30 and tx["balanceAfter"] == 70
    assert tx["reason"] == "r" and tx["triggerType"] == "custom.test"
    bal = ok(api.get(f"{API}/credits/balance", as_=agent), 200)["data"]
    assert bal == {"balance": 70, "budgetPeriodSpent": 30, "budgetPeriodLimit": None}
    assert api.balance(agent) == 70


def test_insufficient_balance(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 10)
    err(_spend(api, agent, 11), 400, "Insufficient balance")
    assert api.balance(agent) == 10
    assert ok(_spend(api, agent, 10), 201)["data"]["balanceAfter"] == 0
    err(_spend(api, agent, 1), 400, "Insufficient balance")
    rows = api.history(agent)
    assert len(rows) == 2 and _ledger_total(rows) == 0


def test_budget_limit(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 100)
    ok(_spend(api, agent, 30), 201)
    budget = ok(api.patch(f"{API}/agents/{agent.id}/budget", json={"budgetPeriodLimit": 40}), 200)
    assert budget["data"]["budgetPeriodLimit"] == 40 and budget["data"]["budgetPeriodSpent"] == 30
    err(_spend(api, agent, 20), 400, "Budget limit exceeded")
    assert api.balance(agent) == 70
    can = ok(api.get(f"{API}/agents/{agent.id}/budget/can-spend", params={"amount": 10}), 200)
    assert can["data"]["canSpend"] is True
    ok(_spend(api, agent, 10), 201)  # exactly reaches the limit
    err(_spend(api, agent, 1), 400, "Budget limit exceeded")
    can = ok(api.get(f"{API}/agents/{agent.id}/budget/can-spend", params={"amount": 1}), 200)
    assert can["data"]["canSpend"] is False
    status = ok(api.get(f"{API}/agents/{agent.id}/budget"), 200)["data"]
    assert status["currentBalance"] == 60
    assert status["budgetPeriodSpent"] == 40
    assert status["budgetRemaining"] == 0
    assert status["utilizationPercent"] == 100
    # resetting the period lets it spend again
    body = {"budgetPeriodLimit": 40, "resetCurrentPeriod": True}
    reset = ok(api.patch(f"{API}/agents/{agent.id}/budget", json=body), 200)["data"]
    assert reset["budgetPeriodSpent"] == 0
    ok(_spend(api, agent, 5), 201)


def test_zero_budget_limit_blocks_all_spending(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 10)
    ok(api.patch(f"{API}/agents/{agent.id}/budget", json={"budgetPeriodLimit": 0}), 200)
    err(_spend(api, agent, 1), 400, "Budget limit exceeded")
    assert api.balance(agent) == 10


def test_spend_with_unknown_source_task(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 10)
    resp = _spend(api, agent, 1, sourceTaskId=str(uuid.uuid4()))
    assert resp.status_code in (400, 404), resp.text  # never a 500
    assert api.balance(agent) == 10


def test_adjust(api: Api) -> None:
    agent, worker = api.register(), api.register()
    tx = api.fund(agent, 50)
    assert tx["type"] == "credit" and tx["amount"] == 50 and tx["balanceAfter"] == 50
    assert tx["reason"] == "[Admin] test funding"
    assert tx["triggerType"] == "admin_adjustment"
    body = {"agentId": agent.id, "amount": 51, "type": "debit", "reason": "too much"}
    err(
        api.post(f"{API}/credits/adjust", json=body),
        400,
        "Adjustment would result in negative balance",
    )
    body["amount"] = 20
    assert ok(api.post(f"{API}/credits/adjust", json=body), 201)["data"]["balanceAfter"] == 30
    err(
        api.post(f"{API}/credits/adjust", as_=worker, json=body),
        403,
        "Requires one of roles: hr, admin",
    )
    body["agentId"] = str(uuid.uuid4())
    err(api.post(f"{API}/credits/adjust", json=body), 404)
    assert api.balance(agent) == 30


def test_history_pagination(api: Api) -> None:
    agent = api.register()
    api.fund(agent, 100)
    for amount in range(1, 6):
        ok(_spend(api, agent, amount), 201)
    page = ok(api.get(f"{API}/credits/history", as_=agent, params={"limit": 2, "offset": 1}), 200)
    assert page["meta"] == {"total": 6, "limit": 2, "offset": 1}
    assert [r["amount"] for r in page["data"]] == [4, 3]  # newest first
    rows = api.history(agent)
    assert [r["amount"] for r in rows] == [5, 4, 3, 2, 1, 100]
    assert [r["balanceAfter"] for r in rows] == [85, 90, 94, 97, 99, 100]
    assert all(r["agentId"] == agent.id for r in rows)


def test_transfer_to_child(api: Api) -> None:
    parent = api.register(level=5)
    api.fund(parent, 100)
    child = api.spawn(parent)
    body = {"toAgentId": child.id, "amount": 40, "reason": "allowance"}
    tx = ok(api.post(f"{API}/agents/credits/transfer", as_=parent, json=body), 201)["data"]
    assert tx["agentId"] == parent.id
    assert tx["type"] == "debit" and tx["amount"] == 40 and tx["balanceAfter"] == 60
    assert api.balance(parent) == 60
    assert api.balance(child) == 40
    p_rows, c_rows = api.history(parent), api.history(child)
    assert p_rows[0]["id"] == tx["id"]
    assert (c_rows[0]["type"], c_rows[0]["amount"], c_rows[0]["balanceAfter"]) == ("credit", 40, 40)
    assert len(c_rows) == 1
    assert _ledger_total(p_rows) == 60 and _ledger_total(c_rows) == 40


def test_transfer_to_sibling_and_not_to_parent(api: Api) -> None:
    parent = api.register(level=5)
    a, b = api.spawn(parent), api.spawn(parent)
    api.fund(a, 20)
    ok(
        api.post(f"{API}/agents/credits/transfer", as_=a, json={"toAgentId": b.id, "amount": 5}),
        201,
    )
    assert (api.balance(a), api.balance(b)) == (15, 5)
    resp = api.post(
        f"{API}/agents/credits/transfer", as_=a, json={"toAgentId": parent.id, "amount": 5}
    )
    err(resp, 403, "Can only transfer credits to children or sibling agents")
    assert (api.balance(a), api.balance(parent)) == (15, 0)


def test_transfer_to_stranger(api: Api, founder: Agent) -> None:
    sender, stranger = api.register(level=9), api.register(level=5)
    api.fund(sender, 100)
    before = len(api.history(sender))
    resp = api.post(
        f"{API}/agents/credits/transfer", as_=sender, json={"toAgentId": stranger.id, "amount": 10}
    )
    err(resp, 403, "Can only transfer credits to children or sibling agents")
    assert (api.balance(sender), api.balance(stranger)) == (100, 0)
    assert len(api.history(sender)) == before
    # a level-10 agent may transfer to anyone
    start = api.balance(founder)
    resp = api.post(
        f"{API}/agents/credits/transfer", as_=founder, json={"toAgentId": stranger.id, "amount": 10}
    )
    assert ok(resp, 201)["data"]["balanceAfter"] == start - 10
    assert api.balance(stranger) == 10 and api.balance(founder) == start - 10


def test_transfer_insufficient_moves_nothing(api: Api) -> None:
    parent = api.register(level=5)
    api.fund(parent, 60)
    child = api.spawn(parent)
    p_before, c_before = api.history(parent), api.history(child)
    body = {"toAgentId": child.id, "amount": 1000, "reason": "too much"}
    err(
        api.post(f"{API}/agents/credits/transfer", as_=parent, json=body),
        400,
        "Insufficient balance (60 < 1000)",
    )
    assert (api.balance(parent), api.balance(child)) == (60, 0)
    assert api.history(parent) == p_before and api.history(child) == c_before


def test_transfer_bad_amount_and_target(api: Api) -> None:
    parent = api.register(level=5)
    api.fund(parent, 10)
    child = api.spawn(parent)
    for amount in (0, -5):
        resp = api.post(
            f"{API}/agents/credits/transfer",
            as_=parent,
            json={"toAgentId": child.id, "amount": amount},
        )
        err(resp, 400)
    resp = api.post(
        f"{API}/agents/credits/transfer",
        as_=parent,
        json={"toAgentId": str(uuid.uuid4()), "amount": 1},
    )
    err(resp, 404, "Target agent not found")
    assert (api.balance(parent), api.balance(child)) == (10, 0)
