"""Arbitrary Python values thrown at every public method: only the allowed exceptions come out.

The methods are found by introspecting the clients' resources, so the test follows the API as
it grows. For every call, either it goes through (the mock answers), or it raises pydantic's
``ValidationError``, a plain ``TypeError`` / ``ValueError`` with nothing sent, or one of the
SDK's own errors. Anything else (a ``UnicodeEncodeError``, ``RecursionError``, an httpx2 error,
an ``AttributeError``…) is a failure, and so is an argument error raised after a request left.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import functools
import inspect
import traceback
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient, BikiniBottomError

from .spec_mock import Recorder
from .wire import async_client, sync_client

CLIENT_LEVEL = {"close", "capture_responses", "base_url", "is_closed"}


def resource_methods(client: object) -> list[tuple[str, str]]:
    """Every public (resource, method) pair reachable from a client instance."""
    found = []
    for name in sorted(dir(client)):
        if name.startswith("_") or name in CLIENT_LEVEL:
            continue
        resource = getattr(client, name)
        if callable(resource) or isinstance(resource, str | int | float | bool | type(None)):
            continue
        for method in sorted(dir(resource)):
            if not method.startswith("_") and callable(getattr(resource, method)):
                found.append((name, method))
    return found


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"k": [value]}
    return value


class Colour(enum.Enum):
    RED = "red"


SPECIAL = st.sampled_from(
    [
        "",
        ".",
        "..",
        "/",
        "a/b",
        "%2e%2e",
        "\x00",
        "\ud800",
        "caf\u00e9",
        "\U0001f600",
        2**53 + 1,
        -(2**63),
        10**400,
        float("nan"),
        float("inf"),
        True,
        b"bytes",
        bytearray(b"x"),
        object(),
        Colour.RED,
        dt.datetime(1, 1, 1),
        dt.date(2026, 1, 1),
        [[[[[]]]]],
        {1: "a", "1": "b"},
        {"__class__": 1},
        lambda: None,
        ...,
        NotImplemented,
        frozenset({1}),
    ]
)
JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(st.characters(exclude_categories=()), max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=5) | st.integers(), inner, max_size=3)
    ),
    max_leaves=10,
)
HOSTILE = SPECIAL | JSONISH
OPTION_VALUES = st.fixed_dictionaries(
    {},
    optional={
        "timeout": HOSTILE,
        "max_retries": HOSTILE,
        "idempotency_key": HOSTILE,
        "extra_headers": HOSTILE | st.dictionaries(st.text(max_size=5), st.text(max_size=5)),
        "retry_policy": HOSTILE,
    },
)


def allowed_before_sending(exc: BaseException) -> bool:
    return type(exc) in (TypeError, ValueError) or isinstance(exc, ValidationError)


def arguments(method: Callable[..., Any], draw: Any) -> tuple[list[Any], dict[str, Any]]:
    """Hostile values for some parameters (all required ones), positionally while possible."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    positional = True
    for param in inspect.signature(method).parameters.values():
        if param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL):
            continue
        if param.default is not param.empty and draw(st.booleans()):
            positional = False  # a later positional argument would land in this slot
            continue
        value = draw(HOSTILE)
        if positional and param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            args.append(value)
        else:
            positional = False
            kwargs[param.name] = value
    if draw(st.booleans()):
        kwargs.update(draw(OPTION_VALUES))
    return args, kwargs


RESOURCE_LAYER = ("/_generated/", "/_sync/resources/", "/_async/resources/", "/_core/shaping.py")
RESOURCE_FINDINGS: dict[str, str] = {}
"""Foreign exceptions raised by the resource layer (argument handling before the transport)."""


def _origin(exc: BaseException) -> str:
    """The innermost openspawn file in the exception's traceback."""
    origin = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if "/openspawn/" in frame.filename.replace("\\", "/"):
            origin = frame.filename.replace("\\", "/")
    return origin


def judge(recorder: Recorder, run: Callable[[], Any]) -> None:
    recorder.requests.clear()
    try:
        run()
    except BikiniBottomError:
        return  # the SDK's own error (the mock's example answer may not fit every call)
    except Exception as exc:
        if not allowed_before_sending(exc):
            origin = _origin(exc)
            if recorder.requests == [] and any(part in origin for part in RESOURCE_LAYER):
                where = origin.split("/openspawn/")[-1]
                RESOURCE_FINDINGS.setdefault(f"{type(exc).__name__} in {where}", f"{exc!s:.120}")
                return
            raise AssertionError(f"foreign exception {type(exc).__name__}: {exc!s:.300}") from exc
        assert recorder.requests == [], (
            f"{type(exc).__name__} raised after a request was sent: {exc!s:.300}"
        )


def check_resource_findings() -> None:
    """The transport and core never let a foreign exception out (asserted in ``judge``).

    Argument handling in the resource layer (generated builders and resource methods, owned by
    the generated-resources work) is reported here: the test is an expected failure naming each
    kind until that layer validates its arguments, and passes by itself once it does.
    """
    if RESOURCE_FINDINGS:
        found = "; ".join(f"{k} ({v})" for k, v in sorted(RESOURCE_FINDINGS.items()))
        pytest.fail(f"the resource layer lets foreign exceptions out: {found}")


def _call_and_consume(method: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    _consume(method(**kwargs))


def _consume(result: Any) -> None:
    """Paginators fetch on iteration: walk a couple of items so that their requests are made."""
    if hasattr(result, "__iter__") and type(result).__name__.endswith("Paginator"):
        for i, _ in enumerate(result):
            if i >= 1:
                break


async def _consume_async(result: Any) -> None:
    if inspect.isawaitable(result):
        await result
    elif hasattr(result, "__aiter__"):
        i = 0
        async for _ in result:
            i += 1
            if i >= 2:
                break


SYNC_RECORDER = Recorder()
SYNC_CLIENT = sync_client(SYNC_RECORDER, max_retries=0)
SYNC_METHODS = resource_methods(SYNC_CLIENT)


def test_the_methods_are_found() -> None:
    names = {f"{r}.{m}" for r, m in SYNC_METHODS}
    assert {"agents.get", "credits.transfer", "tasks.create", "events.iter_events"} <= names
    assert len(names) >= 40


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(data=st.data())
def _explore_sync(data: st.DataObject) -> None:
    resource, name = data.draw(st.sampled_from(SYNC_METHODS))
    method = getattr(getattr(SYNC_CLIENT, resource), name)
    args, kwargs = arguments(method, data.draw)
    judge(SYNC_RECORDER, lambda: _consume(method(*args, **kwargs)))


def test_sync_methods_raise_only_allowed_exceptions() -> None:
    RESOURCE_FINDINGS.clear()
    _explore_sync()
    check_resource_findings()


@pytest.fixture(scope="module")
def loop() -> Any:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


ASYNC_RECORDER = Recorder()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
    database=None,
)
@given(data=st.data())
def _explore_async(loop: Any, data: st.DataObject) -> None:
    client: AsyncBikiniBottomClient = _async_client()
    resource, name = data.draw(st.sampled_from(resource_methods(client)))
    method = getattr(getattr(client, resource), name)
    args, kwargs = arguments(method, data.draw)
    judge(
        ASYNC_RECORDER,
        lambda: loop.run_until_complete(_consume_async(method(*args, **kwargs))),
    )


def test_async_methods_raise_only_allowed_exceptions(loop: Any) -> None:
    RESOURCE_FINDINGS.clear()
    _explore_async(loop)
    check_resource_findings()


_ASYNC: list[AsyncBikiniBottomClient] = []


def _async_client() -> AsyncBikiniBottomClient:
    if not _ASYNC:
        _ASYNC.append(async_client(ASYNC_RECORDER, max_retries=0))
    return _ASYNC[0]


EXTREMES = {
    "1 MB string": "a" * 1_000_000,
    "5,000-digit int": 10**5000,
    "3,000-deep nesting": _nested(3000),
    "lone surrogate": "\ud800",
}


@pytest.mark.parametrize("extreme", list(EXTREMES))
def test_extreme_values_in_every_parameter(extreme: str) -> None:
    RESOURCE_FINDINGS.clear()
    value = EXTREMES[extreme]
    for resource, name in SYNC_METHODS:
        method = getattr(getattr(SYNC_CLIENT, resource), name)
        params = [
            p
            for p in inspect.signature(method).parameters.values()
            if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
        ]
        for param in params:
            kwargs = {p.name: "x" for p in params if p.default is p.empty}
            kwargs[param.name] = value
            judge(SYNC_RECORDER, functools.partial(_call_and_consume, method, kwargs))
    check_resource_findings()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_url": "http://127.0.0.1:99999"},
        {"base_url": "http://[::1"},
        {"base_url": "http://" + "a" * 70_000},
        {"base_url": "http://h\ud800st"},
        {"base_url": 5},
        {"agent_id": "t\u00e9lent"},
        {"agent_id": "a b"},
        {"timeout": "5"},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"max_retries": "3"},
        {"max_retries": 10**9},
        {"default_headers": {"X-A": "\ud800"}},
        {"default_headers": {"X-A": 1}},
        {"retry_policy": 3},
        {"http_client": httpx2.AsyncClient()},
    ],
)
def test_constructor_settings_fail_up_front(kwargs: dict[str, Any]) -> None:
    settings_: dict[str, Any] = {"base_url": "http://127.0.0.1:1", "agent_id": "talent"}
    settings_["secret"] = "ab" * 32
    settings_.update(kwargs)
    with pytest.raises(Exception) as info:
        BikiniBottomClient(**settings_)
    exc = info.value
    assert isinstance(exc, BikiniBottomError) or type(exc) in (TypeError, ValueError), repr(exc)
    if kwargs.get("max_retries") == "3" or kwargs.get("timeout") == "5":
        assert isinstance(exc, TypeError)
