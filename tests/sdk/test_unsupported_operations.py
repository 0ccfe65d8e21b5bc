"""An operation the server lacks raises a clear error naming it, at once, sync and async.

`tasks.claim` is an openspawn extension (`x-bikinibottom-extension`): the upstream server answers
404 "Cannot POST ...". `agents.capacity`, `agents.list_pending` and `templates.list` are routes
upstream shadows with `GET .../{id}` (`x-bikinibottom-upstream: {status: shadowed}`): it answers
500. Both become an `UnsupportedOperationError` (a `NotFoundError`) after one request.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml

from openspawn import (
    APIError,
    AsyncBikiniBottomClient,
    BikiniBottomClient,
    ExtensionNotSupportedError,
    NotFoundError,
    RetryableError,
    UnsupportedOperationError,
)
from openspawn._core.errors import UNSUPPORTED_UPSTREAM

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "upstream-examples"
TASK = "33e94f02-1fdc-4855-ac56-49dc1676fbf6"
SECRET = "ab" * 32


def _recorded(name: str) -> tuple[int, bytes]:
    response = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["response"]
    return response["status"], json.dumps(response["body"]).encode()


CLAIM_404 = _recorded("tasks_claim_endpoint")  # {"error": "Cannot POST /api/v1/tasks/.../claim"}
SHADOWED_500 = _recorded("agents_capacity_shadowed")  # {"error": "Internal server error"}

# (method, arguments, the answer, what the error names)
CASES: dict[str, tuple[str, tuple[Any, ...], tuple[int, bytes], str]] = {
    "claim": ("tasks.claim", (TASK,), CLAIM_404, "POST /api/v1/tasks/{id}/claim"),
    "capacity": ("agents.capacity", (), SHADOWED_500, "GET /api/v1/agents/capacity"),
    "pending": ("agents.list_pending", (), SHADOWED_500, "GET /api/v1/agents/pending"),
    "templates": ("templates.list", (), SHADOWED_500, "GET /api/v1/tasks/templates"),
}


class Server:
    """A mock transport that answers every request the same way and counts them."""

    def __init__(self, answer: tuple[int, bytes]) -> None:
        self.status, self.body = answer
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return httpx2.Response(
            self.status, content=self.body, headers={"content-type": "application/json"}
        )


def _call(variant: str, server: Server, name: str, *args: Any) -> Any:
    """Call ``name`` on a client with the default retries (3) over ``server``."""
    resource, method = name.split(".")
    if variant == "sync":
        with BikiniBottomClient(
            "http://upstream.test",
            agent_id="talent",
            secret=SECRET,
            http_client=httpx2.Client(transport=httpx2.MockTransport(server)),
        ) as client:
            return getattr(getattr(client, resource), method)(*args)

    async def run() -> Any:
        async with AsyncBikiniBottomClient(
            "http://upstream.test",
            agent_id="talent",
            secret=SECRET,
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(server)),
        ) as client:
            return await getattr(getattr(client, resource), method)(*args)

    return asyncio.run(run())


def _raises(variant: str, server: Server, name: str, *args: Any) -> UnsupportedOperationError:
    with pytest.raises(UnsupportedOperationError) as info:
        _call(variant, server, name, *args)
    return info.value


@pytest.mark.parametrize("variant", ["sync", "async"])
def test_missing_extension_names_it(variant: str) -> None:
    server = Server(CLAIM_404)
    error = _raises(variant, server, "tasks.claim", TASK)
    assert type(error) is ExtensionNotSupportedError and isinstance(error, NotFoundError)
    assert len(server.requests) == 1
    assert error.status_code == 404
    assert error.operation_id == "claimTask"
    assert error.route == "POST /api/v1/tasks/{id}/claim"
    assert error.message.startswith(
        "this server does not implement POST /api/v1/tasks/{id}/claim (an openspawn extension; "
        "the upstream BikiniBottom server has no per-task claim): the server answered "
        f"'Cannot POST /api/v1/tasks/{TASK}/claim'. Nothing was done"
    )
    assert "tasks.assign" in error.message
    assert error.may_have_been_applied is False
    assert error.idempotency_key == server.requests[0].headers["Idempotency-Key"]
    assert str(error).endswith("(HTTP 404)")


@pytest.mark.parametrize("variant", ["sync", "async"])
@pytest.mark.parametrize("case", ["capacity", "pending", "templates"])
def test_shadowed_route_is_named_and_not_retried(variant: str, case: str) -> None:
    name, args, answer, route = CASES[case]
    server = Server(answer)
    error = _raises(variant, server, name, *args)
    assert type(error) is UnsupportedOperationError
    assert not isinstance(error, RetryableError)
    assert len(server.requests) == 1, "a shadowed route answers the same on every retry"
    assert error.status_code == 500
    assert error.route == route
    assert error.message.startswith(f"this server cannot serve {route}, a shadowed route (")
    assert "'Internal server error'" in error.message
    assert error.attempts == 1 and error.idempotency_key is None


@pytest.mark.parametrize("variant", ["sync", "async"])
def test_a_real_not_found_on_an_extension_stays_a_not_found(variant: str) -> None:
    """The dev server has the claim route: its 404 for an unknown task is a plain NotFoundError."""
    server = Server((404, b'{"error":"Task not found","code":"NOT_FOUND"}'))
    with pytest.raises(NotFoundError) as info:
        _call(variant, server, "tasks.claim", TASK)
    assert type(info.value) is NotFoundError
    assert info.value.message == "Task not found"


@pytest.mark.parametrize("variant", ["sync", "async"])
def test_a_refusal_of_a_shadowed_route_stays_what_it_is(variant: str) -> None:
    """A 401 or 403 is about the caller, not the route: it keeps its own class."""
    server = Server((403, b'{"error":"Forbidden","code":"FORBIDDEN"}'))
    with pytest.raises(APIError) as info:
        _call(variant, server, "agents.capacity")
    assert not isinstance(info.value, UnsupportedOperationError)
    assert info.value.status_code == 403


def _marked_in_spec() -> dict[str, tuple[str, str]]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            marker = op.get("x-bikinibottom-upstream") or {}
            if op.get("x-bikinibottom-extension"):
                found[op["operationId"]] = ("extension", f"{method.upper()} {path}")
            elif marker.get("status") == "shadowed":
                found[op["operationId"]] = ("shadowed", f"{method.upper()} {path}")
    return found


def test_the_table_is_the_specs_markers() -> None:
    """errors.UNSUPPORTED_UPSTREAM lists exactly the operations openapi.yaml marks."""
    table = {op: (entry[0], entry[1]) for op, entry in UNSUPPORTED_UPSTREAM.items()}
    assert table == _marked_in_spec()


def test_every_table_entry_is_tested_here() -> None:
    assert {case[3] for case in CASES.values()} == {e[1] for e in UNSUPPORTED_UPSTREAM.values()}
