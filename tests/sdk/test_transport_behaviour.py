"""Retries, idempotency keys, error mapping, options and secrecy, observed on the wire."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid

import httpx2
import pytest

from openspawn import (
    AsyncBikiniBottomClient,
    AuthenticationError,
    BikiniBottomClient,
    ClientClosedError,
    NotFoundError,
    RetryableError,
    UnprocessableEntityError,
)
from openspawn._core.signing import sign
from openspawn.enums import TaskStatus
from openspawn.models import TransitionTaskRequest

from .spec_mock import Recorder

SECRET = "0123456789abcdef" * 4
KEY = "osp_" + "ab" * 32
AGENT = "11111111-1111-4111-8111-111111111111"


def sync_client(recorder: Recorder, **kwargs: object) -> BikiniBottomClient:
    return BikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)),
        **kwargs,  # type: ignore[arg-type]
    )


def error(status: int, message: str = "boom", **headers: str) -> httpx2.Response:
    body = json.dumps({"error": message, "code": "X"}).encode()
    return httpx2.Response(
        status, content=body, headers={"content-type": "application/json", **headers}
    )


def test_retry_gets_fresh_signature_and_same_idempotency_key(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(503, "down"), httpx2.ConnectError("refused")]
    client = sync_client(recorder)
    task = client.tasks.transition(AGENT, TransitionTaskRequest(status=TaskStatus.REVIEW))
    assert task.id
    first, second, third = recorder.requests
    assert len({r.headers["x-nonce"] for r in recorder.requests}) == 3
    assert len({r.headers["x-signature"] for r in recorder.requests}) == 3
    assert len({r.headers["x-idempotency-key"] for r in recorder.requests}) == 1
    assert first.content == second.content == third.content
    for r in recorder.requests:
        assert r.headers["x-signature"] == sign(
            bytes.fromhex(SECRET),
            "POST",
            r.url.path,
            r.headers["x-timestamp"],
            r.headers["x-nonce"],
            r.content,
        )
    assert slept == [1.0, 2.0]


def test_backoff_doubles_up_to_the_retry_limit_then_raises_retryable(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(500, "Internal server error")] * 4
    client = sync_client(recorder)
    with pytest.raises(RetryableError) as info:
        client.agents.list()
    assert slept == [1.0, 2.0, 4.0]
    assert info.value.status_code == 500
    assert info.value.attempts == 4
    assert "Internal server error" in str(info.value)
    assert len(recorder.requests) == 4


def test_delays_are_capped_at_32_seconds(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(502)] * 8
    client = sync_client(recorder, max_retries=7)
    with pytest.raises(RetryableError):
        client.agents.list()
    assert slept == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 32.0]


def test_retry_after_seconds_and_http_date_are_obeyed(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(429, "ThrottlerException: Too Many Requests", **{"Retry-After": "7"})]
    sync_client(recorder).agents.list()
    assert slept == [7.0]


def test_retry_after_beyond_a_minute_is_not_waited_for(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(429, "slow down", **{"Retry-After": "3600"})]
    with pytest.raises(RetryableError, match="asked to wait 3600 s"):
        sync_client(recorder).agents.list()
    assert slept == []


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, AuthenticationError), (404, NotFoundError), (422, UnprocessableEntityError)],
)
def test_client_errors_are_not_retried(
    slept: list[float], status: int, cls: type[Exception]
) -> None:
    recorder = Recorder()
    recorder.queue = [error(status, "Agent not found")]
    with pytest.raises(cls) as info:
        sync_client(recorder).agents.get(AGENT)
    assert len(recorder.requests) == 1 and slept == []
    assert "Agent not found" in str(info.value) or status == 401


def test_html_502_becomes_a_clean_error(slept: list[float]) -> None:
    recorder = Recorder()
    page = httpx2.Response(
        502, content=b"<html><h1>502 Bad Gateway</h1></html>", headers={"content-type": "text/html"}
    )
    recorder.queue = [page] * 4
    with pytest.raises(RetryableError) as info:
        sync_client(recorder).agents.list()
    assert "HTML" in str(info.value)
    assert info.value.response_data.startswith("<html>")


def test_timeouts_are_retried_then_raise_retryable(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [httpx2.ReadTimeout("slow")] * 4
    with pytest.raises(RetryableError) as info:
        sync_client(recorder).agents.list()
    assert info.value.status_code is None
    assert isinstance(info.value.__cause__, httpx2.ReadTimeout)
    assert "timed out" in str(info.value)
    assert slept == [1.0, 2.0, 4.0]


def test_per_call_options(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(503)]
    client = sync_client(recorder)
    key = str(uuid.uuid4())
    with pytest.raises(RetryableError):
        client.agents.activate(
            AGENT, max_retries=0, idempotency_key=key, extra_headers={"X-Trace": "t1"}
        )
    request = recorder.last
    assert request.headers["idempotency-key"] == key == request.headers["x-idempotency-key"]
    assert request.headers["x-trace"] == "t1"
    assert len(recorder.requests) == 1


def test_per_call_timeout_reaches_httpx() -> None:
    seen: list[object] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.extensions["timeout"])
        return Recorder()(request)

    client = BikiniBottomClient(
        "http://bb.test",
        api_key=KEY,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    client.agents.list(timeout=2.5)
    assert seen[0] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_api_key_header() -> None:
    recorder = Recorder()
    BikiniBottomClient(
        "http://bb.test/api/v1",
        api_key=KEY,
        http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)),
    ).agents.list()
    assert recorder.last.headers["authorization"] == f"Bearer {KEY}"
    assert recorder.last.url.path == "/api/v1/agents"
    assert "x-signature" not in recorder.last.headers


def test_path_parameters_are_percent_encoded_and_signed_as_sent() -> None:
    recorder = Recorder()
    recorder.queue = [error(404, "Agent not found")]
    with pytest.raises(NotFoundError):
        # agents.get() refuses a non-UUID before sending; the transport must still encode and
        # sign whatever path a builder gives it.
        from openspawn._generated.api.agents import get_agent

        sync_client(recorder)._transport.request(get_agent("a b/c?d"), {})
    request = recorder.last
    assert request.url.raw_path == b"/api/v1/agents/a%20b%2Fc%3Fd"
    assert request.headers["x-signature"] == sign(
        bytes.fromhex(SECRET),
        "GET",
        "/api/v1/agents/a%20b%2Fc%3Fd",
        request.headers["x-timestamp"],
        request.headers["x-nonce"],
        b"",
    )


def test_no_secret_in_repr_logs_or_errors(
    caplog: pytest.LogCaptureFixture, slept: list[float]
) -> None:
    recorder = Recorder()
    recorder.queue = [error(500), error(401, "Unauthorized")]
    client = sync_client(recorder)
    api_client = BikiniBottomClient(
        "http://bb.test",
        api_key=KEY,
        http_client=httpx2.Client(transport=httpx2.MockTransport(Recorder())),
    )
    with caplog.at_level(logging.DEBUG, logger="openspawn"):
        with pytest.raises(AuthenticationError) as info:
            client.agents.list()
        api_client.agents.list()
    texts = [repr(client), repr(api_client), str(info.value), repr(info.value), caplog.text]
    for text in texts:
        assert SECRET not in text
        assert KEY not in text and KEY[4:] not in text
    assert "request GET http://bb.test/api/v1/agents" in caplog.text
    assert "retrying GET /api/v1/agents" in caplog.text
    assert "[redacted]" in caplog.text
    for request in recorder.requests:
        assert request.headers["x-signature"] not in caplog.text


def test_closed_client_raises_a_clear_error() -> None:
    client = sync_client(Recorder())
    with client:
        client.agents.list()
    with pytest.raises(ClientClosedError, match="closed"):
        client.agents.list()


def test_capture_responses_gives_status_headers_and_request_id() -> None:
    client = sync_client(Recorder())
    with client.capture_responses() as seen:
        client.agents.list()
    assert seen.last.status_code == 200
    assert seen.last.request_id == "req-123"
    assert seen.last.operation_id == "listAgents"


async def test_async_retry_awaits_without_blocking(slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [error(503)]
    async with AsyncBikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
    ) as client:
        agents = await client.agents.list()
    assert agents and slept == [1.0]
    assert recorder.requests[0].headers["x-nonce"] != recorder.requests[1].headers["x-nonce"]


async def test_async_500_calls_in_flight_each_signed_once() -> None:
    recorder = Recorder()
    async with AsyncBikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
    ) as client:
        results = await asyncio.gather(*(client.agents.get(AGENT) for _ in range(500)))
    assert len(results) == 500
    assert len({r.headers["x-nonce"] for r in recorder.requests}) == 500


def test_openspawn_log_debug_logs_to_stderr_with_secrets_redacted() -> None:
    import subprocess
    import sys

    script = f"""
import httpx2
from openspawn import BikiniBottomClient
from tests.sdk.spec_mock import Recorder
client = BikiniBottomClient("http://bb.test", api_key={KEY!r},
    http_client=httpx2.Client(transport=httpx2.MockTransport(Recorder())))
client.agents.list()
"""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        env={"OPENSPAWN_LOG": "debug", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert "request GET http://bb.test/api/v1/agents" in result.stderr
    assert "response GET http://bb.test/api/v1/agents -> 200" in result.stderr
    assert "Bearer [redacted]" in result.stderr
    assert KEY[4:] not in result.stderr


def _history_page(offset: int, total: int, size: int) -> httpx2.Response:
    items = [
        {
            "id": str(uuid.uuid4()),
            "agentId": AGENT,
            "type": "debit",
            "amount": 1,
            "balanceAfter": 100 - offset - i,
            "reason": f"entry {offset + i}",
            "createdAt": "2026-11-25T10:00:00.000Z",
        }
        for i in range(min(size, total - offset))
    ]
    body = {"data": items, "meta": {"total": total, "limit": size, "offset": offset}}
    return httpx2.Response(200, content=json.dumps(body).encode())


def test_pagination_fetches_pages_only_when_reached() -> None:
    recorder = Recorder()
    recorder.queue = [_history_page(0, 5, 2), _history_page(2, 5, 2), _history_page(4, 5, 2)]
    client = sync_client(recorder)
    pages = client.credits.iter_history(page_size=2)
    assert recorder.requests == []
    iterator = iter(pages)
    assert next(iterator).reason == "entry 0"
    assert len(recorder.requests) == 1
    rest = [tx.reason for tx in iterator]
    assert rest == ["entry 1", "entry 2", "entry 3", "entry 4"]
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"limit": "2", "offset": "0"},
        {"limit": "2", "offset": "2"},
        {"limit": "2", "offset": "4"},
    ]


async def test_async_pagination_is_lazy_too() -> None:
    recorder = Recorder()
    recorder.queue = [_history_page(0, 3, 2), _history_page(2, 3, 2)]
    async with AsyncBikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
    ) as client:
        seen = []
        async for tx in client.credits.iter_history(page_size=2):
            seen.append(tx.reason)
            if len(seen) == 1:
                assert len(recorder.requests) == 1
    assert seen == ["entry 0", "entry 1", "entry 2"]
    assert len(recorder.requests) == 2
