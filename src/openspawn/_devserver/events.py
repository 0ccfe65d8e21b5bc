"""The audit log, read side (events are written by :meth:`Ctx.emit`)."""

from __future__ import annotations

from typing import Any

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .timeutil import parse_iso, to_iso

__all__ = ["handlers"]

_EQUALITY_FILTERS = (
    ("type", "type"),
    ("actorId", "actor_id"),
    ("entityType", "entity_type"),
    ("entityId", "entity_id"),
    ("severity", "severity"),
)


def _bound(value: Any, name: str) -> str:
    moment = parse_iso(str(value))
    if moment is None:
        raise ApiError(400, [f"{name} must be a valid ISO 8601 date string"])
    return to_iso(moment)


def list_events(ctx: Ctx) -> Result:
    clauses = ["org_id = ?"]
    params: list[Any] = [ctx.org_id]
    for wire, column in _EQUALITY_FILTERS:
        value = ctx.query.get(wire)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(str(value).lower() if wire.endswith("Id") else value)
    start = ctx.query.get("startDate")
    if start is not None:
        clauses.append("created_at >= ?")
        params.append(_bound(start, "startDate"))
    end = ctx.query.get("endDate")
    if end is not None:
        clauses.append("created_at <= ?")
        params.append(_bound(end, "endDate"))
    page = int(ctx.query.get("page") or 1)
    limit = int(ctx.query.get("limit") or 50)
    where = " AND ".join(clauses)
    total = int(ctx.store.scalar(f"SELECT COUNT(*) FROM events WHERE {where}", params))
    rows = ctx.store.all(
        f"SELECT * FROM events WHERE {where} ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
        [*params, limit, (page - 1) * limit],
    )
    return Result(
        {
            "data": [views.event(r) for r in rows],
            "meta": {"total": total, "page": page, "limit": limit},
        }
    )


def get_event(ctx: Ctx) -> Result:
    row = ctx.store.one(
        "SELECT * FROM events WHERE id = ? AND org_id = ?", (ctx.params["id"], ctx.org_id)
    )
    if row is None:
        raise ApiError(404, "Event not found")
    return Result({"data": views.event(row)})


handlers = {"listEvents": list_events, "getEvent": get_event}
