"""The answers recorded from the real upstream server for the routes added in 0.3
(tests/fixtures/upstream-recordings) fit openapi.yaml, and
the dev server answers the same shapes (the same keys at every level) to the same reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from openspawn._devserver.router import Route, Router
from openspawn._devserver.spec import load_spec, operations
from openspawn._devserver.validation import SpecValidators

from .dsutil import Api, ok

RECORDINGS = sorted(
    (Path(__file__).resolve().parents[1] / "fixtures" / "upstream-recordings").glob("*.json")
)
SPEC = load_spec()
OPS = operations(SPEC)
ROUTER = Router(Route.build(op.method, op.path, op.operation_id) for op in OPS)
VALIDATORS = SpecValidators(SPEC, OPS)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _operation_id(request: dict[str, Any]) -> str:
    match = ROUTER.match(request["method"], request["path"])
    assert match is not None, request["path"]
    return match.route.operation_id


def _shape(value: Any) -> Any:
    """Keys at every level (first item of lists), without the values."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return None


def test_recordings_are_there() -> None:
    assert len(RECORDINGS) >= 20


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_recorded_answer_fits_the_spec(path: Path) -> None:
    recording = _load(path)
    operation_id = _operation_id(recording["request"])
    response = recording["response"]
    # an operation marked as differing upstream may answer what the spec does not promise
    # (500 for a shadowed route); everything documented must validate
    if str(response["status"]) in (OPS_BY_ID[operation_id].responses or {}):
        VALIDATORS.by_operation[operation_id].check_response(response["status"], response["body"])


OPS_BY_ID = {op.operation_id: op for op in OPS}
SAME_READS = [
    p
    for p in RECORDINGS
    if _load(p)["request"]["method"] == "GET"
    and _load(p)["response"]["status"] == 200
    and "{" not in OPS_BY_ID[_operation_id(_load(p)["request"])].path
    and _load(p)["response"]["body"].get("data") != []
]


_DONE: list[bool] = []


def _activity(api: Api) -> None:
    """What the recordings had: a spend with a trigger, an agent at 86 % of its budget."""
    if _DONE:
        return
    agent = api.register()
    api.fund(agent, 100)
    body = {"amount": 30, "reason": "llm", "triggerType": "model.sonnet"}
    ok(api.post("/api/v1/credits/spend", as_=agent, json=body), 201)
    ok(api.patch(f"/api/v1/agents/{agent.id}/budget", json={"budgetPeriodLimit": 35}), 200)
    _DONE.append(True)


@pytest.mark.parametrize("path", SAME_READS, ids=[p.stem for p in SAME_READS])
def test_dev_server_answers_the_same_shape(path: Path, api: Api) -> None:
    _activity(api)
    recording = _load(path)
    request = recording["request"]
    got = ok(api.get(request["path"], params=request["query"]), 200)
    assert _shape(got) == _shape(recording["response"]["body"])
