"""The exchanges recorded from the real upstream server for routing, escalations and consensus.

One list of steps, shared by scripts/record_upstream_domains_a.py (which runs it against the
upstream server and writes tests/fixtures/upstream-recordings/scenario/<name>.json) and by
test_upstream_recordings.py (which runs it against the dev server and compares). Paths and
bodies use placeholders filled from earlier answers (``save``): ``{hr}`` and ``{worker}`` are the
seeded HR agent and its level-5 child with the expert capabilities python and testing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["DEV_SERVER_STATUS", "SCENARIO", "Step"]


@dataclass(frozen=True)
class Step:
    name: str | None  # None: a setup step that is not recorded
    method: str
    path: str  # below /api/v1, with {placeholders}
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None
    as_: str = "hr"  # "hr" (talent) or "worker" (worker-1)
    save: dict[str, str] | None = None  # placeholder -> dotted pointer into the answer

    def body_for(self, ids: dict[str, str]) -> Any:
        return _fill(self.body, ids)


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


SCENARIO: list[Step] = [
    Step("capabilities_match", "GET", "/agents/capabilities/match", {"capabilities": "python,go"}),
    Step("capabilities_match_missing_param_500", "GET", "/agents/capabilities/match"),
    Step(
        "capabilities_best_match",
        "GET",
        "/agents/capabilities/best-match",
        {"capabilities": "python,go"},
    ),
    Step(
        "capabilities_best_match_none",
        "GET",
        "/agents/capabilities/best-match",
        {"capabilities": "cobol"},
    ),
    Step("routing_suggest", "GET", "/tasks/routing/suggest", {"capabilities": "python,testing"}),
    Step(
        "tasks_create_required_capabilities",
        "POST",
        "/tasks",
        body={
            "title": "Route me",
            "metadata": {
                "requiredCapabilities": ["Python", "testing", "go"],
                "estimatedCredits": 40,
            },
        },
        save={"task": "data.id"},
    ),
    Step("routing_candidates", "GET", "/tasks/{task}/candidates"),
    Step("routing_auto_assign", "POST", "/tasks/{task}/auto-assign", body={}),
    Step(
        "escalations_escalate",
        "POST",
        "/tasks/{task}/escalate",
        body={"reason": "MANUAL", "notes": "stuck"},
        save={"escalation": "data.id"},
    ),
    Step("escalations_list", "GET", "/tasks/{task}/escalations"),
    Step("escalations_open", "GET", "/tasks/escalations/open"),
    Step("escalations_resolve", "POST", "/tasks/escalations/{escalation}/resolve"),
    Step(None, "POST", "/tasks", body={"title": "Nobody's"}, save={"unassigned": "data.id"}),
    Step(
        "escalations_escalate_unassigned_500",
        "POST",
        "/tasks/{unassigned}/escalate",
        body={"reason": "MANUAL"},
    ),
    Step(
        "consensus_create",
        "POST",
        "/tasks/consensus",
        body={
            "type": "POLICY_CHANGE",
            "title": "Adopt ruff",
            "description": "Lint everything",
            "quorumRequired": 2,
            "approvalThreshold": 60,
            "expiresInHours": 48,
            "voterIds": ["{hr}", "{worker}"],
        },
        save={"vote": "data.id"},
    ),
    Step("consensus_pending", "GET", "/tasks/consensus/pending"),
    Step("consensus_votable", "GET", "/tasks/consensus/votable", as_="worker"),
    Step(
        "consensus_vote",
        "POST",
        "/tasks/consensus/{vote}/vote",
        body={"vote": "APPROVE", "reason": "yes"},
        as_="worker",
    ),
    Step(
        "consensus_vote_again_400",
        "POST",
        "/tasks/consensus/{vote}/vote",
        body={"vote": "APPROVE"},
        as_="worker",
    ),
    Step(
        "consensus_vote_deciding", "POST", "/tasks/consensus/{vote}/vote", body={"vote": "REJECT"}
    ),
    Step("consensus_get", "GET", "/tasks/consensus/{vote}"),
    Step(
        None,
        "POST",
        "/tasks/consensus",
        body={"type": "CUSTOM", "title": "Cancel me", "description": "d"},
        save={"other": "data.id"},
    ),
    Step(
        "consensus_cancel_not_requester_403",
        "DELETE",
        "/tasks/consensus/{other}",
        as_="worker",
    ),
    Step("consensus_cancel", "DELETE", "/tasks/consensus/{other}"),
    Step(
        "consensus_get_unknown_500", "GET", "/tasks/consensus/00000000-0000-4000-8000-0000000000ff"
    ),
]

# Declared differences: the dev server answers these with a clear 4xx instead of upstream's 500
# (see the operations' x-bikinibottom-upstream notes in openapi.yaml).
DEV_SERVER_STATUS = {
    "capabilities_match_missing_param_500": 400,
    "escalations_escalate_unassigned_500": 422,
    "consensus_get_unknown_500": 404,
}
