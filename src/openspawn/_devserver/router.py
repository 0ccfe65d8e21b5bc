"""Path routing like Express (case-insensitive, optional trailing slash), but a
literal segment always wins over a parameter, so ``/agents/capacity`` is never
swallowed by ``/agents/{id}``. Unlike Express, a known path asked with a method it
does not support is told which methods it has (:meth:`Router.allowed_methods`, for a
405 with ``Allow``) instead of a 404."""

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
        """The route for ``method`` among the most specific routes of the path, if any.

        ``PATCH /agents/capacity`` is not ``PATCH /agents/{id}``: the path names the literal
        route (GET only), so it does not match and the app answers 405."""
        method = "GET" if method == "HEAD" else method
        route = next((r for r in self._most_specific(raw_path) if r.method == method), None)
        if route is None:
            return None
        parts = _split(raw_path) or []
        values = [unquote(p) for p, lit in zip(parts, route.segments, strict=True) if lit is None]
        return Match(route, dict(zip(route.param_names, values, strict=True)))

    def allowed_methods(self, raw_path: str) -> list[str]:
        """The methods the path answers, for ``Allow``; empty for an unknown path."""
        methods = {route.method for route in self._most_specific(raw_path)}
        if "GET" in methods:
            methods.add("HEAD")
        return sorted(methods)

    def _most_specific(self, raw_path: str) -> list[Route]:
        """The routes that fit the path with the most literal segments, earliest first."""
        parts = _split(raw_path)
        if parts is None:
            return []
        lowered = [p.lower() for p in parts]
        scored = [
            (score, route)
            for route in self._by_length.get(len(parts), ())
            if (score := _score(route, lowered)) is not None
        ]
        if not scored:
            return []
        top = max(score for score, _ in scored)
        return [route for score, route in scored if score == top]


def _split(raw_path: str) -> list[str] | None:
    path = raw_path[:-1] if len(raw_path) > 1 and raw_path.endswith("/") else raw_path
    parts = path.strip("/").split("/") if path.strip("/") else []
    return None if "" in parts else parts


def _score(route: Route, lowered: list[str]) -> tuple[int, ...] | None:
    """1 per literal segment matched, 0 per parameter; None when the route does not fit."""
    score: list[int] = []
    for literal, part in zip(route.segments, lowered, strict=True):
        if literal is None:
            score.append(0)
        elif literal == part:
            score.append(1)
        else:
            return None
    return tuple(score)
