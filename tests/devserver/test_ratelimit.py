"""Rate limiting (`--throttle-limit`, `--throttle-ttl`), as upstream's throttler."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from .dsutil import API, Agent, Api, ok


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    from openspawn._devserver.process import DevServer

    with DevServer(
        db=":memory:", extra_args=("--throttle-limit", "3", "--throttle-ttl", "60")
    ) as srv:
        yield srv


def test_fourth_request_is_429_with_retry_after(api: Api, hr: Agent) -> None:
    for _ in range(3):
        ok(api.get(f"{API}/agents"), 200)
    resp = api.get(f"{API}/agents")
    body = ok(resp, 429)
    assert body == {"error": "ThrottlerException: Too Many Requests", "code": "TOO_MANY_REQUESTS"}
    retry_after = resp.headers.get("Retry-After")
    assert retry_after is not None, resp.headers
    assert 1 <= int(retry_after) <= 60
    # it stays limited, whoever asks
    assert api.get(f"{API}/agents", as_=hr).status_code == 429


def test_window_resets_after_ttl() -> None:
    from openspawn._devserver.process import DevServer

    args = ("--throttle-limit", "2", "--throttle-ttl", "1")
    with DevServer(db=":memory:", extra_args=args) as srv:
        api = Api(srv.base_url, srv.api_key)
        try:
            statuses = [api.get(f"{API}/tasks").status_code for _ in range(3)]
            assert statuses == [200, 200, 429], statuses
            resp = api.get(f"{API}/tasks")
            assert resp.status_code == 429
            wait = int(resp.headers["Retry-After"])
            assert wait == 1, resp.headers
            time.sleep(wait + 0.2)
            ok(api.get(f"{API}/tasks"), 200)
        finally:
            api.close()
