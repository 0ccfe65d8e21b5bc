"""Every operation openapi.yaml marks as behaving differently upstream
(`x-bikinibottom-upstream` status differs / shadowed / broken, or `x-bikinibottom-extension`)
behaves against the real server as its marker says. Operations marked `works` (or unmarked) are
covered by test_sdk_methods.py."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml

from .conftest import Upstream
from .record_new_routes import Recorder

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
UNKNOWN = "6fcc0618-2d4a-42f2-bb87-229582de683b"
TEMPLATE_ID = "tmpl_1796152000000_k3x9q2"


def _marked() -> list[tuple[str, str]]:
    found = []
    for item in SPEC["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            marker = op.get("x-bikinibottom-upstream") or {}
            if op.get("x-bikinibottom-extension"):
                found.append((op["operationId"], "extension"))
            elif marker.get("status", "works") != "works":
                found.append((op["operationId"], marker["status"]))
    return found


@pytest.fixture(scope="module")
def raw(upstream: Upstream) -> Iterator[Recorder]:
    recorder = Recorder({"base_url": upstream.base_url, "agents": list(upstream.agents.values())})
    yield recorder
    recorder.http.close()


Probe = Callable[[Recorder, Upstream], None]


def _status(raw: Recorder, expected: int, method: str, path: str, body: Any = None) -> Any:
    status, parsed = raw.status(method, path, body)
    assert status == expected, (method, path, status, parsed)
    return parsed


def _shadowed(path: str) -> Probe:
    return lambda raw, up: _status(raw, 500, "GET", path)


def _transfer(raw: Recorder, up: Upstream) -> None:
    worker = up.worker["id"]
    before = _status(raw, 200, "GET", f"/agents/{worker}/credits/balance")["data"]["balance"]
    _status(raw, 500, "POST", "/agents/credits/transfer", {"toAgentId": worker, "amount": 7})
    after = _status(raw, 200, "GET", f"/agents/{worker}/credits/balance")["data"]["balance"]
    assert after - before == 7  # the 500 came after the credits moved


def _approve(raw: Recorder, up: Upstream) -> None:
    task = _status(raw, 201, "POST", "/tasks", {"title": "approve me", "approvalRequired": True})
    for status in ("todo", "in_progress", "review"):
        _status(raw, 201, "POST", f"/tasks/{task['data']['id']}/transition", {"status": status})
    approved = _status(raw, 201, "POST", f"/tasks/{task['data']['id']}/approve")["data"]
    assert approved["status"] == "review" and approved["approvedAt"]


def _template_create(raw: Recorder, up: Upstream) -> None:
    body = {"name": f"t-{uuid.uuid4().hex[:6]}", "title": "x"}
    _status(raw, 500, "POST", "/tasks/templates", body)
    _status(raw, 409, "POST", "/tasks/templates", body)  # it was stored all the same


def _from_task(raw: Recorder, up: Upstream) -> None:
    task = _status(raw, 201, "POST", "/tasks", {"title": "template source"})["data"]
    _status(raw, 500, "POST", f"/tasks/{task['id']}/create-template", {"name": task["id"]})


def _stats(raw: Recorder, up: Upstream) -> None:
    _status(
        raw,
        201,
        "POST",
        "/credits/adjust",
        {"agentId": up.worker["id"], "amount": 3, "type": "credit", "reason": "x"},
    )
    data = _status(raw, 200, "GET", "/credits/analytics/stats")["data"]
    assert data["totalTransactions"] > 0 and data["totalEarned"] == data["totalSpent"] == 0


def _trends(raw: Recorder, up: Upstream) -> None:
    _status(
        raw,
        201,
        "POST",
        "/credits/adjust",
        {"agentId": up.worker["id"], "amount": 3, "type": "credit", "reason": "x"},
    )
    points = _status(raw, 200, "GET", "/credits/analytics/trends")["data"]
    assert points and all(p["credits"] == p["debits"] == 0 for p in points)


def _agents(raw: Recorder, up: Upstream) -> None:
    rows = _status(raw, 200, "GET", "/credits/analytics/agents")["data"]
    assert any(r["transactionCount"] > 0 for r in rows)
    assert all(r["totalEarned"] == r["totalSpent"] == 0 for r in rows)


def _bonus(path: str) -> Probe:
    def probe(raw: Recorder, up: Upstream) -> None:
        status, _ = raw.status(
            "POST", f"/agents/{up.hr['id']}/reputation/{path}", {"reason": "x"}, who="worker-1"
        )
        assert status == 500  # not 403

    return probe


def _demote(raw: Recorder, up: Upstream) -> None:
    slug = f"f-{uuid.uuid4().hex[:6]}"
    made = _status(
        raw,
        201,
        "POST",
        "/agents/register",
        {"agentId": slug, "name": slug, "role": "founder", "level": 8},
    )
    raw.agents[slug] = {"agent_id": slug, "secret": made["secret"], "role": "founder"}
    status, _ = raw.status("POST", f"/agents/{up.worker['id']}/demote", {"reason": "x"}, who=slug)
    assert status == 500  # a founder below level 9: a plain Error, not 403


def _priority_ignored(raw: Recorder, up: Upstream) -> None:
    task = _status(raw, 201, "POST", "/tasks", {"title": "normal", "priority": "normal"})["data"]
    status, listed = raw.status("GET", "/tasks", query={"priority": "urgent"})
    assert status == 200 and any(t["id"] == task["id"] for t in listed["data"])


def _with_key(up: Upstream, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    """One request authenticated with the organisation's API key instead of a signature."""
    with httpx2.Client(timeout=30) as http:
        answer = http.request(
            method,
            f"{up.base_url}/api/v1{path}",
            json={} if body is None else body,
            headers={"Authorization": f"Bearer {up.api_key}"},
        )
    return answer.status_code, answer.json()


def _task(raw: Recorder, **fields: Any) -> str:
    return str(_status(raw, 201, "POST", "/tasks", {"title": "probe", **fields})["data"]["id"])


def _missing_capabilities(path: str) -> Probe:
    return lambda raw, up: _status(raw, 500, "GET", path)  # the dev server answers 400


def _auto_assign_with_key(raw: Recorder, up: Upstream) -> None:
    task = _task(raw, metadata={"requiredCapabilities": ["python"]})
    status, _ = _with_key(up, "POST", f"/tasks/{task}/auto-assign")
    assert status == 500
    assignee = _status(raw, 200, "GET", f"/tasks/{task}")["data"]["assigneeId"]
    assert assignee is not None  # it assigned the task before failing


def _escalate_unassigned(raw: Recorder, up: Upstream) -> None:
    _status(raw, 500, "POST", f"/tasks/{_task(raw)}/escalate", {"reason": "MANUAL"})


def _escalations_of_unknown_task(raw: Recorder, up: Upstream) -> None:
    assert _status(raw, 200, "GET", f"/tasks/{UNKNOWN}/escalations")["data"] == []


def _consensus(raw: Recorder, up: Upstream, **fields: Any) -> dict[str, Any]:
    body = {"type": "CUSTOM", "title": "probe", "description": "d", **fields}
    return dict(_status(raw, 201, "POST", "/tasks/consensus", body)["data"])


def _consensus_missing_field(raw: Recorder, up: Upstream) -> None:
    _status(raw, 500, "POST", "/tasks/consensus", {"type": "CUSTOM", "title": "no description"})


def _consensus_lists_embed_secret(path: str) -> Probe:
    def probe(raw: Recorder, up: Upstream) -> None:
        made = _consensus(raw, up, voterIds=[up.hr["id"]])
        listed = _status(raw, 200, "GET", path)["data"]
        mine = [r for r in listed if r["id"] == made["id"]]
        assert mine and "hmacSecretEnc" in mine[0]["requester"]

    return probe


def _vote_free_string(raw: Recorder, up: Upstream) -> None:
    made = _consensus(raw, up, voterIds=[up.hr["id"]], quorumRequired=2)
    _status(raw, 201, "POST", f"/tasks/consensus/{made['id']}/vote", {"vote": "MAYBE"})
    counted = _status(raw, 200, "GET", f"/tasks/consensus/{made['id']}")["data"]
    assert counted["votesAbstain"] == 1  # the dev server answers 400


PROBES: dict[str, Probe] = {
    "getSpawnCapacity": _shadowed("/agents/capacity"),
    "listPendingAgents": _shadowed("/agents/pending"),
    "listTaskTemplates": _shadowed("/tasks/templates"),
    "getEvent": lambda raw, up: (
        _status(raw, 200, "GET", f"/events/{UNKNOWN}") == {"data": None} or pytest.fail("getEvent")
    ),
    "approveTask": _approve,
    "transferCredits": _transfer,
    "claimTask": lambda raw, up: (
        _status(raw, 404, "POST", f"/tasks/{UNKNOWN}/claim")["error"].startswith("Cannot POST ")
        or pytest.fail("the SDK reads 'Cannot POST' as a missing extension")
    ),
    "listTasks": _priority_ignored,
    "createTask": lambda raw, up: _status(
        raw, 400, "POST", "/tasks", {"title": "x", "capabilities": ["python"]}
    ),
    "registerAgent": lambda raw, up: _status(raw, 400, "POST", "/agents/register", {"name": "x"}),
    "spawnAgent": lambda raw, up: _status(raw, 500, "POST", "/agents/spawn", {"name": "x"}),
    "rejectAgent": lambda raw, up: None,  # covered by the recorded agents_reject_no_body_500
    "updateAgent": lambda raw, up: _status(
        raw, 200, "PATCH", f"/agents/{up.worker['id']}", {"model": "sonnet"}
    )["data"]["hmacSecretEnc"],
    "getAgentHierarchy": lambda raw, up: _status(
        raw, 200, "GET", f"/agents/{up.hr['id']}/hierarchy"
    )["data"]["hmacSecretEnc"],
    "listCreditHistory": lambda raw, up: None,  # covered by the recorded credits_history
    "listEvents": lambda raw, up: None,  # covered by the recorded events_list_* examples
    "getAgentReputation": lambda raw, up: _status(raw, 500, "GET", f"/agents/{UNKNOWN}/reputation"),
    "listReputationHistory": lambda raw, up: (
        _status(raw, 200, "GET", f"/agents/{UNKNOWN}/reputation/history")["data"] == []
        or pytest.fail("history")
    ),
    "awardReputationBonus": _bonus("bonus"),
    "applyReputationPenalty": _bonus("penalty"),
    "demoteAgent": _demote,
    "getCreditStats": _stats,
    "getCreditTrends": _trends,
    "listAgentSpending": _agents,
    "createTaskTemplate": _template_create,
    "createTaskTemplateFromTask": _from_task,
    "getTaskTemplate": lambda raw, up: _status(raw, 404, "GET", f"/tasks/templates/{TEMPLATE_ID}"),
    "deleteTaskTemplate": lambda raw, up: _status(
        raw, 404, "DELETE", f"/tasks/templates/{TEMPLATE_ID}"
    ),
    "instantiateTaskTemplate": lambda raw, up: _status(
        raw, 404, "POST", "/tasks/templates/instantiate", {"templateId": TEMPLATE_ID}
    ),
    # upstream domains A: routing, escalations, consensus, capability match
    "matchAgentCapabilities": _missing_capabilities("/agents/capabilities/match"),
    "findBestCapabilityMatch": _missing_capabilities("/agents/capabilities/best-match"),
    "suggestAssignees": _missing_capabilities("/tasks/routing/suggest"),
    "autoAssignTask": _auto_assign_with_key,
    "escalateTask": _escalate_unassigned,
    "listTaskEscalations": _escalations_of_unknown_task,
    "resolveEscalation": lambda raw, up: _status(
        raw, 500, "POST", f"/tasks/escalations/{UNKNOWN}/resolve"
    ),
    "createConsensusRequest": _consensus_missing_field,
    "listVotableConsensusRequests": _consensus_lists_embed_secret("/tasks/consensus/votable"),
    "listPendingConsensusRequests": _consensus_lists_embed_secret("/tasks/consensus/pending"),
    "getConsensusRequest": lambda raw, up: _status(raw, 500, "GET", f"/tasks/consensus/{UNKNOWN}"),
    "cancelConsensusRequest": lambda raw, up: _status(
        raw, 500, "DELETE", f"/tasks/consensus/{UNKNOWN}"
    ),
    "voteOnConsensusRequest": _vote_free_string,
}

MARKED = _marked()


@pytest.mark.parametrize(("operation_id", "status"), MARKED, ids=[m[0] for m in MARKED])
def test_marked_operation_behaves_as_declared(
    operation_id: str, status: str, raw: Recorder, upstream: Upstream
) -> None:
    probe = PROBES.get(operation_id)
    if probe is None:
        pytest.skip(f"{operation_id} is marked {status} but has no probe here yet")
    probe(raw, upstream)


WORKING_READS = {
    "ping": "",
    "getTrustLeaderboard": "/agents/leaderboard/trust",
    "listBudgetAlerts": "/agents/budget/alerts",
    "getCreditTriggerBreakdown": "/credits/analytics/triggers",
    "listCreditAlerts": "/credits/analytics/alerts",
    "listTopSpenders": "/credits/analytics/top-spenders",
    "listOpenEscalations": "/tasks/escalations/open",
}


@pytest.mark.parametrize("operation_id", sorted(WORKING_READS))
def test_new_read_works_upstream(operation_id: str, raw: Recorder) -> None:
    """The new reads marked `works` answer 200 with a body that fits openapi.yaml."""
    from openspawn._devserver.spec import operations
    from openspawn._devserver.validation import SpecValidators

    ops = [op for op in operations(SPEC) if op.operation_id == operation_id]
    body = _status(raw, 200, "GET", WORKING_READS[operation_id])
    SpecValidators(SPEC, ops).by_operation[operation_id].check_response(200, body)
