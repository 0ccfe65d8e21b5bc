"""Loading ``openapi.yaml`` and listing its operations.

The spec comes from the installed package (``openspawn._generated/openapi.yaml``,
copied there by the generator), else from the repository root. The dev server
never imports the SDK's generated models: it reads the spec itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["SPEC_ENV", "Operation", "Parameter", "load_spec", "operations"]

SPEC_ENV = "OPENSPAWN_DEVSERVER_SPEC"
_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    public: bool = False  # security: [] (no authentication)


def _spec_text() -> str:
    override = os.environ.get(SPEC_ENV)
    if override:
        return Path(override).read_text(encoding="utf-8")
    try:
        packaged = resources.files("openspawn._generated") / "openapi.yaml"
        if packaged.is_file():
            return packaged.read_text(encoding="utf-8")
    except ModuleNotFoundError:
        pass
    repo_copy = Path(__file__).resolve().parents[3] / "openapi.yaml"
    if repo_copy.is_file():
        return repo_copy.read_text(encoding="utf-8")
    raise FileNotFoundError(
        "openapi.yaml not found: neither openspawn/_generated/openapi.yaml nor "
        f"{repo_copy} exists (set {SPEC_ENV} to point at one)"
    )


def load_spec() -> dict[str, Any]:
    spec = yaml.safe_load(_spec_text())
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError("openapi.yaml has no paths")
    return spec


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and str(node["$ref"]).startswith("#/"):
        target: Any = spec
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _json_schema(spec: dict[str, Any], content: Any) -> dict[str, Any] | None:
    content = _deref(spec, content)
    if not isinstance(content, dict):
        return None
    for media_type, body in content.items():
        if "json" in media_type and isinstance(body, dict) and "schema" in body:
            schema = body["schema"]
            return schema if isinstance(schema, dict) else None
    return None


def operations(spec: dict[str, Any]) -> list[Operation]:
    result: list[Operation] = []
    global_security = spec.get("security")
    for path, item in spec["paths"].items():
        item = _deref(spec, item)
        shared = item.get("parameters", [])
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params: dict[tuple[str, str], Parameter] = {}
            for raw in [*shared, *op.get("parameters", [])]:
                p = _deref(spec, raw)
                params[(p["in"], p["name"])] = Parameter(
                    name=p["name"],
                    location=p["in"],
                    required=bool(p.get("required", p["in"] == "path")),
                    schema=p.get("schema", {}) or {},
                )
            body = _deref(spec, op.get("requestBody")) if op.get("requestBody") else None
            responses: dict[str, dict[str, Any] | None] = {}
            for status, response in (op.get("responses") or {}).items():
                response = _deref(spec, response)
                responses[str(status)] = _json_schema(spec, (response or {}).get("content"))
            security = op.get("security", global_security)
            result.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=tuple(params.values()),
                    body_schema=_json_schema(spec, body.get("content")) if body else None,
                    body_required=bool(body.get("required")) if body else False,
                    responses=responses,
                    public=security == [] or security == [{}],
                )
            )
    return result
