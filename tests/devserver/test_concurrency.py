"""200 concurrent signed spends and transfers: no 5xx, no lost update, ledger == balance."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from typing import Any

import httpx2

from .dsutil import API, Agent, Api, js_json, signed_headers


def _ledger_total(rows: list[dict[str, Any]]) -> int:
    return sum(r["amount"] if r["type"] == "credit" else -r["amount"] for r in rows)


def _assert_debit_chain(rows: list[dict[str, Any]], start: int) -> None:
    """For an account with only debits after `start`, the balances must form an exact chain."""
    debits = sorted((r for r in rows if r["type"] == "debit"), key=lambda r: -r["balanceAfter"])
    running = start
    for r in debits:
        running -= r["amount"]
        assert r["balanceAfter"] == running, (r, running)


def test_concurrent_spends_and_transfers(api: Api) -> None:
    parent = api.register(level=5)
    api.fund(parent, 1000)
    c1, c2 = api.spawn(parent), api.spawn(parent)
    api.fund(c1, 100)

    ops: list[tuple[str, Agent, str, dict[str, Any]]] = []
    ops += [("p-spend", parent, f"{API}/credits/spend", {"amount": 3, "reason": "load"})] * 80
    ops += [
        ("p->c1", parent, f"{API}/agents/credits/transfer", {"toAgentId": c1.id, "amount": 2})
    ] * 40
    ops += [
        ("c1->c2", c1, f"{API}/agents/credits/transfer", {"toAgentId": c2.id, "amount": 1})
    ] * 40
    ops += [("c2-spend", c2, f"{API}/credits/spend", {"amount": 1, "reason": "load"})] * 40
    random.Random(1234).shuffle(ops)

    async def one(
        client: httpx2.AsyncClient, op: tuple[str, Agent, str, dict[str, Any]]
    ) -> tuple[str, httpx2.Response]:
        kind, agent, path, body = op
        raw = js_json(body)
        headers = signed_headers(agent, "POST", path, raw)
        headers["Content-Type"] = "application/json"
        return kind, await client.post(path, content=raw.encode(), headers=headers)

    async def run() -> list[tuple[str, httpx2.Response]]:
        limits = httpx2.Limits(max_connections=200, max_keepalive_connections=200)
        async with httpx2.AsyncClient(base_url=api.base_url, timeout=120, limits=limits) as client:
            return await asyncio.gather(*(one(client, op) for op in ops))

    results = asyncio.run(run())
    statuses = Counter((kind, r.status_code) for kind, r in results)
    assert all(r.status_code < 500 for _, r in results), statuses
    for kind, r in results:
        if kind == "c2-spend":
            assert r.status_code in (201, 400), (r.status_code, r.text)
            if r.status_code == 400:
                assert r.json()["error"] == "Insufficient balance", r.text
        else:
            assert r.status_code == 201, (kind, r.status_code, r.text)

    c2_spent = statuses[("c2-spend", 201)]
    assert api.balance(parent) == 1000 - 80 * 3 - 40 * 2
    assert api.balance(c1) == 100 + 40 * 2 - 40
    assert api.balance(c2) == 40 - c2_spent

    for agent in (parent, c1, c2):
        rows = api.history(agent)
        assert _ledger_total(rows) == api.balance(agent), agent
        assert len({r["id"] for r in rows}) == len(rows)
    p_rows = api.history(parent)
    assert len(p_rows) == 1 + 80 + 40
    _assert_debit_chain(p_rows, 1000)
    # every acknowledged transaction is in the ledger
    acked = {
        r.json()["data"]["id"]
        for kind, r in results
        if kind.startswith("p") and r.status_code == 201
    }
    assert acked <= {r["id"] for r in p_rows}
    c2_rows = api.history(c2)
    assert Counter(r["type"] for r in c2_rows) == Counter({"credit": 40, "debit": c2_spent})
