"""The I/O-free builders of `openspawn._generated.api` follow the contract of
docs/architecture.md, for every operation in openapi.yaml."""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
from typing import Any

import pytest
import yaml

from openspawn._generated.api import agents, system, tasks
from openspawn._generated.models import (
    CreateTaskRequest,
    TaskResponse,
    TaskStatus,
    TransitionTaskRequest,
)
from openspawn._generated.types import UNSET, Operation

from .conftest import SAMPLE_UUID, SPEC, sample_payload

METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def _operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=loader)
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                found.append((path, method, item[method]["operationId"], item[method]))
    return found


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@pytest.mark.parametrize(("path", "method", "operation_id", "operation"), _operations())
def test_every_operation_has_a_builder(
    path: str, method: str, operation_id: str, operation: dict[str, Any]
) -> None:
    tag = operation["tags"][0].replace("-", "_")
    module = importlib.import_module(f"openspawn._generated.api.{tag}.{_snake(operation_id)}")
    assert (
        getattr(importlib.import_module(f"openspawn._generated.api.{tag}"), _snake(operation_id))
        is module.build
    )

    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(module.build).parameters.values():
        if param.kind is param.POSITIONAL_OR_KEYWORD:
            args.append("p/1")
        elif param.default is param.empty:
            annotation = str(param.annotation)
            if param.name == "body":
                model = getattr(module, annotation)
                kwargs["body"] = model.model_construct()
            else:
                kwargs[param.name] = 1 if annotation == "int" else "v"
    op = module.build(*args, **kwargs)
    assert isinstance(op, Operation)
    assert op.operation_id == operation_id
    assert op.method == method.upper()
    assert op.path == re.sub(r"\{[^}]+\}", "p%2F1", path)
    body_in_spec = "requestBody" in operation
    assert ("body" in inspect.signature(module.build).parameters) == body_in_spec
    if not body_in_spec or not operation["requestBody"].get("required"):
        assert op.body is UNSET
    # header parameters (the idempotency keys) are never arguments
    names = set(inspect.signature(module.build).parameters)
    assert not {n for n in names if "idempotency" in n}
    # an undocumented status is an error naming the operation
    with pytest.raises(ValueError, match=operation_id):
        op.parse(599, b"{}")


def test_path_parameters_are_percent_encoded() -> None:
    op = tasks.get_task("a/b c?d")
    assert op.path == "/api/v1/tasks/a%2Fb%20c%3Fd"
    assert (op.operation_id, op.method, op.query, op.body) == ("getTask", "GET", {}, UNSET)


def test_query_parameters_are_left_out_when_none() -> None:
    assert tasks.list_tasks().query == {}
    status = next(iter(TaskStatus))
    op = tasks.list_tasks(status=status, assignee_id=SAMPLE_UUID)
    assert op.query == {"status": status.value, "assigneeId": SAMPLE_UUID}
    assert agents.get_agent_hierarchy(SAMPLE_UUID, depth=2).query == {"depth": "2"}


def test_required_body_is_a_required_keyword() -> None:
    parameter = inspect.signature(tasks.create_task).parameters["body"]
    assert parameter.kind is parameter.KEYWORD_ONLY and parameter.default is parameter.empty
    request = CreateTaskRequest(title="Write docs")
    op = tasks.create_task(body=request)
    assert (op.method, op.path, op.query) == ("POST", "/api/v1/tasks", {})
    # The model itself: the transport serialises it (`wire_json`, else `to_wire()`).
    assert op.body is request
    assert json.loads(request.wire_json() or b"") == request.to_wire() == {"title": "Write docs"}


def test_optional_body() -> None:
    assert inspect.signature(agents.reject_agent).parameters["body"].default is None
    assert agents.reject_agent(SAMPLE_UUID).body is UNSET
    body_type = agents.reject_agent.__annotations__["body"].split(" | ")[0]
    model = getattr(importlib.import_module(agents.reject_agent.__module__), body_type)
    assert agents.reject_agent(SAMPLE_UUID, body=model()).body.to_wire() == {}


def test_post_without_fields() -> None:
    # claimTask declares an optional empty body (EmptyRequest, `{}`): none is set by default
    # (the transport then sends and signs `{}`), and an EmptyRequest is exactly `{}`
    assert inspect.signature(tasks.claim_task).parameters["body"].default is None
    op = tasks.claim_task(SAMPLE_UUID)
    assert (op.method, op.body) == ("POST", UNSET)
    body_type = tasks.claim_task.__annotations__["body"].split(" | ")[0]
    model = getattr(importlib.import_module(tasks.claim_task.__module__), body_type)
    assert tasks.claim_task(SAMPLE_UUID, body=model()).body.to_wire() == {}


def test_parse_documented_status() -> None:
    payload = sample_payload(TaskResponse)
    op = tasks.transition_task(SAMPLE_UUID, body=TransitionTaskRequest(status="review"))  # type: ignore[arg-type]
    assert op.body.to_wire() == {"status": "review"}
    parsed = op.parse(201, json.dumps(payload).encode())
    assert isinstance(parsed, TaskResponse)
    assert parsed.to_wire() == payload
    with pytest.raises(ValueError, match="transitionTask"):
        op.parse(200, json.dumps(payload).encode())


def test_recursive_model_parses() -> None:
    op = agents.get_agent_hierarchy(SAMPLE_UUID)
    response_type = importlib.import_module(agents.get_agent_hierarchy.__module__)
    model = inspect.signature(response_type._parse).return_annotation
    payload = sample_payload(getattr(response_type, model), depth=3)
    parsed = op.parse(200, json.dumps(payload).encode())
    assert parsed.to_wire() == payload
    node_type = type(parsed.data)
    grandchild = parsed["data"]["children"][0]["children"][0]
    assert type(grandchild) is node_type
    assert grandchild.children[0].children == []


def test_health_has_no_arguments() -> None:
    assert not inspect.signature(system.get_health).parameters
    op = system.get_health()
    assert (op.operation_id, op.method, op.path) == ("getHealth", "GET", "/health")


def _extras(value: Any, where: str = "") -> list[str]:
    """Wire names of fields a parsed answer had but its model does not declare."""
    found: list[str] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            found += _extras(item, f"{where}[{index}]")
    elif hasattr(value, "model_extra"):
        found += [f"{where}.{key}" for key in value.model_extra or {}]
        for name in type(value).model_fields:
            found += _extras(getattr(value, name), f"{where}.{name}")
    return found


def _examples() -> list[tuple[str, str, str, Any, Any]]:
    cases = []
    for _path, method, operation_id, operation in _operations():
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        for status, response in operation["responses"].items():
            media = response.get("content", {}).get("application/json", {})
            if str(status).startswith("2") and "example" in media:
                cases.append(
                    (operation_id, method, str(status), media["example"], body.get("example"))
                )
    return cases


@pytest.mark.parametrize(
    ("operation_id", "method", "status", "answer", "request_body"), _examples()
)
def test_spec_examples_fit_the_models(
    operation_id: str, method: str, status: str, answer: Any, request_body: Any
) -> None:
    """Every 2xx example parses without unknown fields; every request example is accepted."""
    tag = next(o["tags"][0] for _, _, i, o in _operations() if i == operation_id)
    module = importlib.import_module(
        f"openspawn._generated.api.{tag.replace('-', '_')}.{_snake(operation_id)}"
    )
    parsed = module._parse(int(status), json.dumps(answer).encode())
    assert _extras(parsed) == []
    if request_body is not None:
        model = getattr(
            module,
            str(inspect.signature(module.build).parameters["body"].annotation).split(" | ")[0],
        )
        assert model.model_validate(request_body).to_wire() == request_body
