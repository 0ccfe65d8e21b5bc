"""HMAC request signing against the dev server (upstream rules, upstream-api.md §1.3)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from .dsutil import (
    API,
    UNAUTHORIZED,
    Agent,
    Api,
    assert_401,
    js_json,
    js_number,
    new_nonce,
    node_eval,
    node_path,
    ok,
    sign,
)

# --------------------------------------------------------------------------------------------
# Known vectors (upstream-sdk-review.md §3 item 5, computed with Node's createHmac)
# --------------------------------------------------------------------------------------------

V_SECRET = "0123456789abcdef" * 4
V_TS = "1700000000"
V_NONCE = "00112233445566778899aabbccddeeff"

VECTORS = [
    (
        "GET",
        "/api/v1/tasks",
        "",
        "449305fb89069bb0db4285d46573850c1fddc82d1387557dcfd1edc39a39125a",
    ),
    (
        "POST",
        "/api/v1/tasks",
        '{"title":"Write docs","priority":"high"}',
        "c7534dce7ec0761406311943d9d5b0709df575701a6dc2cd177c24e2db4c4b4b",
    ),
    (
        "POST",
        "/api/v1/tasks",
        '{"title": "Write docs", "priority": "high"}',
        "45fa1920aea80085f324e681d5aed202a88ac053eac5698970130265d9536378",
    ),
    (
        "POST",
        "/api/v1/tasks/t1/approve",
        "{}",
        "74cf3fd2f91ca90061507929b961c7ec33b3a2455d4c68e3148df73a0b872d97",
    ),
    (
        "POST",
        "/api/v1/messages",
        '{"channelId":"c","type":"text","body":"café ✓"}',
        "27a0691dc76a1c14ada2e15a4931b62f9480343f0a4ca46881528def5076f455",
    ),
]


@pytest.mark.parametrize(("method", "path", "body", "expected"), VECTORS)
def test_known_vectors(method: str, path: str, body: str, expected: str) -> None:
    assert sign(V_SECRET, method, path, V_TS, V_NONCE, body) == expected


def test_vector_bodies_are_what_the_js_serialiser_prints() -> None:
    assert js_json({"title": "Write docs", "priority": "high"}) == VECTORS[1][2]
    assert js_json({}) == "{}"
    assert js_json({"channelId": "c", "type": "text", "body": "café ✓"}) == VECTORS[4][2]
    # the Python-default spacing is NOT what the server signs
    assert js_json(json.loads(VECTORS[2][2])) != VECTORS[2][2]


JS_CASES = [
    {"b": 1, "2": 2, "1": 3, "a": [1.0, 1e21, 1e-7, 1e16, 0.1, -0.0, 123.456, 5e-324]},
    {"s": 'café ✓ \u2028 \x7f \x00 \n \t " \\ 😀', "n": None, "t": True, "f": False},
    {"big": 2**53, "bigger": 2**60, "neg": -(2**53) - 1, "x": 1e300, "y": 1.5e-10},
    {"10": 1, "9": 2, "01": 3, "-1": 4, "4294967295": 5, "4294967294": 6, "z": {"3": 0, "c": 1}},
    [0.000001, 0.0000001, 1e20, 1e21, 123456789012345680000.0, 2.5, 100.0],
]


@pytest.mark.skipif(node_path() is None, reason="node not installed")
def test_js_serialiser_matches_node() -> None:
    # each case travels as JSON text; Node's own parse → stringify is the reference
    raw = json.dumps([json.dumps(c) for c in JS_CASES])
    script = (
        "const a = JSON.parse(process.argv[1]);"
        "process.stdout.write(JSON.stringify(a.map(s => JSON.stringify(JSON.parse(s)))));"
    )
    expected = json.loads(node_eval(script, raw))
    assert [js_json(c) for c in JS_CASES] == expected


def test_js_number_formats() -> None:
    assert js_number(1.0) == "1"
    assert js_number(1e21) == "1e+21"
    assert js_number(1e-7) == "1e-7"
    assert js_number(1e16) == "10000000000000000"
    assert js_number(0.000001) == "0.000001"
    assert js_number(-2.5) == "-2.5"


# --------------------------------------------------------------------------------------------
# Live
# --------------------------------------------------------------------------------------------


def test_signed_get_succeeds(api: Api, hr: Agent) -> None:
    body = ok(api.get(f"{API}/agents/{hr.id}", as_=hr), 200)
    assert body["data"]["id"] == hr.id
    assert body["data"]["agentId"] == hr.agent_id


def test_signed_get_query_is_not_signed(api: Api, hr: Agent) -> None:
    ok(api.get(f"{API}/tasks", as_=hr, params={"status": "todo"}), 200)
    assert_401(
        api.get(
            f"{API}/tasks", as_=hr, params={"status": "todo"}, sign_path=f"{API}/tasks?status=todo"
        )
    )


def test_signed_post_succeeds_and_acts_as_the_agent(api: Api) -> None:
    a = api.register()
    task = ok(api.post(f"{API}/tasks", as_=a, json={"title": "signed post"}), 201)["data"]
    assert task["creatorId"] == a.id
    assert task["title"] == "signed post"


def test_nonce_replay_is_rejected(api: Api, hr: Agent, founder: Agent) -> None:
    nonce = new_nonce()
    ok(api.get(f"{API}/agents", as_=hr, nonce=nonce), 200)
    assert_401(api.get(f"{API}/agents", as_=hr, nonce=nonce))
    # nonces are global: another agent cannot use it either
    assert_401(api.get(f"{API}/agents", as_=founder, nonce=nonce))


def test_failed_signature_does_not_use_up_the_nonce(api: Api, hr: Agent) -> None:
    nonce = new_nonce()
    assert_401(api.get(f"{API}/agents", as_=hr, nonce=nonce, sign_path=f"{API}/agentz"))
    ok(api.get(f"{API}/agents", as_=hr, nonce=nonce), 200)


def test_tampered_body_is_rejected(api: Api, hr: Agent) -> None:
    signed = js_json({"title": "original"})
    assert_401(api.post(f"{API}/tasks", as_=hr, json={"title": "tampered"}, sign_body=signed))


def test_tampered_path_is_rejected(api: Api, hr: Agent, founder: Agent) -> None:
    assert_401(api.get(f"{API}/agents/{hr.id}", as_=hr, sign_path=f"{API}/agents/{founder.id}"))
    # the prefix is part of the signed path
    assert_401(api.get(f"{API}/agents", as_=hr, sign_path="/agents"))
    # and so is the method
    assert_401(api.get(f"{API}/agents", as_=hr, sign_method="POST"))


@pytest.mark.parametrize(
    ("age", "accepted"), [(299, True), (301, False), (-299, True), (-301, False)]
)
def test_timestamp_window(api: Api, hr: Agent, age: int, accepted: bool) -> None:
    ts = str(int(time.time()) - age)
    resp = api.get(f"{API}/agents", as_=hr, timestamp=ts)
    if accepted:
        ok(resp, 200)
    else:
        assert_401(resp)


def test_bodyless_post_signs_empty_object(api: Api, hr: Agent) -> None:
    task = api.task(title="claim me")
    ok(api.transition(task["id"], "todo"), 201)
    path = f"{API}/tasks/{task['id']}/claim"
    assert_401(api.post(path, as_=hr, sign_body=""))
    claimed = ok(api.post(path, as_=hr), 201)["data"]  # no body, signed "{}"
    assert claimed["assigneeId"] == hr.id
    assert claimed["status"] == "in_progress"


def test_delete_with_body_signs_empty_string(api: Api) -> None:
    parent = api.register(level=5)
    child = api.spawn(parent, activate=False)
    path = f"{API}/agents/{child.id}/reject"
    body = {"reason": "not needed"}
    assert_401(api.delete(path, as_=parent, json=body, sign_body=js_json(body)))
    assert ok(api.delete(path, as_=parent, json=body), 200) == {"message": "Agent rejected"}


def test_spaced_and_escaped_body_signed_compact_raw_utf8(api: Api, hr: Agent) -> None:
    raw = '{"title":   "caf\\u00e9",  "metadata" : {"k": "\\u2713"} }'
    signed = '{"title":"café","metadata":{"k":"✓"}}'
    task = ok(api.post(f"{API}/tasks", as_=hr, content=raw, sign_body=signed), 201)["data"]
    assert task["title"] == "café"
    assert task["metadata"] == {"k": "✓"}
    # signing the bytes as sent (escaped, spaced) is not what the server signs
    assert_401(api.post(f"{API}/tasks", as_=hr, content=raw, sign_body=raw))
    # nor is Python's default ensure_ascii form
    ascii_form = json.dumps(json.loads(raw), separators=(",", ":"))
    assert_401(api.post(f"{API}/tasks", as_=hr, content=raw, sign_body=ascii_form))


@pytest.mark.skipif(node_path() is None, reason="node not installed")
def test_non_ascii_and_float_body_signed_by_node(api: Api, hr: Agent) -> None:
    raw = (
        '{"title": "caf\u00e9 \u2713 float test", "metadata": {"amount": 1.0, '
        '"reason": "café ✓ 1e21 test", "x": 1e21, "b": 1, "2": 0.5, "tiny": 1e-7}}'
    )
    ts = str(int(time.time()))
    nonce = new_nonce()
    path = f"{API}/tasks"
    script = (
        "const [raw, secret, path, ts, nonce] = process.argv.slice(1);"
        "const body = JSON.stringify(JSON.parse(raw));"
        "const sig = require('crypto').createHmac('sha256', Buffer.from(secret, 'hex'))"
        ".update('POST' + path + ts + nonce + body).digest('hex');"
        "process.stdout.write(JSON.stringify({body, sig}));"
    )
    out = json.loads(node_eval(script, raw, hr.secret, path, ts, nonce))
    assert out["body"] == js_json(json.loads(raw))  # our serialiser agrees with Node
    assert '"amount":1' in out["body"] and '"x":1e+21' in out["body"]
    assert out["body"].index('"2"') < out["body"].index('"amount"')
    headers = {
        "X-Agent-Id": hr.agent_id,
        "X-Timestamp": ts,
        "X-Nonce": nonce,
        "X-Signature": out["sig"],
        "Content-Type": "application/json",
    }
    resp = api.call("POST", path, as_=None, content=raw.encode("utf-8"), headers=headers)
    task = ok(resp, 201)["data"]
    assert task["title"] == "café ✓ float test"
    assert task["metadata"]["x"] == 1e21
    assert task["metadata"]["amount"] == 1
    assert task["metadata"]["reason"] == "café ✓ 1e21 test"


def test_uppercase_hex_signature_is_rejected(api: Api, hr: Agent) -> None:
    ts, nonce = str(int(time.time())), new_nonce()
    sig = sign(hr.secret, "GET", f"{API}/agents", ts, nonce, "").upper()
    headers = {"X-Agent-Id": hr.agent_id, "X-Timestamp": ts, "X-Nonce": nonce, "X-Signature": sig}
    assert_401(api.get(f"{API}/agents", as_=None, headers=headers))


def test_header_names_are_case_insensitive(api: Api, hr: Agent) -> None:
    ts, nonce = str(int(time.time())), new_nonce()
    sig = sign(hr.secret, "GET", f"{API}/agents", ts, nonce, "")
    headers = {"x-agent-id": hr.agent_id, "x-timestamp": ts, "x-nonce": nonce, "x-signature": sig}
    ok(api.get(f"{API}/agents", as_=None, headers=headers), 200)


def test_pending_agent_cannot_authenticate(api: Api) -> None:
    parent = api.register(level=5)
    child = api.spawn(parent, activate=False)
    assert_401(api.get(f"{API}/agents", as_=child))
    ok(api.post(f"{API}/agents/{child.id}/activate", as_=parent), 201)
    ok(api.get(f"{API}/agents", as_=child), 200)


def test_revoked_agent_cannot_authenticate(api: Api) -> None:
    a = api.register()
    ok(api.get(f"{API}/agents", as_=a), 200)
    ok(api.post(f"{API}/agents/{a.id}/revoke"), 201)
    assert_401(api.get(f"{API}/agents", as_=a))


def test_unknown_agent_and_uuid_as_agent_id(api: Api, hr: Agent) -> None:
    ghost = Agent("00000000-0000-4000-8000-000000000000", "no-such-agent", hr.secret)
    assert_401(api.get(f"{API}/agents", as_=ghost))
    # X-Agent-Id is the slug, not the UUID
    by_uuid = Agent(hr.id, hr.id, hr.secret)
    assert_401(api.get(f"{API}/agents", as_=by_uuid))


def test_wrong_secret_is_rejected(api: Api, hr: Agent, founder: Agent) -> None:
    assert_401(api.get(f"{API}/agents", as_=Agent(hr.id, hr.agent_id, founder.secret)))


@pytest.mark.parametrize("missing", ["X-Agent-Id", "X-Timestamp", "X-Nonce", "X-Signature"])
def test_missing_hmac_header(api: Api, hr: Agent, missing: str) -> None:
    ts, nonce = str(int(time.time())), new_nonce()
    headers = {
        "X-Agent-Id": hr.agent_id,
        "X-Timestamp": ts,
        "X-Nonce": nonce,
        "X-Signature": sign(hr.secret, "GET", f"{API}/agents", ts, nonce, ""),
    }
    del headers[missing]
    assert_401(api.get(f"{API}/agents", as_=None, headers=headers))


def test_every_401_body_is_identical(api: Api, hr: Agent) -> None:
    """Collect one 401 of each kind and compare the raw bytes."""
    revoked = api.register()
    ok(api.post(f"{API}/agents/{revoked.id}/revoke"), 201)
    pending = api.spawn(api.register(level=5), activate=False)
    used = new_nonce()
    ok(api.get(f"{API}/agents", as_=hr, nonce=used), 200)
    responses: list[Any] = [
        api.get(f"{API}/agents", as_=None),  # no auth
        api.get(f"{API}/agents", headers={"Authorization": "Bearer osp_" + "0" * 64}, as_=None),
        api.get(f"{API}/agents", headers={"Authorization": "Bearer not-a-key"}, as_=None),
        api.get(f"{API}/agents", as_=hr, nonce=used),  # replay
        api.get(f"{API}/agents", as_=hr, timestamp=str(int(time.time()) - 3600)),
        api.get(f"{API}/agents", as_=hr, sign_path="/x"),
        api.get(f"{API}/agents", as_=Agent(hr.id, "nobody-here", hr.secret)),
        api.get(f"{API}/agents", as_=revoked),
        api.get(f"{API}/agents", as_=pending),
        api.post(f"{API}/tasks", as_=hr, json={"title": "x"}, sign_body='{"title":"y"}'),
        api.get(f"{API}/agents", as_=None, headers={"X-Agent-Id": hr.agent_id}),
    ]
    for r in responses:
        assert_401(r)
    assert len({r.content for r in responses}) == 1, {r.content for r in responses}
    assert responses[0].json() == UNAUTHORIZED


def test_timestamp_in_milliseconds_is_rejected(api: Api, hr: Agent) -> None:
    assert_401(api.get(f"{API}/agents", as_=hr, timestamp=str(int(time.time() * 1000))))


def test_nonce_longer_than_64_chars_is_401_not_500(api: Api, hr: Agent) -> None:
    assert_401(api.get(f"{API}/agents", as_=hr, nonce="a" * 65))
    ok(api.get(f"{API}/agents", as_=hr, nonce=new_nonce()[:64]), 200)


def test_path_is_signed_raw_as_sent(api: Api, hr: Agent) -> None:
    # percent-escapes are signed as sent, not decoded
    encoded = f"{API}/agents/{hr.id.replace('-', '%2D')}"
    assert ok(api.get(encoded, as_=hr), 200)["data"]["id"] == hr.id
    assert_401(api.get(encoded, as_=hr, sign_path=f"{API}/agents/{hr.id}"))
    # a trailing slash is part of the signed path
    ok(api.get(f"{API}/agents/", as_=hr), 200)
    assert_401(api.get(f"{API}/agents/", as_=hr, sign_path=f"{API}/agents"))


def test_body_without_json_content_type_is_not_parsed(api: Api, hr: Agent) -> None:
    """Upstream: a body without a JSON Content-Type is not parsed, so the server signs `{}`."""
    raw = '{"title":"plain"}'
    assert_401(api.post(f"{API}/tasks", as_=hr, content=raw, content_type="text/plain"))
    resp = api.post(f"{API}/tasks", as_=hr, content=raw, content_type="text/plain", sign_body="{}")
    assert resp.status_code == 400, resp.text  # authenticated, then validated as an empty body
