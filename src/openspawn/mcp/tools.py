"""The MCP tools, derived from the packaged ``openapi.yaml`` at start-up (no MCP import here).

One tool per operation under ``paths``: its name is the snake_case operationId (``list_tasks``,
the name of the generated builder), its description the operation's summary and description,
its input schema the path and query parameters plus the request body's properties, with every
``$ref`` inlined. ``GET`` operations are reads; everything else is a write. ``make generate``
copies the spec into the package, so a new operation becomes a tool with no code change.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

__all__ = ["ToolSpec", "load_tools", "snake_case"]

_DROPPED_KEYS = {"example", "examples", "discriminator", "xml", "externalDocs", "links"}
_READ_METHODS = {"GET", "HEAD"}


def snake_case(operation_id: str) -> str:
    """``getAgentHierarchy`` → ``get_agent_hierarchy`` (the generated module's name)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


@dataclass(frozen=True)
class ToolSpec:
    """One operation as an MCP tool, and what the adapter needs to call it."""

    name: str
    operation_id: str
    tag: str
    method: str
    path: str
    description: str
    input_schema: dict[str, Any]
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    body_fields: tuple[str, ...] = ()  # body properties given as top-level arguments
    body_nested: bool = False  # the body is one argument named "body" (names collided)
    has_body: bool = False
    body_required: bool = False
    deprecated: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def read_only(self) -> bool:
        return self.method in _READ_METHODS


def _load_spec() -> dict[str, Any]:
    import yaml

    text = resources.files("openspawn._generated").joinpath("openapi.yaml").read_text("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(text, Loader=loader)
    return spec


class _Resolver:
    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec

    def ref(self, pointer: str) -> Any:
        if not pointer.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {pointer!r}")
        node: Any = self._spec
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def inline(self, node: Any, seen: tuple[str, ...] = ()) -> Any:
        """A copy of ``node``: ``$ref``s replaced by their targets, OpenAPI-only keys gone."""
        if isinstance(node, list):
            return [self.inline(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            pointer = node["$ref"]
            if pointer in seen:  # a recursive schema: stop with "anything"
                return {}
            target = self.inline(self.ref(pointer), (*seen, pointer))
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if isinstance(target, dict):
                merged = dict(target)
                merged.update(self.inline(siblings, seen))
                return merged
            return target
        return {
            key: self.inline(value, seen)
            for key, value in node.items()
            if key not in _DROPPED_KEYS and not key.startswith("x-")
        }


def _describe(op: dict[str, Any], method: str, path: str) -> str:
    parts = [str(op.get("summary") or "").strip(), str(op.get("description") or "").strip()]
    parts.append(f"(HTTP {method} {path})")
    return "\n\n".join(part for part in parts if part)


def _tool(
    resolver: _Resolver, method: str, path: str, op: dict[str, Any], shared: list[Any]
) -> ToolSpec:
    properties: dict[str, Any] = {}
    required: list[str] = []
    path_params: list[str] = []
    query_params: list[str] = []
    for raw in [*shared, *op.get("parameters", [])]:
        param = resolver.inline(raw)
        where, name = param.get("in"), param["name"]
        if where not in ("path", "query"):
            continue  # headers (idempotency keys) are set by the SDK's transport
        schema = dict(param.get("schema") or {})
        if param.get("description"):
            schema["description"] = param["description"]
        properties[name] = schema
        if where == "path":
            path_params.append(name)
            required.append(name)
        else:
            query_params.append(name)
            if param.get("required"):
                required.append(name)
    body_fields: list[str] = []
    body_nested = False
    body = op.get("requestBody")
    has_body = body is not None
    body_required = bool(body and resolver.inline(body).get("required"))
    if body is not None:
        content = resolver.inline(body).get("content", {})
        schema = (content.get("application/json") or {}).get("schema") or {}
        body_props: dict[str, Any] = schema.get("properties") or {}
        if set(body_props) & set(properties) or schema.get("type") != "object":
            body_nested = True
            properties["body"] = schema
            if body_required:
                required.append("body")
        else:
            properties.update(body_props)
            body_fields = list(body_props)
            required += [name for name in schema.get("required", []) if name in body_props]
    input_schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        input_schema["required"] = required
    input_schema["additionalProperties"] = False
    tags = op.get("tags") or ["default"]
    return ToolSpec(
        name=snake_case(op["operationId"]),
        operation_id=op["operationId"],
        tag=str(tags[0]).replace("-", "_"),
        method=method,
        path=path,
        description=_describe(op, method, path),
        input_schema=copy.deepcopy(input_schema),
        path_params=tuple(path_params),
        query_params=tuple(query_params),
        body_fields=tuple(body_fields),
        body_nested=body_nested,
        has_body=has_body,
        body_required=body_required,
        deprecated=bool(op.get("deprecated")),
    )


def load_tools(spec: dict[str, Any] | None = None) -> list[ToolSpec]:
    """Every operation of the spec (default: the packaged copy) as a tool, in spec order."""
    spec = spec if spec is not None else _load_spec()
    resolver = _Resolver(spec)
    tools: list[ToolSpec] = []
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method in ("get", "post", "put", "patch", "delete", "head"):
            op = item.get(method)
            if op is not None:
                tools.append(_tool(resolver, method.upper(), path, op, shared))
    return tools
