"""Authentication rules (upstream-api.md section 1.3) against the in-process app."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

import pytest

from openspawn._devserver.validation import ResponseMismatch

from .conftest import Server

UNAUTHORIZED = {"error": "Unauthorized", "code": "UNAUTHORIZED"}


def _sign(secret: str, method: str, path: str, ts: str, nonce: str, body: str) -> str:
    message = f"{method}{path}{ts}{nonce}{body}".encode()
    return hmac.new(bytes.fromhex(secret), message, hashlib.sha256).hexdigest()


async def _get(server: Server, *, ts: str | None = None, nonce: str | None = None, **kw: str):  # type: ignore[no-untyped-def]
    agent = server.credentials.agents[0]
    ts = ts or str(int(time.time()))
    nonce = nonce or secrets.token_hex(32)
    sig = kw.get("sig") or _sign(agent["secret"], "GET", "/api/v1/agents", ts, nonce, "")
    headers = {
        "X-Agent-Id": agent["agent_id"],
        "X-Timestamp": ts,
        "X-Nonce": nonce,
        "X-Signature": sig,
    }
    return await server.client.get("/api/v1/agents", headers=headers)


async def test_valid_signature(server: Server) -> None:
    assert (await _get(server)).status_code == 200


@pytest.mark.parametrize(
    "ts",
    [
        lambda: str(int(time.time()) - 301),
        lambda: str(int(time.time()) + 301),
        lambda: "abc",
        lambda: f"{int(time.time())}.5",
        lambda: str(int(time.time() * 1000)),
    ],
)
async def test_bad_timestamps(server: Server, ts) -> None:  # type: ignore[no-untyped-def]
    response = await _get(server, ts=ts())
    assert response.status_code == 401 and response.json() == UNAUTHORIZED


async def test_window_edge_is_accepted(server: Server) -> None:
    assert (await _get(server, ts=str(int(time.time()) - 299))).status_code == 200


async def test_nonce_is_single_use_and_only_consumed_by_valid_signatures(server: Server) -> None:
    nonce = secrets.token_hex(32)
    bad = await _get(server, nonce=nonce, sig="0" * 64)
    assert bad.status_code == 401
    assert (await _get(server, nonce=nonce)).status_code == 200
    replay = await _get(server, nonce=nonce)
    assert replay.status_code == 401 and replay.json() == UNAUTHORIZED
    assert (await _get(server, nonce="n" * 65)).status_code == 401


async def test_uppercase_signature_is_rejected(server: Server) -> None:
    agent = server.credentials.agents[0]
    ts, nonce = str(int(time.time())), secrets.token_hex(32)
    sig = _sign(agent["secret"], "GET", "/api/v1/agents", ts, nonce, "").upper()
    assert (await _get(server, ts=ts, nonce=nonce, sig=sig)).status_code == 401


async def test_api_key_wins_over_bad_hmac_headers(server: Server) -> None:
    headers = {
        "Authorization": f"Bearer {server.credentials.api_key}",
        "X-Agent-Id": "talent",
        "X-Signature": "bad",
    }
    assert (await server.client.get("/api/v1/agents", headers=headers)).status_code == 200
    wrong = {"Authorization": "Bearer osp_" + "0" * 64}
    assert (await server.client.get("/api/v1/agents", headers=wrong)).status_code == 401
    jwt = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"}
    assert (await server.client.get("/api/v1/agents", headers=jwt)).status_code == 401


async def test_body_is_signed_as_js_json(server: Server) -> None:
    agent = server.credentials.agents[0]
    ts, nonce = str(int(time.time())), secrets.token_hex(32)
    sent = b'{ "title" : "caf\\u00e9", "metadata": {"estimatedCredits": 10.0}, "2": 1 }'
    # what Node's JSON.stringify(JSON.parse(sent)) prints; the "2" key fails validation,
    # but only after authentication succeeded (400, not 401)
    canonical = '{"2":1,"title":"café","metadata":{"estimatedCredits":10}}'
    sig = _sign(agent["secret"], "POST", "/api/v1/tasks", ts, nonce, canonical)
    headers = {
        "X-Agent-Id": agent["agent_id"],
        "X-Timestamp": ts,
        "X-Nonce": nonce,
        "X-Signature": sig,
        "Content-Type": "application/json",
    }
    response = await server.client.post("/api/v1/tasks", content=sent, headers=headers)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == ["property 2 should not exist"]


async def test_bodyless_post_signs_empty_object_and_delete_signs_nothing(server: Server) -> None:
    hr = server.hr
    spawned = (await hr.post("/api/v1/agents/spawn", {"name": "Tmp"})).json()["data"]
    agent = server.credentials.agents[0]
    ts, nonce = str(int(time.time())), secrets.token_hex(32)
    path = f"/api/v1/agents/{spawned['id']}/activate"
    sig = _sign(agent["secret"], "POST", path, ts, nonce, "")  # wrong: must sign "{}"
    headers = {"X-Agent-Id": "talent", "X-Timestamp": ts, "X-Nonce": nonce, "X-Signature": sig}
    assert (await server.client.post(path, headers=headers)).status_code == 401
    nonce = secrets.token_hex(32)
    headers["X-Nonce"] = nonce
    headers["X-Signature"] = _sign(agent["secret"], "POST", path, ts, nonce, "{}")
    assert (await server.client.post(path, headers=headers)).status_code == 201

    second = (await hr.post("/api/v1/agents/spawn", {"name": "Tmp 2"})).json()["data"]
    path = f"/api/v1/agents/{second['id']}/reject"
    nonce = secrets.token_hex(32)
    headers = {
        "X-Agent-Id": "talent",
        "X-Timestamp": ts,
        "X-Nonce": nonce,
        "X-Signature": _sign(agent["secret"], "DELETE", path, ts, nonce, ""),
        "Content-Type": "application/json",
    }
    response = await server.client.request(
        "DELETE", path, content=b'{"reason":"nope"}', headers=headers
    )
    assert response.status_code == 200 and response.json() == {"message": "Agent rejected"}


def test_self_check_detects_a_mismatch(server: Server) -> None:
    validator = server.app.validators.by_operation["getTask"]
    with pytest.raises(ResponseMismatch):
        validator.check_response(200, {"data": {"id": "not-a-task"}})
    with pytest.raises(ResponseMismatch):
        validator.check_response(418, {"error": "teapot", "code": "I'm a Teapot"})
