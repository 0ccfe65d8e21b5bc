"""Where the SDK's per-call cost goes: each piece of the call path measured on its own.

    python bench/breakdown.py [--valgrind]

Each line is one piece, run in a loop on objects built as a real call builds them
(bench/scenarios.py's answers, a signed client on a MockTransport): CPU µs (best of 7 loops), or
with ``--valgrind`` instructions per run under callgrind (load-independent, one process, one
marked phase per piece: bench/callgrind.py). Lines starting with ``proto:`` time a candidate
replacement for the piece above them, so that docs/performance.md can estimate savings; the
list section times the options for "lists that cost what they carry".

It reaches into private modules on purpose (``openspawn._core``, ``openspawn._generated``):
when those move, update the imports here.
"""

# ruff: noqa: E501  (a table of pieces reads better one per line)
from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))

import callgrind
import scenarios
from scenarios import AGENT_ID, ANSWERS, BASE, SECRET, TASK_BODY

Piece = tuple[str, Callable[[], object], int]


def call_pieces() -> list[Piece]:
    from openspawn import BikiniBottomClient
    from openspawn._core.arguments import NO_OPTIONS, NO_QUERY, uuid_segment
    from openspawn._core.call import new_idempotency_key, observing, parse_answer, prepare
    from openspawn._core.wirejson import dumps, exact_dumps
    from openspawn._generated._sync import agents as agents_module
    from openspawn._generated.models import AgentResponse
    from openspawn._generated.types import UNSET, stamp_received_headers
    from openspawn.models import CreateTaskRequest

    seen = scenarios.Recorder()
    http = httpx2.Client(transport=httpx2.MockTransport(seen))
    sdk = BikiniBottomClient(BASE, agent_id="research-lead", secret=SECRET, http_client=http)
    keyed = BikiniBottomClient(BASE, api_key=scenarios.API_KEY, http_client=http)
    transport = sdk.agents._transport
    config = transport.config
    keyed_config = keyed.agents._transport.config
    get = agents_module._GET  # the `Endpoint` agents.get sends
    path = f"/api/v1/agents/{AGENT_ID}"
    body = ANSWERS[("GET", path)][1]
    request = CreateTaskRequest.model_validate(TASK_BODY)
    wire = request.to_wire()
    sdk.agents.get(AGENT_ID)
    assert seen.last is not None
    headers = {k: v for k, v in seen.last.headers.items() if k not in scenarios.TRANSPORT}
    url = str(seen.last.url)
    response = http.get(url, headers=headers)
    answer = AgentResponse.model_validate_json(body)
    key = bytes.fromhex(SECRET)
    message = f"GET{path}1700000000{'ab' * 32}".encode()

    n = 1000
    return [
        ("raw httpx2: get(url, headers).json()", lambda: http.get(url, headers=headers).json(), n),
        ("SDK signed agents.get, whole call", lambda: sdk.agents.get(AGENT_ID), n),
        ("SDK API-key agents.get, whole call", lambda: keyed.agents.get(AGENT_ID), n),
        ("transport.send(endpoint, path, ...) (the call without the method)", lambda: transport.send(get, path, NO_QUERY, UNSET, NO_OPTIONS), n),
        ("  the path: uuid_segment(...) in its f-string", lambda: f"/api/v1/agents/{uuid_segment('agents.get', 'agent_id', AGENT_ID)}", n),
        ("  observing(): capture or debug logging?", observing, n),
        ("  prepare(), signed (path check, template copy, URL)", lambda: prepare(config, "GET", path, NO_QUERY, UNSET, NO_OPTIONS), n),
        ("  prepare(), API key (the template as it is)", lambda: prepare(keyed_config, "GET", path, NO_QUERY, UNSET, NO_OPTIONS), n),
        ("  signing: credentials.apply", lambda: config.credentials.apply({}, "GET", path, b""), n),
        ("    hmac.digest(key, msg).hex() (one-shot, for comparison)", lambda: hmac.digest(key, message, hashlib.sha256).hex(), n),
        ("    os.urandom(32).hex() (nonce)", lambda: os.urandom(32).hex(), n),
        ("  http.request as the SDK calls it", lambda: http.request("GET", url, params=None, headers=headers, content=None, timeout=httpx2.USE_CLIENT_DEFAULT), n),
        ("  parse_answer() (parse + stamp the returned model)", lambda: parse_answer(get, path, response), n),
        ("    get.parse: the validator on the body", lambda: get.parse(200, body), n),
        ("    stamping the whole envelope instead (builders' Operation)", lambda: stamp_received_headers(answer, response.headers), n),
        ("  raw side: response.json()", response.json, n),
        ("POST tasks.create: prepare() (wire_json, idempotency key)", lambda: prepare(config, "POST", "/api/v1/tasks", NO_QUERY, request, NO_OPTIONS), n),
        ("  request.to_wire()", request.to_wire, n),
        ("  wirejson.dumps (fast path)", lambda: dumps(wire), n),
        ("  wirejson.exact_dumps", lambda: exact_dumps(wire), n),
        ("  json.dumps(compact, ensure_ascii=False)", lambda: json.dumps(wire, separators=(",", ":"), ensure_ascii=False), n),
        ("  new_idempotency_key()", new_idempotency_key, n),
        ("    str(uuid.uuid4())", lambda: str(uuid.uuid4()), n),
    ]  # fmt: skip


def list_pieces() -> list[Piece]:
    """One agents.list answer of 100 items: today's parse and lighter alternatives."""
    from pydantic import ConfigDict, Field, TypeAdapter, create_model

    from openspawn._generated.models import AgentListResponse
    from openspawn.models import Agent, AgentCapability

    body = ANSWERS[("GET", "/api/v1/agents")][1]
    present = {"id", "agent_id", "name", "role", "level", "model", "status"}
    present |= {"current_balance", "created_at"}

    def variant(label: str, config: ConfigDict, only: set[str] | None = None) -> Any:
        fields: dict[str, Any] = {
            name: (info.annotation, Field(default=info.default, validation_alias=info.validation_alias))
            for name, info in Agent.model_fields.items()
            if only is None or name in only
        }  # fmt: skip
        item = create_model(f"{label}Item", __config__=config, **fields)
        item.model_rebuild(_types_namespace={"AgentCapability": AgentCapability})
        data = (list[item], Field(validation_alias="data"))  # type: ignore[valid-type]
        return create_model(f"{label}List", __config__=config, data=data)

    both = ConfigDict(extra="allow", validate_by_name=True, validate_by_alias=True)
    alias = ConfigDict(extra="allow", validate_by_name=False, validate_by_alias=True)
    full_alias = variant("FullAlias", alias)
    summary = variant("Summary", both, present)
    summary_alias = variant("SummaryAlias", alias, present)
    plain = TypeAdapter(dict[str, list[dict[str, Any]]])
    n = 30
    return [
        ("raw side: json.loads", lambda: json.loads(body), n),
        ("today: AgentListResponse (30 fields, 21 absent)", lambda: AgentListResponse.model_validate_json(body), n),
        ("same 30 fields, validate_by_name=False", lambda: full_alias.model_validate_json(body), n),
        ("9-field summary model (same types)", lambda: summary.model_validate_json(body), n),
        ("9-field summary, validate_by_name=False", lambda: summary_alias.model_validate_json(body), n),
        ("untyped dicts (TypeAdapter, no models)", lambda: plain.validate_json(body), n),
    ]  # fmt: skip


def _child() -> None:
    pieces = call_pieces() + list_pieces()
    for _, fn, _ in pieces:
        fn()
    callgrind.mark()
    for _, fn, number in pieces:
        for _ in range(number // 10 or 1):
            fn()
        callgrind.mark()


def _best_cpu(fn: Callable[[], object], number: int, repeat: int = 7) -> float:
    fn()
    result = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(number):
            fn()
        result = min(result, (time.process_time() - start) / number)
    return result * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="per-piece cost of the SDK's call path")
    parser.add_argument("--valgrind", action="store_true", help="instructions, not CPU time")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child()
        return 0
    call, lists = call_pieces(), list_pieces()
    if args.valgrind:
        counts = callgrind.phases(Path(__file__), ["--child"])
        values = [
            c / (number // 10 or 1) / 1e3
            for c, (_, _, number) in zip(counts, call + lists, strict=True)
        ]
        unit = "k instructions"
    else:
        values = [_best_cpu(fn, number) for _, fn, number in call + lists]
        unit = "CPU µs (best of 7)"
    print(f"Per call, {unit}")
    for (name, _, _), value in zip(call, values, strict=False):
        print(f"  {name:<58}{value:>10.2f}")
    print(f"\nPer agents.list answer of 100 agents, {unit}")
    for (name, _, _), value in zip(lists, values[len(call) :], strict=True):
        print(f"  {name:<58}{value:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
