"""API-key authentication and the public health endpoint."""

from __future__ import annotations

import time
from typing import Any

from .dsutil import API, Agent, Api, assert_401, new_nonce, ok


def test_health_needs_no_auth(api: Api) -> None:
    body = ok(api.get("/health", as_=None), 200)
    assert body["status"] == "ok"
    assert isinstance(body["timestamp"], str) and body["timestamp"]


def test_valid_api_key_works(api: Api, server: Any) -> None:
    body = ok(api.get(f"{API}/agents"), 200)
    slugs = {a["agentId"] for a in body["data"]}
    assert {"talent", "founder"} <= slugs


def test_credentials_file_shape(server: Any) -> None:
    creds = server.credentials
    assert creds["base_url"] == server.base_url
    assert creds["base_url"].startswith("http://127.0.0.1:")
    assert creds["api_key"] == server.api_key
    assert server.api_key.startswith("osp_")
    by_role = {a["role"]: a for a in creds["agents"]}
    assert by_role["hr"]["agent_id"] == "talent"
    assert by_role["founder"]["agent_id"] == "founder"
    for a in creds["agents"]:
        assert a["level"] == 10
        assert len(a["secret"]) == 64 and int(a["secret"], 16) >= 0
        assert a["secret"] == a["secret"].lower()


def test_seeded_agents_have_ten_thousand_credits_and_a_ledger_row(
    api: Api, hr: Agent, founder: Agent
) -> None:
    for agent in (hr, founder):
        assert api.balance(agent) == 10_000
        rows = api.history(agent)
        assert any(r["type"] == "credit" and r["amount"] == 10_000 for r in rows), rows
        credits = sum(r["amount"] for r in rows if r["type"] == "credit")
        debits = sum(r["amount"] for r in rows if r["type"] == "debit")
        assert credits - debits == api.balance(agent)


def test_api_key_acts_as_the_hr_agent(api: Api, hr: Agent) -> None:
    own = ok(api.get(f"{API}/credits/balance", as_=hr), 200)["data"]
    via_key = ok(api.get(f"{API}/credits/balance"), 200)["data"]
    assert via_key == own
    task = api.task(title="created with the key")
    assert task["creatorId"] == hr.id


def test_bad_api_key_is_rejected(api: Api) -> None:
    assert_401(
        api.get(f"{API}/agents", as_=None, headers={"Authorization": "Bearer osp_" + "0" * 64})
    )
    assert_401(
        api.get(f"{API}/agents", as_=None, headers={"Authorization": f"Bearer {api.api_key}x"})
    )


def test_other_schemes_are_rejected(api: Api) -> None:
    for value in (
        f"ApiKey {api.api_key}",
        f"bearer {api.api_key}",
        "Bearer some.jwt.token",
        api.api_key,
    ):
        assert_401(api.get(f"{API}/agents", as_=None, headers={"Authorization": value}))


def test_no_auth_is_rejected(api: Api) -> None:
    assert_401(api.get(f"{API}/agents", as_=None))
    assert_401(api.post(f"{API}/tasks", as_=None, json={"title": "anon"}))
    assert_401(api.get(f"{API}/events", as_=None))


def test_api_key_wins_over_hmac_headers(api: Api, hr: Agent) -> None:
    garbage = {
        "X-Agent-Id": "nobody",
        "X-Timestamp": str(int(time.time()) - 9999),
        "X-Nonce": new_nonce(),
        "X-Signature": "00" * 32,
    }
    ok(api.get(f"{API}/agents/{hr.id}", headers=garbage), 200)


def test_unknown_route_is_404_even_without_auth(api: Api) -> None:
    body = ok(api.get(f"{API}/nope", as_=None), 404)
    assert body == {"error": "Cannot GET /api/v1/nope", "code": "Not Found"}
