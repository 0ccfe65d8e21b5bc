"""Capability matching: which agents have which of a set of capabilities, and how well.

Upstream's rules (``agent-capabilities.service.ts``): proficiency scores ``basic`` 1,
``standard`` 2, ``expert`` 3; names are matched lower-cased and trimmed. Routing
(``routing.py``) ranks with the same pieces.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .context import Ctx, Result
from .errors import ApiError

__all__ = [
    "PROFICIENCY_SCORES",
    "AgentCapabilities",
    "capability_names",
    "holders",
    "js_round",
    "json_number",
    "open_task_counts",
    "query_capabilities",
]

Row = sqlite3.Row

PROFICIENCY_SCORES = {"basic": 1, "standard": 2, "expert": 3}


def js_round(value: float) -> int:
    """JavaScript's ``Math.round`` (halves go up), which upstream's scores use."""
    return math.floor(value + 0.5)


def json_number(value: float) -> float | int:
    """``3.0`` as ``3``, as JavaScript prints it."""
    return int(value) if float(value).is_integer() else value


def capability_names(values: Iterable[Any]) -> list[str]:
    """Lower-cased, trimmed, without blanks or repeats (upstream keeps repeats; they only
    distort the coverage)."""
    names = (str(v).strip().lower() for v in values)
    return list(dict.fromkeys(n for n in names if n))


def query_capabilities(ctx: Ctx) -> list[str]:
    names = capability_names(str(ctx.query.get("capabilities", "")).split(","))
    if not names:
        raise ApiError(400, ["capabilities must name at least one capability"])
    return names


@dataclass
class AgentCapabilities:
    """One agent and the rows of its capabilities that are among the ones asked for."""

    agent: Row
    rows: list[Row] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [str(r["capability"]) for r in self.rows]

    @property
    def avg_proficiency(self) -> float:
        return sum(PROFICIENCY_SCORES[r["proficiency"]] for r in self.rows) / len(self.rows)


def holders(
    ctx: Ctx,
    names: list[str],
    *,
    only_active: bool,
    min_proficiency: str | None = None,
    exclude: Iterable[str] = (),
) -> list[AgentCapabilities]:
    """The organisation's agents holding any of ``names``, in a stable order (agent creation,
    then capability row creation)."""
    if not names:
        return []
    marks = ", ".join("?" for _ in names)
    clauses = [f"c.org_id = ? AND c.capability IN ({marks})", "a.deleted_at IS NULL"]
    params: list[Any] = [ctx.org_id, *names]
    if only_active:
        clauses.append("a.status = 'active'")
    rows = ctx.store.all(
        "SELECT c.id AS cap_id, c.capability, c.proficiency, a.* FROM agent_capabilities c "
        f"JOIN agents a ON a.id = c.agent_id AND a.org_id = c.org_id WHERE {' AND '.join(clauses)} "
        "ORDER BY a.created_at, a.rowid, c.created_at, c.rowid",
        params,
    )
    floor = PROFICIENCY_SCORES[min_proficiency] if min_proficiency else 0
    excluded = {e.lower() for e in exclude}
    grouped: dict[str, AgentCapabilities] = {}
    for row in rows:
        if row["id"] in excluded or PROFICIENCY_SCORES[row["proficiency"]] < floor:
            continue
        grouped.setdefault(row["id"], AgentCapabilities(row)).rows.append(row)
    return list(grouped.values())


def open_task_counts(ctx: Ctx, agent_ids: Iterable[str]) -> dict[str, int]:
    """Assigned tasks that are not ``done`` or ``cancelled``, per agent."""
    ids = list(agent_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = ctx.store.all(
        "SELECT assignee_id, COUNT(*) AS n FROM tasks WHERE org_id = ? AND deleted_at IS NULL "
        f"AND assignee_id IN ({marks}) AND status NOT IN ('done', 'cancelled') "
        "GROUP BY assignee_id",
        [ctx.org_id, *ids],
    )
    return {str(r["assignee_id"]): int(r["n"]) for r in rows}


def _matches(ctx: Ctx, *, only_active: bool) -> list[dict[str, Any]]:
    found = holders(
        ctx,
        query_capabilities(ctx),
        only_active=only_active,
        min_proficiency=ctx.query.get("minProficiency"),
    )
    matches = [
        {
            "agentId": holder.agent["id"],
            "agentName": holder.agent["name"],
            "level": holder.agent["level"],
            "status": holder.agent["status"],
            "capability": row["capability"],
            "proficiency": row["proficiency"],
            "score": PROFICIENCY_SCORES[row["proficiency"]],
        }
        for holder in found
        for row in holder.rows
    ]
    matches.sort(key=lambda m: (-m["score"], -m["level"]))  # stable: ties keep agent order
    return matches


def match_agent_capabilities(ctx: Ctx) -> Result:
    return Result({"data": _matches(ctx, only_active=bool(ctx.query.get("onlyActive")))})


def find_best_capability_match(ctx: Ctx) -> Result:
    wanted = len(query_capabilities(ctx))
    best: dict[str, Any] | None = None
    by_agent: dict[str, dict[str, Any]] = {}
    for match in _matches(ctx, only_active=True):
        entry = by_agent.setdefault(
            match["agentId"],
            {
                "agentId": match["agentId"],
                "agentName": match["agentName"],
                "level": match["level"],
                "matchedCapabilities": [],
                "coveragePercent": 0,
                "totalScore": 0,
            },
        )
        entry["matchedCapabilities"].append(
            {"capability": match["capability"], "proficiency": match["proficiency"]}
        )
        entry["totalScore"] += match["score"]
    for entry in by_agent.values():  # upstream: first strictly better coverage, then score
        entry["coveragePercent"] = js_round(len(entry["matchedCapabilities"]) * 100 / wanted)
        if best is None or (entry["coveragePercent"], entry["totalScore"]) > (
            best["coveragePercent"],
            best["totalScore"],
        ):
            best = entry
    return Result({"data": best})


handlers = {
    "matchAgentCapabilities": match_agent_capabilities,
    "findBestCapabilityMatch": find_best_capability_match,
}
