"""Clients on an ``httpx2.MockTransport`` and canned answers, for the wire-level tests."""

from __future__ import annotations

import json
from typing import Any

import httpx2

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient

from .spec_mock import Recorder

SECRET = "0123456789abcdef" * 4
API_KEY = "osp_" + "cd" * 32
AGENT = "11111111-1111-4111-8111-111111111111"


def sync_client(recorder: Recorder, *, api_key: bool = False, **kwargs: Any) -> BikiniBottomClient:
    creds: dict[str, Any] = (
        {"api_key": API_KEY} if api_key else {"agent_id": "talent", "secret": SECRET}
    )
    return BikiniBottomClient(
        "http://bb.test",
        http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)),
        **creds,
        **kwargs,
    )


def async_client(
    recorder: Recorder, *, api_key: bool = False, **kwargs: Any
) -> AsyncBikiniBottomClient:
    creds: dict[str, Any] = (
        {"api_key": API_KEY} if api_key else {"agent_id": "talent", "secret": SECRET}
    )
    return AsyncBikiniBottomClient(
        "http://bb.test",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
        **creds,
        **kwargs,
    )


def error(status: int, message: str = "boom", **headers: str) -> httpx2.Response:
    body = json.dumps({"error": message, "code": "X"}).encode()
    return httpx2.Response(
        status,
        content=body,
        headers={"content-type": "application/json", "x-request-id": "req-9", **headers},
    )
