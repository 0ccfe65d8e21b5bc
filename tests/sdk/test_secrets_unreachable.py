"""After a failing call, the API key and the agent secret are nowhere a user or a log can reach.

Searched: the exception's str/repr/attributes, every exception of its ``__cause__`` /
``__context__`` chain (and their httpx2 requests), a traceback rendered with captured locals,
and the pickled exception; the client and its config refuse to be pickled.
"""

from __future__ import annotations

import copy
import pickle
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

from openspawn import BikiniBottomClient, BikiniBottomError
from openspawn.models import TransferCreditsRequest

from .spec_mock import Recorder
from .wire import API_KEY, SECRET, async_client, error, sync_client

TRANSFER = TransferCreditsRequest(to_agent_id="worker", amount=5, reason="x")
NEEDLES = (SECRET, SECRET.upper(), API_KEY, bytes.fromhex(SECRET).hex())


def chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__]


def texts(exc: BaseException) -> Iterator[str]:
    rendered = traceback.TracebackException.from_exception(exc, capture_locals=True)
    yield "".join(rendered.format())
    for item in chain(exc):
        yield str(item)
        yield repr(item)
        yield repr(item.args)
        yield repr(vars(item)) if hasattr(item, "__dict__") else ""
        request = getattr(item, "_request", None)
        if isinstance(item, httpx2.RequestError):
            try:
                request = item.request
            except RuntimeError:
                request = None
        if request is not None:
            yield repr(dict(request.headers))
            yield repr(request.headers.raw)
        yield "".join(traceback.format_tb(item.__traceback__))


def assert_clean(exc: BaseException) -> None:
    for text in texts(exc):
        for needle in NEEDLES:
            assert needle not in text
    data = pickle.dumps(exc)
    for needle in NEEDLES:
        assert needle.encode() not in data
    assert bytes.fromhex(SECRET) not in data
    assert isinstance(pickle.loads(data), type(exc))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


ANSWERS: dict[str, Callable[[], Any]] = {
    "connect": lambda: httpx2.ConnectError("refused"),
    "read-timeout": lambda: httpx2.ReadTimeout("slow"),
    "protocol": lambda: httpx2.RemoteProtocolError("cut"),
    "500": lambda: error(500),
    "503": lambda: error(503),
    "401": lambda: error(401, "Unauthorized"),
    "429": lambda: error(429, **{"retry-after": "0"}),
}


def fail_sync(client: BikiniBottomClient) -> BaseException:
    try:
        client.credits.transfer(TRANSFER, max_retries=1)
    except BikiniBottomError as exc:
        return exc
    raise AssertionError("the call did not fail")


@pytest.mark.parametrize("api_key", [True, False], ids=["api-key", "hmac"])
@pytest.mark.parametrize("answer", list(ANSWERS))
def test_no_secret_after_a_failing_call(answer: str, api_key: bool, slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [ANSWERS[answer](), ANSWERS[answer]()]
    exc = fail_sync(sync_client(recorder, api_key=api_key))
    assert_clean(exc)


@pytest.mark.parametrize("api_key", [True, False], ids=["api-key", "hmac"])
def test_no_secret_after_a_real_connection_failure(api_key: bool, slept: list[float]) -> None:
    creds: dict[str, Any] = (
        {"api_key": API_KEY} if api_key else {"agent_id": "talent", "secret": SECRET}
    )
    client = BikiniBottomClient(f"http://127.0.0.1:{closed_port()}", **creds)
    exc = fail_sync(client)
    assert_clean(exc)
    assert exc.__cause__ is not None  # the kind of failure is still there to read


@pytest.mark.parametrize("api_key", [True, False], ids=["api-key", "hmac"])
async def test_no_secret_after_a_failing_async_call(api_key: bool, slept: list[float]) -> None:
    recorder = Recorder()
    recorder.queue = [httpx2.ReadTimeout("slow"), error(500)]
    async with async_client(recorder, api_key=api_key) as client:
        try:
            await client.credits.transfer(TRANSFER, max_retries=1)
        except BikiniBottomError as exc:
            assert_clean(exc)
        else:
            raise AssertionError("the call did not fail")


@pytest.mark.parametrize("api_key", [True, False], ids=["api-key", "hmac"])
def test_clients_configs_and_credentials_cannot_be_pickled_or_copied(api_key: bool) -> None:
    client = sync_client(Recorder(), api_key=api_key)
    config = client._transport.config
    for thing in (client, config, config.credentials):
        with pytest.raises(TypeError, match="cannot be pickled"):
            pickle.dumps(thing)
    with pytest.raises(TypeError):
        copy.copy(config.credentials)
    for needle in NEEDLES:
        assert needle not in repr(client) and needle not in repr(config)


def test_the_signing_key_is_not_an_attribute() -> None:
    credentials = sync_client(Recorder())._transport.config.credentials
    for name in dir(credentials):
        value = getattr(credentials, name, None)
        if isinstance(value, bytes | str):
            assert value not in (SECRET, bytes.fromhex(SECRET))
