"""Hostile HTTP never gets a 500: deep nesting, huge numbers, junk bodies, paths, queries and
headers are answered 4xx with the usual error body, before any work is done.

The app's request pipeline is driven in-process (``DevServerApp.handle``), so that hypothesis can
afford hundreds of requests; the same pipeline serves real HTTP.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openspawn._devserver.app import DevServerApp, Response, _Request
from openspawn._devserver.bootstrap import bootstrap
from openspawn._devserver.crypto import SecretBox
from openspawn._devserver.jsjson import MAX_DEPTH, MAX_NUMBER_CHARS
from openspawn._devserver.store import Store

API = "/api/v1"


class App:
    def __init__(self) -> None:
        self.store = Store(":memory:")
        box = SecretBox(secrets.token_bytes(32))
        self.credentials = bootstrap(self.store, box)
        self.app = DevServerApp(self.store, box, quiet=True)
        self.tasks_before = self.count("tasks")

    def count(self, table: str) -> int:
        return int(self.store.scalar(f"SELECT count(*) FROM {table}"))

    def send(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        *,
        query: str = "",
        headers: dict[str, str] | None = None,
        auth: bool = True,
    ) -> Response:
        all_headers = {"content-type": "application/json"}
        if auth:
            all_headers["authorization"] = f"Bearer {self.credentials.api_key}"
        all_headers.update({k.lower(): v for k, v in (headers or {}).items()})
        if body:
            all_headers["content-length"] = str(len(body))
        request = _Request(method, path, query, all_headers, body, "127.0.0.1")
        return self.app.handle(request)


@pytest.fixture(scope="module")
def app() -> Iterator[App]:
    instance = App()
    yield instance
    instance.store.close()


def assert_client_error(response: Response, status: int | None = None) -> dict[str, Any]:
    body = json.loads(response.body)
    assert 400 <= response.status < 500, (response.status, body)
    if status is not None:
        assert response.status == status, body
    assert set(body) == {"error", "code"}, body
    return body  # type: ignore[no-any-return]


# -- the two bodies of the issue ------------------------------------------------------------


@pytest.mark.parametrize("auth", [False, True], ids=["anonymous", "api-key"])
def test_a_2kb_body_of_1000_nested_arrays_is_a_400(app: App, auth: bool) -> None:
    body = b"[" * 1000 + b"]" * 1000
    assert len(body) == 2000
    response = app.send("POST", f"{API}/tasks", body, auth=auth)
    error = assert_client_error(response, 400)
    assert error == {
        "error": f"the body nests objects/arrays more than {MAX_DEPTH} levels deep (at position "
        f"{MAX_DEPTH})",
        "code": "Bad Request",
    }
    assert app.count("tasks") == app.tasks_before


@pytest.mark.parametrize("auth", [False, True], ids=["anonymous", "api-key"])
def test_a_5000_digit_number_is_a_400(app: App, auth: bool) -> None:
    body = b'{"title": "x", "estimatedCredits": ' + b"9" * 5000 + b"}"
    error = assert_client_error(app.send("POST", f"{API}/tasks", body, auth=auth), 400)
    assert error["error"] == (
        f"a number in the body has 5000 characters; at most {MAX_NUMBER_CHARS} are accepted "
        "(a JavaScript number carries at most 17 significant digits)"
    )
    assert app.count("tasks") == app.tasks_before


def test_nesting_up_to_the_limit_is_accepted(app: App) -> None:
    metadata = "{}"
    for _ in range(MAX_DEPTH - 2):  # body object > metadata > ... nested objects
        metadata = '{"a":' + metadata + "}"
    body = ('{"title":"deep","metadata":' + metadata + "}").encode()
    response = app.send("POST", f"{API}/tasks", body)
    assert response.status == 201, response.body
    one_more = ('{"title":"deeper","metadata":{"a":' + metadata + "}}").encode()
    assert_client_error(app.send("POST", f"{API}/tasks", one_more), 400)


def test_brackets_inside_strings_do_not_count_as_nesting(app: App) -> None:
    title = "[" * 100 + '\\"{' * 50
    response = app.send("POST", f"{API}/tasks", f'{{"title":"{title}"}}'.encode())
    assert response.status == 201, response.body


def test_a_number_beyond_a_double_is_null_as_in_node(app: App) -> None:
    response = app.send("POST", f"{API}/tasks", b'{"title":"inf","metadata":{"big":1e400}}')
    assert response.status == 201, response.body
    assert json.loads(response.body)["data"]["metadata"] == {"big": None}
    assert b"Infinity" not in response.body


def test_a_huge_integer_in_the_query_is_a_400(app: App) -> None:
    response = app.send("GET", f"{API}/credits/history", query="limit=" + "9" * 5000)
    error = assert_client_error(response, 400)
    assert error["error"] == ["limit must not be greater than 2147483647"]


# -- 405 --------------------------------------------------------------------------------------


def test_an_unsupported_method_on_a_known_path_is_a_405_with_allow(app: App) -> None:
    response = app.send("PUT", f"{API}/tasks")
    error = assert_client_error(response, 405)
    assert error == {
        "error": "PUT is not supported on /api/v1/tasks; use GET, HEAD, POST",
        "code": "Method Not Allowed",
    }
    assert response.headers["Allow"] == "GET, HEAD, POST, OPTIONS"
    task = f"{API}/tasks/{uuid.uuid4()}"
    assert app.send("DELETE", task).headers["Allow"] == "GET, HEAD, OPTIONS"
    # a literal path is not confused with the parameter route beside it
    assert app.send("DELETE", f"{API}/agents/capacity").headers["Allow"] == "GET, HEAD, OPTIONS"
    assert app.send("POST", "/health").status == 405


def test_an_unknown_path_is_still_a_404(app: App) -> None:
    error = assert_client_error(app.send("PUT", f"{API}/nope"), 404)
    assert error["error"] == "Cannot PUT /api/v1/nope"


# -- fuzzing ---------------------------------------------------------------------------------

_PATHS = [
    f"{API}/tasks",
    f"{API}/tasks/{{id}}",
    f"{API}/tasks/{{id}}/transition",
    f"{API}/tasks/{{id}}/claim",
    f"{API}/tasks/{{id}}/dependencies",
    f"{API}/agents/register",
    f"{API}/agents/spawn",
    f"{API}/agents/{{id}}",
    f"{API}/agents/{{id}}/budget",
    f"{API}/agents/{{id}}/budget/can-spend",
    f"{API}/agents/credits/transfer",
    f"{API}/credits/spend",
    f"{API}/credits/history",
    f"{API}/credits/adjust",
    f"{API}/channels",
    f"{API}/messages",
    f"{API}/dm",
    f"{API}/dm/{{id}}/read",
    f"{API}/events",
    "/health",
]
_METHODS = st.sampled_from(["GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS", "TRACE"])
_TEXT = st.text(max_size=40)
_IDS = st.one_of(
    st.uuids().map(str),
    st.sampled_from(["", ".", "..", "%00", "%ZZ", "%2F", "x" * 3000, "\u00e9", "-1"]),
    _TEXT.map(lambda t: t.replace("/", "")),
)
_JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False),
    _TEXT,
)
_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)
_FIELDS = st.sampled_from(
    ["title", "status", "amount", "level", "name", "limit", "metadata", "toAgentId", "reason"]
)
_OBJECTS = st.dictionaries(_FIELDS, _JSON, max_size=5)


def _json_text(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


_BODIES = st.one_of(
    _OBJECTS.map(_json_text),
    _JSON.map(_json_text),
    st.binary(max_size=200),
    st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(min_value=1, max_value=3000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    st.integers(min_value=1, max_value=6000).map(lambda n: b'{"amount":' + b"7" * n + b"}"),
    st.integers(min_value=1, max_value=6000).map(lambda n: b'{"amount":0.' + b"1" * n + b"}"),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
_QUERIES = st.lists(
    st.tuples(
        st.sampled_from(["limit", "offset", "page", "depth", "amount", "status", "before", "x"]),
        st.one_of(_TEXT, st.integers().map(str), st.just("9" * 5000)),
    ),
    max_size=3,
).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))
_HEADERS = st.dictionaries(
    st.sampled_from(
        [
            "X-Idempotency-Key",
            "Idempotency-Key",
            "X-Agent-Id",
            "X-Timestamp",
            "X-Nonce",
            "X-Signature",
            "Authorization",
            "Content-Type",
        ]
    ),
    st.one_of(
        st.text(alphabet=st.characters(max_codepoint=255), max_size=80),
        st.uuids().map(str),
        st.just("9" * 5000),
    ),
    max_size=4,
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    method=_METHODS,
    template=st.sampled_from(_PATHS),
    ident=_IDS,
    body=_BODIES,
    query=_QUERIES,
    headers=_HEADERS,
    auth=st.booleans(),
)
def test_no_hostile_request_is_a_server_error(
    app: App,
    method: str,
    template: str,
    ident: str,
    body: bytes,
    query: str,
    headers: dict[str, str],
    auth: bool,
) -> None:
    path = template.replace("{id}", ident)
    response = app.send(method, path, body, query=query, headers=headers, auth=auth)
    assert response.status < 500, (response.status, response.body[:500])
    if response.status >= 400:
        assert_client_error(response)
