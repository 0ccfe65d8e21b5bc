"""An API change (new property, new schema, new operation) shows up in freshly generated code."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .conftest import SPEC, generate_ok, import_sub, import_tree, sample_payload

TASK_ID = "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"


def _changed_spec(source: Path, target: Path) -> None:
    spec: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["Task"]["properties"]["riskScore"] = {
        "type": "integer",
        "description": "How risky the task is, 0 to 10.",
    }
    schemas["TaskAuditEntry"] = {
        "type": "object",
        "required": ["action", "at"],
        "properties": {
            "action": {"type": "string"},
            "at": {"type": "string", "format": "date-time"},
            "actorId": {"type": ["string", "null"], "format": "uuid"},
        },
    }
    schemas["TaskAuditResponse"] = {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/TaskAuditEntry"}}
        },
    }
    spec["paths"]["/api/v1/tasks/{id}/audit"] = {
        "get": {
            "operationId": "getTaskAudit",
            "tags": ["tasks"],
            "summary": "The audit trail of one task",
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "uuid"},
                },
                {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            ],
            "responses": {
                "200": {
                    "description": "The entries, oldest first.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/TaskAuditResponse"}
                        }
                    },
                }
            },
        }
    }
    target.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tmp = tmp_path_factory.mktemp("regenerate")
    spec = tmp / "openapi.yaml"
    _changed_spec(SPEC, spec)
    generate_ok(spec, tmp / "out" / "_generated")
    return import_tree(tmp / "out" / "_generated")


def test_new_property_is_a_field_with_its_wire_alias(changed: ModuleType) -> None:
    task_cls = import_sub(changed, "models").Task
    field = task_cls.model_fields["risk_score"]
    assert field.validation_alias == "riskScore"
    assert field.serialization_alias == "riskScore"
    assert field.description == "How risky the task is, 0 to 10."
    sample = sample_payload(task_cls)
    del sample["riskScore"]
    assert task_cls.model_validate({**sample, "riskScore": 3}).risk_score == 3
    assert task_cls.model_validate({**sample, "risk_score": 4}).risk_score == 4
    assert task_cls.model_validate(sample).risk_score is None
    assert task_cls.model_validate(sample).to_wire() == sample


def test_new_operation_builds_the_right_operation(changed: ModuleType) -> None:
    tasks = import_sub(changed, "api.tasks")
    module = import_sub(changed, "api.tasks.get_task_audit")
    assert tasks.get_task_audit is module.build
    op = tasks.get_task_audit(TASK_ID, limit=5)
    assert op.operation_id == "getTaskAudit"
    assert op.method == "GET"
    assert op.path == f"/api/v1/tasks/{TASK_ID}/audit"
    assert op.query == {"limit": "5"}
    assert op.body is import_sub(changed, "types").UNSET
    assert tasks.get_task_audit("a/b").path == "/api/v1/tasks/a%2Fb/audit"
    assert tasks.get_task_audit("x").query == {}

    body = {
        "data": [{"action": "created", "at": "2026-01-02T03:04:05Z", "actorId": None, "new": 1}]
    }
    parsed = op.parse(200, json.dumps(body).encode())
    models = import_sub(changed, "models")
    assert isinstance(parsed, models.TaskAuditResponse)
    assert isinstance(parsed.data[0], models.TaskAuditEntry)
    assert parsed.data[0].action == "created"
    assert parsed.data[0]["new"] == 1
    with pytest.raises(ValueError, match="getTaskAudit"):
        op.parse(201, b"{}")


def test_unchanged_operations_still_build(changed: ModuleType) -> None:
    op = import_sub(changed, "api.tasks").get_task(TASK_ID)
    assert (op.operation_id, op.method, op.path) == ("getTask", "GET", f"/api/v1/tasks/{TASK_ID}")


AUDIT_ANSWER = {"data": [{"action": "created", "at": "2026-01-02T03:04:05Z", "actorId": None}]}


def _client_call(package: ModuleType, mode: str, method: str) -> tuple[Any, Any]:
    """Call ``client.tasks.<method>(TASK_ID, limit=5)`` on the regenerated client."""
    import asyncio

    import httpx2

    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json=AUDIT_ANSWER)

    key = "osp_" + "a" * 64
    if mode == "sync":
        client_cls = import_sub(package, "_sync.client").BikiniBottomClient
        http = httpx2.Client(transport=httpx2.MockTransport(answer))
        with client_cls("http://bb.test", api_key=key, http_client=http) as client:
            result = getattr(client.tasks, method)(TASK_ID, limit=5)
    else:
        client_cls = import_sub(package, "_async.client").AsyncBikiniBottomClient

        async def run() -> Any:
            http = httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
            async with client_cls("http://bb.test", api_key=key, http_client=http) as client:
                return await getattr(client.tasks, method)(TASK_ID, limit=5)

        result = asyncio.run(run())
    (request,) = seen
    return request, result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_new_operation_is_a_client_method_without_any_hand_written_line(
    changed: ModuleType, mode: str
) -> None:
    request, result = _client_call(changed, mode, "get_task_audit")
    assert request.method == "GET"
    assert request.url.raw_path == f"/api/v1/tasks/{TASK_ID}/audit?limit=5".encode()
    models = import_sub(changed, "models")
    # No extension: the default name is snake_case(operationId), the default result `data`.
    assert isinstance(result, list) and isinstance(result[0], models.TaskAuditEntry)
    assert result[0].action == "created"
    with pytest.raises(ValueError, match=r"get_task_audit\(\): id must be a UUID"):
        import_sub(changed, "_sync.tasks").Tasks(None).get_task_audit("not-a-uuid")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tmp = tmp_path_factory.mktemp("regenerate-annotated")
    spec_path = tmp / "openapi.yaml"
    _changed_spec(SPEC, spec_path)
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/api/v1/tasks/{id}/audit"]["get"]["x-openspawn-method"] = {
        "name": "audit",
        "returns": ".",
    }
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate_ok(spec_path, tmp / "out" / "_generated")
    return import_tree(tmp / "out" / "_generated")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_extension_names_the_method_and_shapes_its_result(
    annotated: ModuleType, mode: str
) -> None:
    request, result = _client_call(annotated, mode, "audit")
    assert request.url.raw_path == f"/api/v1/tasks/{TASK_ID}/audit?limit=5".encode()
    assert isinstance(result, import_sub(annotated, "models").TaskAuditResponse)
    assert not hasattr(import_sub(annotated, "_sync.tasks").Tasks, "get_task_audit")
