"""Path routing like Express (case-insensitive, optional trailing slash), but a
literal segment always wins over a parameter, so ``/agents/capacity`` is never
swallowed by ``/agents/{id}``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

__all__ = ["Match", "Route", "Router"]


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # e.g. "/api/v1/agents/{id}"
    operation_id: str
    segments: tuple[str | None, ...]  # lower-cased literal, or None for a parameter
    param_names: tuple[str, ...]

    @classmethod
    def build(cls, method: str, template: str, operation_id: str) -> Route:
        segments: list[str | None] = []
        names: list[str] = []
        for part in template.strip("/").split("/"):
            if part.startswith("{") and part.endswith("}"):
                segments.append(None)
                names.append(part[1:-1])
            else:
                segments.append(part.lower())
        return cls(method.upper(), template, operation_id, tuple(segments), tuple(names))


@dataclass(frozen=True)
class Match:
    route: Route
    params: dict[str, str]


class Router:
    def __init__(self, routes: Iterable[Route]) -> None:
        self._by_length: dict[int, list[Route]] = {}
        for route in routes:
            self._by_length.setdefault(len(route.segments), []).append(route)

    def match(self, method: str, raw_path: str) -> Match | None:
        path = raw_path[:-1] if len(raw_path) > 1 and raw_path.endswith("/") else raw_path
        parts = path.strip("/").split("/") if path.strip("/") else []
        if "" in parts:
            return None
        lowered = [p.lower() for p in parts]
        method = "GET" if method == "HEAD" else method
        best: tuple[tuple[int, ...], Route] | None = None
        for route in self._by_length.get(len(parts), ()):
            if route.method != method:
                continue
            score: list[int] = []
            for literal, part in zip(route.segments, lowered, strict=True):
                if literal is None:
                    score.append(0)
                elif literal == part:
                    score.append(1)
                else:
                    break
            else:
                key = tuple(score)
                if best is None or key > best[0]:
                    best = (key, route)
        if best is None:
            return None
        route = best[1]
        values = [unquote(p) for p, lit in zip(parts, route.segments, strict=True) if lit is None]
        return Match(route, dict(zip(route.param_names, values, strict=True)))
