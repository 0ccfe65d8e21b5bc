"""Independent test helpers for the dev-server integration suite.

Written from the wire contract only (docs/operations.md, the upstream rules and the product
decisions), never from the SDK: nothing here imports ``openspawn._core``, ``openspawn._async``,
``openspawn._sync`` or ``openspawn._generated``. The signer and the JavaScript-compatible JSON
serialiser below are deliberately small and separate from the SDK's, so that a bug on one side
cannot hide a bug on the other.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import shutil
import subprocess
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx2

UNAUTHORIZED = {"error": "Unauthorized", "code": "UNAUTHORIZED"}
API = "/api/v1"


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
KEY: Any = "api-key"  # marker: authenticate with the API key


# --------------------------------------------------------------------------------------------
# JavaScript-compatible JSON (what Node's JSON.stringify(JSON.parse(bytes)) prints)
# --------------------------------------------------------------------------------------------


def js_number(value: float) -> str:
    """ECMAScript Number::toString for a finite double (shortest round-trip digits)."""
    if value != value or value in (float("inf"), float("-inf")):
        return "null"
    if value == 0:
        return "0"
    if value < 0:
        return "-" + js_number(-value)
    _, digits_t, exp = Decimal(repr(value)).as_tuple()
    assert isinstance(exp, int)
    digits = "".join(map(str, digits_t)).rstrip("0") or "0"
    exp += len(digits_t) - len(digits)  # trailing zeros moved into the exponent
    k = len(digits)
    n = exp + k  # value = 0.digits * 10**n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e = n - 1
    mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
    return f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _js_string(s: str) -> str:
    out = json.dumps(s, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def _is_array_index(key: str) -> bool:
    return key.isdigit() and str(int(key)) == key and int(key) < 2**32 - 1


def js_json(value: Any) -> str:
    """Compact JSON exactly as JavaScript's JSON.stringify prints the parsed value."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value) if abs(value) <= 2**53 else js_number(float(value))
    if isinstance(value, float):
        return js_number(value)
    if isinstance(value, str):
        return _js_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(js_json(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = [str(k) for k in value]
        index_keys = sorted((k for k in keys if _is_array_index(k)), key=int)
        ordered = index_keys + [k for k in keys if not _is_array_index(k)]
        items = {str(k): v for k, v in value.items()}
        return "{" + ",".join(_js_string(k) + ":" + js_json(items[k]) for k in ordered) + "}"
    raise TypeError(f"not JSON: {value!r}")


# --------------------------------------------------------------------------------------------
# HMAC signing
# --------------------------------------------------------------------------------------------


def sign(secret_hex: str, method: str, path: str, timestamp: str, nonce: str, body: str) -> str:
    message = f"{method}{path}{timestamp}{nonce}{body}".encode()
    return hmac.new(bytes.fromhex(secret_hex), message, hashlib.sha256).hexdigest()


def new_nonce() -> str:
    return secrets.token_hex(32)


def default_signed_body(method: str, body: bytes | None) -> str:
    """What the server signs: "" for GET/DELETE, else JSON.stringify(parsed body or {})."""
    if method.upper() in ("GET", "DELETE"):
        return ""
    if body is None or body == b"":
        return "{}"
    return js_json(json.loads(body))


@dataclass
class Agent:
    id: str
    agent_id: str
    secret: str
    role: str | None = None
    level: int | None = None
    parent_id: str | None = None


def signed_headers(
    agent: Agent,
    method: str,
    path: str,
    body_signed: str,
    *,
    timestamp: str | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    ts = timestamp if timestamp is not None else str(int(time.time()))
    nn = nonce if nonce is not None else new_nonce()
    return {
        "X-Agent-Id": agent.agent_id,
        "X-Timestamp": ts,
        "X-Nonce": nn,
        "X-Signature": sign(agent.secret, method.upper(), path, ts, nn, body_signed),
    }


# --------------------------------------------------------------------------------------------
# HTTP helper
# --------------------------------------------------------------------------------------------


class Api:
    """Thin httpx2 wrapper: API-key, HMAC-signed or anonymous requests, with signing overrides."""

    def __init__(self, base_url: str, api_key: str, timeout: float = 30.0) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self.http = httpx2.Client(base_url=base_url, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def call(
        self,
        method: str,
        path: str,
        *,
        as_: Any = KEY,
        json: Any = MISSING,
        content: bytes | str | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        content_type: str | None = "application/json",
        sign_body: str | None = None,
        sign_path: str | None = None,
        sign_method: str | None = None,
        timestamp: str | None = None,
        nonce: str | None = None,
        idem: str | None = None,
    ) -> httpx2.Response:
        method = method.upper()
        body: bytes | None
        if content is not None:
            body = content.encode() if isinstance(content, str) else content
        elif json is not MISSING:
            body = js_json(json).encode()
        else:
            body = None
        hdrs: dict[str, str] = {}
        if body is not None and content_type:
            hdrs["Content-Type"] = content_type
        if as_ == KEY:
            hdrs["Authorization"] = f"Bearer {self.api_key}"
        elif isinstance(as_, Agent):
            signed = sign_body if sign_body is not None else default_signed_body(method, body)
            hdrs.update(
                signed_headers(
                    as_,
                    sign_method or method,
                    sign_path if sign_path is not None else path,
                    signed,
                    timestamp=timestamp,
                    nonce=nonce,
                )
            )
        elif as_ is not None:
            raise TypeError(as_)
        if idem is not None:
            hdrs["X-Idempotency-Key"] = idem
        hdrs.update(headers or {})
        return self.http.request(method, path, content=body, params=params, headers=hdrs)

    def get(self, path: str, **kw: Any) -> httpx2.Response:
        return self.call("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> httpx2.Response:
        return self.call("POST", path, **kw)

    def patch(self, path: str, **kw: Any) -> httpx2.Response:
        return self.call("PATCH", path, **kw)

    def delete(self, path: str, **kw: Any) -> httpx2.Response:
        return self.call("DELETE", path, **kw)

    # ---- domain conveniences (all through the wire) ----------------------------------------

    def register(
        self, *, level: int = 5, role: str = "worker", name: str | None = None, **extra: Any
    ) -> Agent:
        slug = f"t-{uuid.uuid4().hex[:12]}"
        body = {"agentId": slug, "name": name or f"Test {slug}", "level": level, "role": role}
        body.update(extra)
        data = ok(self.post(f"{API}/agents/register", json=body), 201)
        assert data["data"]["agentId"] == slug
        assert re.fullmatch(r"[0-9a-f]{64}", data["secret"]), data
        return Agent(data["data"]["id"], slug, data["secret"], role, level)

    def spawn(self, parent: Agent, *, level: int | None = None, activate: bool = True) -> Agent:
        slug = f"c-{uuid.uuid4().hex[:12]}"
        body: dict[str, Any] = {"agentId": slug, "name": f"Child {slug}"}
        if level is not None:
            body["level"] = level
        data = ok(self.post(f"{API}/agents/spawn", as_=parent, json=body), 201)
        d = data["data"]
        assert d["status"] == "pending" and d["parentId"] == parent.id, data
        child = Agent(d["id"], slug, data["secret"], "worker", d["level"], parent.id)
        if activate:
            ok(self.post(f"{API}/agents/{child.id}/activate", as_=parent), 201)
        return child

    def fund(self, agent: Agent, amount: int) -> dict[str, Any]:
        body = {"agentId": agent.id, "amount": amount, "type": "credit", "reason": "test funding"}
        return ok(self.post(f"{API}/credits/adjust", json=body), 201)["data"]

    def balance(self, agent: Agent) -> int:
        data = ok(self.get(f"{API}/agents/{agent.id}/credits/balance"), 200)
        return int(data["data"]["balance"])

    def history(self, agent: Agent) -> list[dict[str, Any]]:
        """The agent's whole ledger (newest first), following limit/offset pages."""
        rows: list[dict[str, Any]] = []
        while True:
            params = {"limit": 100, "offset": len(rows)}
            page = ok(self.get(f"{API}/credits/history", as_=agent, params=params), 200)
            rows.extend(page["data"])
            if not page["data"] or len(rows) >= page["meta"]["total"]:
                return rows

    def task(self, as_: Any = KEY, **fields: Any) -> dict[str, Any]:
        fields.setdefault("title", f"task {uuid.uuid4().hex[:8]}")
        return ok(self.post(f"{API}/tasks", as_=as_, json=fields), 201)["data"]

    def transition(self, task_id: str, status: str, as_: Any = KEY) -> httpx2.Response:
        return self.post(f"{API}/tasks/{task_id}/transition", as_=as_, json={"status": status})


def ok(resp: httpx2.Response, status: int) -> Any:
    """Assert the status and return the parsed JSON body (with a readable failure)."""
    assert resp.status_code == status, (
        f"{resp.request.method} {resp.request.url} -> {resp.status_code} (expected {status}): "
        f"{resp.text[:800]}"
    )
    assert resp.headers.get("content-type", "").startswith("application/json"), resp.headers
    return resp.json()


def err(resp: httpx2.Response, status: int, message: str | None = None) -> Any:
    """Assert an error status with the upstream error envelope; optional exact `error` text."""
    body = ok(resp, status)
    assert set(body) <= {"error", "code", "details"} and "error" in body and "code" in body, body
    assert isinstance(body["code"], str), body
    if message is not None:
        assert body["error"] == message, body
    return body


def assert_401(resp: httpx2.Response) -> None:
    assert resp.status_code == 401, f"{resp.status_code}: {resp.text[:500]}"
    assert resp.json() == UNAUTHORIZED, resp.text


def node_path() -> str | None:
    return shutil.which("node")


def node_eval(script: str, *args: str) -> str:
    node = node_path()
    assert node
    out = subprocess.run(
        [node, "-e", script, "--", *args], check=True, capture_output=True, timeout=30
    )
    return out.stdout.decode("utf-8")
