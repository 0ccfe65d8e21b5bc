"""Request validation and the error envelope."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
import yaml

from .dsutil import API, KEY, Agent, Api, err, ok


def _messages(body: dict) -> list[str]:
    assert isinstance(body["error"], list), body
    assert all(isinstance(m, str) for m in body["error"]), body
    return body["error"]


def test_unknown_body_field_is_a_400_list(api: Api, hr: Agent) -> None:
    for as_ in (hr, KEY):
        resp = api.post(f"{API}/tasks", as_=as_, json={"title": "x", "bogus": 1})
        body = err(resp, 400)
        assert body["code"] == "Bad Request"
        assert "property bogus should not exist" in _messages(body)


def test_python_name_instead_of_wire_name_is_rejected(api: Api) -> None:
    task = api.task()
    ok(api.transition(task["id"], "todo"), 201)
    resp = api.post(
        f"{API}/tasks/{task['id']}/transition", json={"status": "in_progress", "notes": "n"}
    )
    assert "property notes should not exist" in _messages(err(resp, 400))
    # the wire name works
    resp = api.post(
        f"{API}/tasks/{task['id']}/transition", json={"status": "in_progress", "reason": "r"}
    )
    assert ok(resp, 201)["data"]["status"] == "in_progress"


def test_missing_required_field_is_a_400_list(api: Api) -> None:
    msgs = _messages(err(api.post(f"{API}/tasks", json={"description": "no title"}), 400))
    assert any("title" in m for m in msgs), msgs
    # an empty body on a validated POST is treated as {}
    msgs = _messages(err(api.post(f"{API}/tasks"), 400))
    assert any("title" in m for m in msgs), msgs


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "x", "priority": "super"}, "priority"),
        ({"title": 5}, "title"),
        ({"title": "x", "assigneeId": "not-a-uuid"}, "assigneeId"),
        ({"title": "x", "metadata": "not-an-object"}, "metadata"),
    ],
)
def test_wrong_types_are_400(api: Api, body: dict, field: str) -> None:
    msgs = _messages(err(api.post(f"{API}/tasks", json=body), 400))
    assert any(field in m for m in msgs), msgs


@pytest.mark.parametrize("amount", [1.5, 0, -3, "5"])
def test_spend_amount_must_be_a_positive_integer(api: Api, amount: object) -> None:
    agent = api.register()
    api.fund(agent, 10)
    err(api.post(f"{API}/credits/spend", as_=agent, json={"amount": amount, "reason": "r"}), 400)
    assert api.balance(agent) == 10


def test_malformed_json_is_400(api: Api) -> None:
    body = err(api.post(f"{API}/tasks", content=b'{"title": "x",'), 400)
    assert body["code"] in ("Bad Request", "BAD_REQUEST"), body
    err(api.post(f"{API}/tasks", content=b"not json at all"), 400)


def test_non_uuid_path_id_is_404(api: Api) -> None:
    for path in (
        f"{API}/tasks/not-a-uuid",
        f"{API}/agents/talent",
        f"{API}/messages/123",
        f"{API}/channels/xyz",
        f"{API}/events/nope",
        f"{API}/tasks/TASK-1",
    ):
        err(api.get(path), 404)
    err(api.post(f"{API}/tasks/not-a-uuid/transition", json={"status": "todo"}), 404)


def test_unknown_uuid_is_404(api: Api) -> None:
    ghost = str(uuid.uuid4())
    assert err(api.get(f"{API}/tasks/{ghost}"), 404, "Task not found")
    assert err(api.get(f"{API}/agents/{ghost}"), 404, "Agent not found")
    assert err(api.get(f"{API}/messages/{ghost}"), 404, "Message not found")
    assert err(api.get(f"{API}/channels/{ghost}"), 404, "Channel not found")


def test_unknown_route_is_404(api: Api) -> None:
    assert ok(api.get(f"{API}/nope"), 404) == {
        "error": "Cannot GET /api/v1/nope",
        "code": "Not Found",
    }
    body = ok(api.post(f"{API}/tasks/{uuid.uuid4()}/explode", json={}), 404)
    assert body["code"] == "Not Found"
    assert body["error"].startswith("Cannot POST /api/v1/tasks/")


def test_static_routes_are_not_shadowed(api: Api) -> None:
    ok(api.get(f"{API}/agents/capacity"), 200)
    ok(api.get(f"{API}/agents/pending"), 200)


def test_invalid_transition_is_422_with_arrow(api: Api) -> None:
    task = api.task()
    body = ok(api.transition(task["id"], "done"), 422)
    assert body == {"error": "Invalid transition: backlog → done", "code": "Unprocessable Entity"}
    body = ok(api.transition(task["id"], "backlog"), 422)  # same status is not a transition
    assert body["error"] == "Invalid transition: backlog → backlog"


def test_transition_to_unknown_status_is_400(api: Api) -> None:
    task = api.task()
    err(api.transition(task["id"], "finished"), 400)


def _required_body_operations() -> list[tuple[str, str]]:
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
    ops = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("requestBody", {}).get("required"):
                ops.append((method.upper(), path))
    return ops


@pytest.mark.parametrize(("method", "path"), _required_body_operations())
def test_missing_required_body_is_400(api: Api, method: str, path: str) -> None:
    """Every operation whose spec says the body is required rejects a request without one."""
    concrete = re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), path)
    resp = api.call(method, concrete, content_type=None)
    body = err(resp, 400)
    assert isinstance(body["error"], list), body
