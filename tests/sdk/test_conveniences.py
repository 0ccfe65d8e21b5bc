"""with_options, with_raw_response, request ids, default_query and extra_* — sync and async.

Every test runs the same scenario through the sync and the async client (``run`` awaits what
the async client returns) and asserts what goes on the wire or what the caller gets back.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from openspawn import (
    AsyncBikiniBottomClient,
    BikiniBottomClient,
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    RawResponse,
)
from openspawn._core.signing import sign

from .spec_mock import Recorder
from .wire import AGENT, SECRET, error

CHANNEL = "22222222-2222-4222-8222-222222222222"


def make(kind: str, recorder: Recorder, **kwargs: Any) -> Any:
    if kind == "sync":
        return BikiniBottomClient(
            "http://bb.test",
            agent_id="talent",
            secret=SECRET,
            http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)),
            **kwargs,
        )
    return AsyncBikiniBottomClient(
        "http://bb.test",
        agent_id="talent",
        secret=SECRET,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
        **kwargs,
    )


def both(test: Callable[..., Any]) -> Any:
    return pytest.mark.parametrize("kind", ["sync", "async"])(test)


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def drive(kind: str, body: Callable[[], Any]) -> Any:
    """Run an ``async def`` scenario; the sync client's results are awaited by ``call``."""
    del kind
    return asyncio.run(body())


def signature_ok(request: httpx2.Request) -> bool:
    expected = sign(
        bytes.fromhex(SECRET),
        request.method,
        request.url.raw_path.decode().split("?")[0],
        request.headers["x-timestamp"],
        request.headers["x-nonce"],
        request.content,
    )
    return expected == request.headers["x-signature"]


# --- with_options -------------------------------------------------------------------------


@both
def test_with_options_changes_settings_for_the_copy_only(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder, default_headers={"X-Team": "a"})

    async def scenario() -> None:
        copy = client.with_options(
            timeout=7.0, max_retries=0, default_headers={"X-Trace": "t1"}, default_query={"v": "2"}
        )
        assert type(copy) is type(client)
        recorder.queue = [error(503)]
        with pytest.raises(Exception, match="1 attempt"):
            await call(copy.agents.list())
        assert len(recorder.requests) == 1  # max_retries=0: no second attempt
        await call(copy.agents.list())
        sent = recorder.last
        assert sent.headers["x-team"] == "a" and sent.headers["x-trace"] == "t1"
        assert sent.url.params["v"] == "2"
        assert sent.extensions["timeout"]["read"] == 7.0
        await call(client.agents.list())
        plain = recorder.last
        assert "x-trace" not in plain.headers and "v" not in plain.url.params
        assert plain.extensions["timeout"]["read"] != 7.0

    drive(kind, scenario)


@both
def test_closing_a_copy_keeps_the_shared_pool_open(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        copy = client.with_options(max_retries=1)
        assert copy._transport._pool is client._transport._pool
        await call(copy.close())
        assert copy.is_closed and not client.is_closed
        await call(client.agents.list())  # the original still sends
        with pytest.raises(ClientClosedError, match="has been closed"):
            await call(copy.agents.list())
        other = client.with_options(max_retries=2)
        await call(client.close())
        assert other.is_closed
        with pytest.raises(ClientClosedError, match="copied from with with_options"):
            await call(other.agents.list())

    drive(kind, scenario)


@both
def test_a_copy_of_an_owned_pool_does_not_close_it(kind: str) -> None:
    cls = BikiniBottomClient if kind == "sync" else AsyncBikiniBottomClient
    client = cls("http://bb.test", agent_id="talent", secret=SECRET)

    async def scenario() -> None:
        copy = client.with_options(timeout=1.0)
        await call(copy.close())
        assert not client._transport._pool.http.is_closed
        await call(client.close())
        assert client._transport._pool.http.is_closed

    drive(kind, scenario)


@both
def test_with_options_replaces_credentials_and_checks_values(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        as_key = client.with_options(api_key="osp_" + "ab" * 32)
        await call(as_key.agents.list())
        assert recorder.last.headers["authorization"] == "Bearer osp_" + "ab" * 32
        assert "x-signature" not in recorder.last.headers
        await call(client.agents.list())
        assert "authorization" not in recorder.last.headers and signature_ok(recorder.last)
        with pytest.raises(ConfigurationError, match="max_retries"):
            client.with_options(max_retries=-1)
        with pytest.raises(ConfigurationError, match="timeout"):
            client.with_options(timeout=0)
        with pytest.raises(ConfigurationError, match="without its secret"):
            client.with_options(agent_id="other")
        with pytest.raises(TypeError, match="default_query"):
            client.with_options(default_query={"n": 1})
        with pytest.raises(TypeError):
            client.with_options(timout=3)
        assert "ab" * 32 not in repr(as_key)

    drive(kind, scenario)


# --- with_raw_response --------------------------------------------------------------------


@both
def test_raw_response_has_status_headers_request_id_and_parses_as_the_plain_call(
    kind: str,
) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        raw = await call(client.with_raw_response.credits.history(limit=2))
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "application/json"
        assert raw.request_id == "req-123"
        assert raw.http_request.method == "GET"
        assert raw.http_request.url == "http://bb.test/api/v1/credits/history?limit=2&offset=0"
        assert raw.operation_id == "listCreditHistory" and raw.retries_taken == 0
        assert raw.json() == json.loads(raw.content)
        assert raw.parse() == await call(client.credits.history(limit=2))
        assert SECRET not in repr(raw) and "x-signature" not in repr(raw).lower()
        balance = await call(client.with_raw_response.credits.balance())
        assert balance.parse() == await call(client.credits.balance())
        assert isinstance(balance.parse(), int)

    drive(kind, scenario)


@both
def test_raw_response_covers_every_operation_of_every_resource(kind: str) -> None:
    client = make(kind, Recorder())
    names = [n for n in dir(client) if not n.startswith("_")]
    resources = [n for n in names if hasattr(getattr(client, n), "__operations__")]
    assert {"agents", "tasks", "credits", "events", "messages"} <= set(resources)
    for name in resources:
        raw = getattr(client.with_raw_response, name)
        for method in getattr(client, name).__operations__:
            assert callable(getattr(raw, method))
    with pytest.raises(AttributeError, match="iter_history"):
        client.with_raw_response.credits.iter_history  # noqa: B018
    with pytest.raises(AttributeError, match="no resource 'base_url'"):
        client.with_raw_response.base_url  # noqa: B018


@both
def test_raw_response_counts_retries_and_raises_like_the_plain_call(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("openspawn._core.io.sync_sleep", lambda s: None)

    async def no_sleep(seconds: float) -> None:
        del seconds

    monkeypatch.setattr("openspawn._core.io.async_sleep", no_sleep)
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        recorder.queue = [error(503)]
        with client.capture_responses() as outer:
            raw = await call(client.with_raw_response.agents.get(AGENT))
        assert raw.retries_taken == 1 and raw.status_code == 200
        assert [r.status_code for r in outer] == [503, 200]  # an outer capture still sees both
        recorder.queue = [error(404, "Agent not found")]
        with pytest.raises(NotFoundError, match="Agent not found"):
            await call(client.with_raw_response.agents.get(AGENT))

    drive(kind, scenario)


# --- request ids on results ---------------------------------------------------------------


@both
def test_returned_models_carry_the_request_id(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        agent = await call(client.agents.get(AGENT))
        assert agent._request_id == "req-123"
        _items, meta = await call(client.credits.history())
        assert meta._request_id == "req-123"
        created = await call(client.agents.create(name="Worker", level=1))
        assert created._request_id == "req-123" and created.data._request_id == "req-123"
        # The id is not part of the model: equality, dumps and copies ignore it.
        copy = agent.model_copy()
        assert copy == agent and copy._request_id is None
        assert "req-123" not in json.dumps(agent.model_dump(mode="json"))
        assert "req-123" not in repr(agent)

    drive(kind, scenario)


# --- default_query and extra_* on the wire ------------------------------------------------


@both
def test_default_query_then_the_operations_own_then_extra_query(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder, default_query={"tenant": "t1", "limit": "99"})

    async def scenario() -> None:
        await call(client.credits.history(limit=5, extra_query={"tenant": "t2", "trace": "1"}))
        params = recorder.last.url.params
        assert dict(params) == {"tenant": "t2", "limit": "5", "offset": "0", "trace": "1"}
        assert signature_ok(recorder.last)
        await call(client.credits.spend(10, "Work", extra_query={"dry": "1"}))
        assert recorder.last.url.params["tenant"] == "t1" and recorder.last.url.params["dry"] == "1"
        assert signature_ok(recorder.last)

    drive(kind, scenario)


@both
def test_extra_body_and_headers_are_sent_and_signed_as_sent(kind: str) -> None:
    recorder = Recorder()
    client = make(kind, recorder)

    async def scenario() -> None:
        await call(
            client.credits.spend(
                10,
                "Work",
                extra_body={"note": "café", "reason": "Override"},
                extra_headers={"X-Trace": "abc"},
            )
        )
        sent = recorder.last
        assert json.loads(sent.content) == {"amount": 10, "reason": "Override", "note": "café"}
        assert sent.headers["x-trace"] == "abc" and signature_ok(sent)
        task = "33333333-3333-4333-8333-333333333333"
        await call(client.tasks.approve(task, extra_body={"comment": "ok"}))
        assert json.loads(recorder.last.content) == {"comment": "ok"}
        assert signature_ok(recorder.last)
        count = len(recorder.requests)
        with pytest.raises(ValueError, match="extra_body cannot be used with GET"):
            await call(client.agents.list(extra_body={"x": 1}))
        with pytest.raises(TypeError, match="extra_query"):
            await call(client.agents.list(extra_query={"limit": 5}))
        assert len(recorder.requests) == count  # refused before sending

    drive(kind, scenario)


def test_constructor_checks_default_query() -> None:
    with pytest.raises(ConfigurationError, match="default_query"):
        BikiniBottomClient("http://bb.test", api_key="osp_x", default_query={"": "x"})
    with pytest.raises(TypeError, match="default_query"):
        BikiniBottomClient("http://bb.test", api_key="osp_x", default_query={"n": 2})  # type: ignore[dict-item]


def test_every_single_call_method_is_listed_for_with_raw_response() -> None:
    """``__operations__`` (generated) is exactly the async resources' coroutine methods."""
    client = AsyncBikiniBottomClient("http://bb.test", api_key="osp_x")
    for name in dir(client):
        resource = getattr(client, name) if not name.startswith("_") else None
        operations = getattr(resource, "__operations__", None)
        if operations is None:
            continue
        # The generated class (the events feed's waits, hand-written on a subclass, make many
        # calls and are not operations).
        generated = next(c for c in type(resource).__mro__ if "__operations__" in c.__dict__)
        single_calls = {
            method
            for method, value in generated.__dict__.items()
            if not method.startswith("_") and inspect.iscoroutinefunction(value)
        }
        assert single_calls == set(operations), name
