"""An httpx2 mock transport that answers every operation with its example from openapi.yaml."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx2
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str
    pattern: re.Pattern[str]
    operation: dict[str, Any] = field(repr=False)

    def success(self) -> tuple[int, Any]:
        for status, response in self.operation["responses"].items():
            if str(status).startswith("2"):
                content = _resolve(response)["content"]["application/json"]
                if "example" in content:
                    return int(status), content["example"]
                return int(status), next(iter(content["examples"].values()))["value"]
        raise LookupError(self.operation_id)


@cache
def routes() -> list[Route]:
    found = []
    for template, item in spec()["paths"].items():
        regex = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        for method, operation in item.items():
            if method in {"get", "post", "patch", "delete", "put"}:
                found.append(
                    Route(
                        method.upper(),
                        template,
                        operation["operationId"],
                        re.compile(regex),
                        operation,
                    )
                )
    # Static segments win over parameters (/agents/pending before /agents/{id}).
    found.sort(key=lambda r: r.template.count("{"))
    return found


def route_for(method: str, path: str) -> Route:
    for route in routes():
        if route.method == method and route.pattern.match(path):
            return route
    raise LookupError(f"{method} {path}")


class Recorder:
    """Records requests and answers each with its operation's example (or a queued answer)."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []
        self.queue: list[httpx2.Response | Exception] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if self.queue:
            answer = self.queue.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        status, body = route_for(
            request.method, request.url.raw_path.decode().split("?")[0]
        ).success()
        return httpx2.Response(
            status,
            content=json.dumps(body).encode(),
            headers={"content-type": "application/json", "x-request-id": "req-123"},
        )

    @property
    def last(self) -> httpx2.Request:
        return self.requests[-1]
