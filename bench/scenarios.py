"""The calls `make bench` measures: an SDK side and a raw-httpx2 side doing the same request.

Both sides talk to the same in-process ``httpx2.MockTransport`` (no network, no server), which
answers realistic recorded-shape bodies. The raw side is the floor a hand-written client would
reach: an absolute URL, the very headers the SDK sent on its first call (captured, then reused
as constants: no signing, no idempotency key generation), and ``response.json()``. The SDK side
is the public API as the guide writes it: it signs every request afresh, builds it from the
generated operation and validates the answer into models.

:func:`build` returns, per scenario, two ``run(n)`` callables performing ``n`` units of work
(a unit is one call, or for the async scenario one batch of ``in_flight`` concurrent calls), and
checks first that both sides send the same method, URL, header names, fixed header values and
body bytes.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx2

BASE = "http://bench.local"
SECRET = "0123456789abcdef" * 4
API_KEY = "osk_bench_" + "x" * 32
ORG = "00000000-0000-4000-8000-000000000001"
AGENT_ID = "3f0c9a52-6a1e-4d8e-9b51-0c7de1a0f001"
STAMP = "2026-11-25T19:24:06.626Z"
# Headers that change on every call by design: the raw side reuses the first call's values.
PER_CALL = {"x-timestamp", "x-nonce", "x-signature", "idempotency-key", "x-idempotency-key"}
# Headers httpx2 adds itself on both sides.
TRANSPORT = {"host", "content-length", "accept-encoding", "connection"}


def _capability(i: int) -> dict[str, Any]:
    return {
        "id": f"6a1e3f0c-9a52-4d8e-9b51-0c7de1a0f{i:03d}",
        "orgId": ORG,
        "agentId": AGENT_ID,
        "capability": ["research", "python", "testing"][i % 3],
        "proficiency": "expert",
        "createdAt": STAMP,
    }


# GET /agents/{id}: the single-agent shape recorded from upstream (agents_get.json).
AGENT = {
    "id": AGENT_ID,
    "agentId": "research-lead",
    "name": "Research Lead",
    "role": "worker",
    "level": 5,
    "model": "sonnet",
    "status": "active",
    "currentBalance": 1250,
    "managementFeePct": 10,
    "budgetPeriodLimit": 5000,
    "budgetPeriodSpent": 320,
    "capabilities": [_capability(1), _capability(2)],
    "metadata": {"team": "research"},
    "createdAt": STAMP,
    "updatedAt": "2026-11-26T08:30:00.000Z",
}


def _list_item(i: int) -> dict[str, Any]:
    # GET /agents: list items carry the nine summary fields only (agents_list.json).
    return {
        "id": f"00000000-0000-4000-8000-{i:012x}",
        "agentId": f"worker-{i}",
        "name": f"Worker {i}",
        "role": "worker",
        "level": 1 + i % 10,
        "model": "sonnet",
        "status": "active",
        "currentBalance": 500 + i,
        "createdAt": STAMP,
    }


TASK_BODY = {
    "title": "Write SDK tests",
    "description": "cover all endpoints",
    "priority": "high",
    "tags": ["sdk", "qa"],
    "metadata": {"k": "v"},
}
# POST /tasks answer (tasks_create.json shape).
TASK = {
    "id": "c8307be7-f6e8-4d8d-9adf-adf6db2ff510",
    "orgId": ORG,
    "identifier": "TASK-2",
    "title": "Write SDK tests",
    "description": "cover all endpoints",
    "status": "backlog",
    "priority": "high",
    "assigneeId": None,
    "creatorId": AGENT_ID,
    "parentTaskId": None,
    "approvalRequired": False,
    "approvedBy": None,
    "approvedAt": None,
    "dueDate": None,
    "completedAt": None,
    "metadata": {"k": "v"},
    "deletedAt": None,
    "createdAt": STAMP,
    "updatedAt": STAMP,
    "tags": [
        {
            "id": f"2e547e46-e0e0-4c33-ab57-8832b39f07{n}",
            "orgId": ORG,
            "taskId": AGENT_ID,
            "tag": tag,
            "createdAt": STAMP,
        }
        for n, tag in (("96", "qa"), ("97", "sdk"))
    ],
    "dependencies": [],
    "dependents": [],
}

ANSWERS: dict[tuple[str, str], tuple[int, bytes]] = {
    ("GET", f"/api/v1/agents/{AGENT_ID}"): (200, json.dumps({"data": AGENT}).encode()),
    ("GET", "/api/v1/agents"): (
        200,
        json.dumps({"data": [_list_item(i) for i in range(100)]}).encode(),
    ),
    ("POST", "/api/v1/tasks"): (201, json.dumps({"data": TASK}).encode()),
}
_JSON_HEADERS = {"content-type": "application/json"}


class Recorder:
    """The mock server: answers by route and remembers the last request it saw."""

    def __init__(self) -> None:
        self.last: httpx2.Request | None = None

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.last = request
        status, body = ANSWERS[(request.method, request.url.path)]
        return httpx2.Response(status, content=body, headers=_JSON_HEADERS)


@dataclass
class Scenario:
    name: str
    key: str
    instructions_target: float
    cpu_target: float | None
    units: int  # units of work per CPU round and side
    calls_per_unit: int = 1


SCENARIOS = [
    Scenario("signed agents.get", "get", 1.05, 1.15, 600),
    Scenario("API-key agents.get", "apikey", 1.02, None, 600),
    Scenario("signed tasks.create (POST + body)", "create", 1.08, None, 500),
    Scenario("signed agents.list of 100", "list", 1.25, None, 60),
    Scenario("async signed agents.get, 500 in flight", "async", 1.08, None, 2, 500),
]
BY_KEY = {s.key: s for s in SCENARIOS}

Runner = Callable[[int], None]


def _fixed_headers(request: httpx2.Request) -> dict[str, str]:
    return {k: v for k, v in request.headers.items() if k not in TRANSPORT}


def _same_request(sdk: httpx2.Request, raw: httpx2.Request) -> None:
    """Fail loudly if the raw side does not send what the SDK sends."""
    problems = []
    if (sdk.method, str(sdk.url)) != (raw.method, str(raw.url)):
        problems.append(f"{sdk.method} {sdk.url} vs {raw.method} {raw.url}")
    sdk_h, raw_h = _fixed_headers(sdk), _fixed_headers(raw)
    if set(sdk_h) != set(raw_h):
        problems.append(f"header names {sorted(sdk_h)} vs {sorted(raw_h)}")
    for name in set(sdk_h) - PER_CALL:
        if sdk_h[name] != raw_h.get(name):
            problems.append(f"header {name}: {sdk_h[name]!r} vs {raw_h.get(name)!r}")
    if sdk.content != raw.content:
        problems.append(f"body {sdk.content!r} vs {raw.content!r}")
    if problems:
        raise SystemExit("bench: raw and SDK requests differ: " + "; ".join(problems))


def _sync_sides(key: str) -> tuple[Runner, Runner]:
    from openspawn import BikiniBottomClient
    from openspawn.models import CreateTaskRequest

    seen_sdk, seen_raw = Recorder(), Recorder()
    auth: dict[str, str] = (
        {"api_key": API_KEY} if key == "apikey" else {"agent_id": "research-lead", "secret": SECRET}
    )
    sdk = BikiniBottomClient(
        BASE, **auth, http_client=httpx2.Client(transport=httpx2.MockTransport(seen_sdk))
    )
    raw = httpx2.Client(transport=httpx2.MockTransport(seen_raw))
    request = CreateTaskRequest.model_validate(TASK_BODY)
    agents, tasks = sdk.agents, sdk.tasks

    sdk_one: Callable[[], object]
    if key in ("get", "apikey"):
        sdk_one = lambda: agents.get(AGENT_ID)  # noqa: E731
    elif key == "list":
        sdk_one = agents.list
    else:
        sdk_one = lambda: tasks.create(request)  # noqa: E731
    sdk_one()
    assert seen_sdk.last is not None
    sent = seen_sdk.last
    url, headers, method = str(sent.url), _fixed_headers(sent), sent.method
    raw_one: Callable[[], object]
    if method == "GET":
        raw_one = lambda: raw.get(url, headers=headers).json()  # noqa: E731
    else:
        raw_one = lambda: raw.post(url, json=TASK_BODY, headers=headers).json()  # noqa: E731
    raw_one()
    assert seen_raw.last is not None
    _same_request(sent, seen_raw.last)

    def run_sdk(n: int) -> None:
        for _ in range(n):
            sdk_one()

    def run_raw(n: int) -> None:
        for _ in range(n):
            raw_one()

    return run_raw, run_sdk


def _async_sides(in_flight: int) -> tuple[Runner, Runner]:
    from openspawn import AsyncBikiniBottomClient

    loop = asyncio.new_event_loop()
    seen_sdk, seen_raw = Recorder(), Recorder()

    async def setup() -> tuple[Any, Any]:
        sdk = AsyncBikiniBottomClient(
            BASE,
            agent_id="research-lead",
            secret=SECRET,
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(seen_sdk)),
        )
        raw = httpx2.AsyncClient(transport=httpx2.MockTransport(seen_raw))
        return sdk, raw

    sdk, raw = loop.run_until_complete(setup())
    agents = sdk.agents
    loop.run_until_complete(agents.get(AGENT_ID))
    assert seen_sdk.last is not None
    url, headers = str(seen_sdk.last.url), _fixed_headers(seen_sdk.last)

    async def raw_one() -> object:
        return (await raw.get(url, headers=headers)).json()

    async def batch(make: Callable[[], Any]) -> None:
        await asyncio.gather(*(make() for _ in range(in_flight)))

    loop.run_until_complete(raw_one())
    assert seen_raw.last is not None
    _same_request(seen_sdk.last, seen_raw.last)

    def run_sdk(n: int) -> None:
        for _ in range(n):
            loop.run_until_complete(batch(lambda: agents.get(AGENT_ID)))

    def run_raw(n: int) -> None:
        for _ in range(n):
            loop.run_until_complete(batch(raw_one))

    return run_raw, run_sdk


def build(scenario: Scenario) -> tuple[Runner, Runner]:
    """(raw, sdk) runners for the scenario, checked to send the same request, warmed up."""
    if scenario.key == "async":
        raw, sdk = _async_sides(scenario.calls_per_unit)
    else:
        raw, sdk = _sync_sides(scenario.key)
    raw(2)
    sdk(2)
    return raw, sdk
