"""In-process dev server for unit tests: the ASGI app over httpx2's ASGITransport,
with response self-checking against openapi.yaml switched on."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx2
import pytest

from openspawn._devserver.app import DevServerApp
from openspawn._devserver.bootstrap import Credentials, bootstrap
from openspawn._devserver.crypto import SecretBox
from openspawn._devserver.store import Store


@dataclass
class Caller:
    """Sends requests as one identity (an agent via HMAC, or the API key)."""

    client: httpx2.AsyncClient
    agent_id: str | None = None
    secret: str | None = None
    api_key: str | None = None

    def _headers(self, method: str, path: str, body: str) -> dict[str, str]:
        if self.api_key is not None:
            return {"Authorization": f"Bearer {self.api_key}"}
        assert self.agent_id is not None and self.secret is not None
        ts = str(int(time.time()))
        nonce = secrets.token_hex(32)
        signed = "" if method in ("GET", "DELETE") else body
        message = f"{method}{path.split('?')[0]}{ts}{nonce}{signed}".encode()
        signature = hmac.new(bytes.fromhex(self.secret), message, hashlib.sha256).hexdigest()
        return {
            "X-Agent-Id": self.agent_id,
            "X-Timestamp": ts,
            "X-Nonce": nonce,
            "X-Signature": signature,
        }

    async def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx2.Response:
        text = "{}" if body is None else json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        all_headers = self._headers(method, path, text)
        all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        content = None if method == "GET" else text.encode()
        return await self.client.request(
            method, path, content=content, params=params, headers=all_headers
        )

    async def get(self, path: str, **params: Any) -> httpx2.Response:
        return await self.request("GET", path, params=params or None)

    async def post(self, path: str, body: Any = None, **kw: Any) -> httpx2.Response:
        return await self.request("POST", path, body, **kw)

    async def patch(self, path: str, body: Any = None, **kw: Any) -> httpx2.Response:
        return await self.request("PATCH", path, body, **kw)

    async def delete(self, path: str, body: Any = None, **kw: Any) -> httpx2.Response:
        return await self.request("DELETE", path, body, **kw)

    def as_agent(self, agent_id: str, secret: str) -> Caller:
        return Caller(self.client, agent_id=agent_id, secret=secret)


@dataclass
class Server:
    app: DevServerApp
    credentials: Credentials
    client: httpx2.AsyncClient

    @property
    def hr(self) -> Caller:
        agent = self.credentials.agents[0]
        return Caller(self.client, agent_id=agent["agent_id"], secret=agent["secret"])

    @property
    def founder(self) -> Caller:
        agent = self.credentials.agents[1]
        return Caller(self.client, agent_id=agent["agent_id"], secret=agent["secret"])

    @property
    def key(self) -> Caller:
        return Caller(self.client, api_key=self.credentials.api_key)

    @property
    def anonymous(self) -> httpx2.AsyncClient:
        return self.client


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    store = Store(":memory:")
    box = SecretBox(secrets.token_bytes(32))
    credentials = bootstrap(store, box)
    app = DevServerApp(store, box, quiet=True, self_check=True)
    transport = httpx2.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx2.AsyncClient(transport=transport, base_url="http://devserver") as client:
        yield Server(app, credentials, client)
    store.close()
