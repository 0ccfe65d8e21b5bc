"""The dev server answers the recorded upstream requests with the same status and field sets.

tests/fixtures/upstream-recordings/scenario/ holds real exchanges with the upstream server,
recorded by scripts/record_upstream_domains_a.py from the steps of upstream_scenario.py.
Here the same steps run against a fresh dev server set up like upstream's seed (HR agent, a
level-5 child
with the expert capabilities python and testing), and every answer is compared with its
recording: the status (or the declared dev-server status where upstream answers 500), and the
set of fields at every level of the body. Allowed differences: upstream's `hmacSecretEnc`
(encrypted secrets, never sent by the dev server) and the spec's `x-bikinibottom-extension`
fields; inside free-form `metadata` objects only the presence counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from .dsutil import API, Agent, Api, ok
from .upstream_scenario import DEV_SERVER_STATUS, SCENARIO

ROOT = Path(__file__).resolve().parents[2]
RECORDINGS = ROOT / "tests" / "fixtures" / "upstream-recordings" / "scenario"
UPSTREAM_ONLY = {"hmacSecretEnc"}
FREE_FORM = {"metadata"}  # free-form data: its keys are the writer's, not the server's


def _extension_fields() -> set[str]:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return {
        name
        for schema in spec["components"]["schemas"].values()
        for name, prop in (schema.get("properties") or {}).items()
        if isinstance(prop, dict) and prop.get("x-bikinibottom-extension")
    }


def _differences(upstream: Any, dev: Any, where: str, allowed: set[str]) -> list[str]:
    if isinstance(upstream, dict) and isinstance(dev, dict):
        problems = []
        missing = set(upstream) - set(dev) - UPSTREAM_ONLY
        extra = set(dev) - set(upstream) - allowed
        if missing:
            problems.append(f"{where}: the dev server lacks {sorted(missing)}")
        if extra:
            problems.append(f"{where}: the dev server adds {sorted(extra)}")
        for key in set(upstream) & set(dev) - FREE_FORM:
            problems += _differences(upstream[key], dev[key], f"{where}.{key}", allowed)
        return problems
    if isinstance(upstream, list) and isinstance(dev, list):
        if len(upstream) != len(dev):
            return [f"{where}: {len(upstream)} items upstream, {len(dev)} on the dev server"]
        problems = []
        for index, (u, d) in enumerate(zip(upstream, dev, strict=True)):
            problems += _differences(u, d, f"{where}[{index}]", allowed)
        return problems
    if (upstream is None) != (dev is None) and not isinstance(upstream, str | int | float):
        return [f"{where}: {upstream!r} upstream, {dev!r} on the dev server"]
    if isinstance(upstream, dict | list) or isinstance(dev, dict | list):
        return [f"{where}: {type(upstream).__name__} upstream, {type(dev).__name__} here"]
    return []


@pytest.fixture(scope="module")
def replay(api: Api, hr: Agent) -> Iterator[dict[str, tuple[int, Any]]]:
    worker = api.spawn(hr, level=5)
    for capability in ("python", "testing"):
        body = {"capability": capability, "proficiency": "expert"}
        ok(api.post(f"{API}/agents/{worker.id}/capabilities", as_=worker, json=body), 201)
    ids = {"hr": hr.id, "worker": worker.id}
    answers: dict[str, tuple[int, Any]] = {}
    for step in SCENARIO:
        body = step.body_for(ids)
        kwargs: dict[str, Any] = {"as_": hr if step.as_ == "hr" else worker}
        if step.query:
            kwargs["params"] = step.query
        if body is not None:
            kwargs["json"] = body
        response = api.call(step.method, API + step.path.format(**ids), **kwargs)
        data = response.json()
        for name, pointer in (step.save or {}).items():
            value: Any = data
            for part in pointer.split("."):
                value = value[part]
            ids[name] = str(value)
        if step.name is not None:
            answers[step.name] = (response.status_code, data)
    yield answers


RECORDED = [step.name for step in SCENARIO if step.name is not None]


def test_every_step_has_a_recording() -> None:
    assert sorted(p.stem for p in RECORDINGS.glob("*.json")) == sorted(RECORDED)


@pytest.mark.parametrize("name", RECORDED)
def test_dev_server_answers_like_upstream(name: str, replay: dict[str, tuple[int, Any]]) -> None:
    recording = json.loads((RECORDINGS / f"{name}.json").read_text(encoding="utf-8"))
    upstream_status = recording["response"]["status"]
    status, body = replay[name]
    expected = DEV_SERVER_STATUS.get(name, upstream_status)
    assert status == expected, (name, status, body)
    if name in DEV_SERVER_STATUS:  # a declared difference: only the error envelope is shared
        assert set(body) >= {"error", "code"}, body
        return
    problems = _differences(recording["response"]["body"], body, "body", _extension_fields())
    assert not problems, "\n".join(problems)
