"""Capability matching and task routing: scores from proficiency, coverage, auto-assign."""

from __future__ import annotations

import uuid
from typing import Any

from .dsutil import API, Agent, Api, err, ok


def _skilled(api: Api, caps: dict[str, str], *, level: int = 5) -> Agent:
    agent = api.register(level=level)
    for name, proficiency in caps.items():
        body = {"capability": name, "proficiency": proficiency}
        ok(api.post(f"{API}/agents/{agent.id}/capabilities", json=body), 201)
    return agent


def _unique() -> str:
    return f"cap-{uuid.uuid4().hex[:8]}"


def _ids(rows: list[dict[str, Any]]) -> list[str]:
    return [r["agentId"] for r in rows]


def test_match_scores_by_proficiency_and_filters(api: Api) -> None:
    a, b = _unique(), _unique()
    expert = _skilled(api, {a: "expert"}, level=3)
    basic = _skilled(api, {a: "basic", b: "standard"}, level=7)
    rows = ok(
        api.get(f"{API}/agents/capabilities/match", params={"capabilities": f"{a.upper()}, {b}"}),
        200,
    )["data"]
    assert [(r["agentId"], r["capability"], r["score"]) for r in rows] == [
        (expert.id, a, 3),
        (basic.id, b, 2),
        (basic.id, a, 1),
    ]
    assert set(rows[0]) == {
        "agentId",
        "agentName",
        "level",
        "status",
        "capability",
        "proficiency",
        "score",
    }
    strong = ok(
        api.get(
            f"{API}/agents/capabilities/match",
            params={"capabilities": f"{a},{b}", "minProficiency": "standard"},
        ),
        200,
    )["data"]
    assert [(r["agentId"], r["capability"]) for r in strong] == [(expert.id, a), (basic.id, b)]


def test_best_match_prefers_coverage_then_score(api: Api) -> None:
    a, b = _unique(), _unique()
    _skilled(api, {a: "expert"})
    wide = _skilled(api, {a: "basic", b: "basic"})
    best = ok(
        api.get(f"{API}/agents/capabilities/best-match", params={"capabilities": f"{a},{b},{a}"}),
        200,
    )["data"]
    assert best["agentId"] == wide.id
    assert best["coveragePercent"] == 100 and best["totalScore"] == 2
    assert {c["capability"] for c in best["matchedCapabilities"]} == {a, b}
    none = ok(
        api.get(f"{API}/agents/capabilities/best-match", params={"capabilities": _unique()}), 200
    )
    assert none == {"data": None}


def test_missing_or_empty_capabilities_is_a_400_not_a_500(api: Api) -> None:
    for path in (
        "agents/capabilities/match",
        "agents/capabilities/best-match",
        "tasks/routing/suggest",
    ):
        body = err(api.get(f"{API}/{path}"), 400)
        assert any("capabilities" in m for m in body["error"]), body
        err(api.get(f"{API}/{path}", params={"capabilities": " , "}), 400)
    err(
        api.get(
            f"{API}/agents/capabilities/match",
            params={"capabilities": "x", "minProficiency": "guru"},
        ),
        400,
    )


def test_suggest_formula_and_limit(api: Api) -> None:
    a, b = _unique(), _unique()
    full = _skilled(api, {a: "expert", b: "standard"}, level=4)
    half = _skilled(api, {a: "expert"}, level=9)
    rows = ok(api.get(f"{API}/tasks/routing/suggest", params={"capabilities": f"{a},{b}"}), 200)[
        "data"
    ]
    # round(coverage * 0.6 + avgProficiency * 10 + level)
    assert [(r["agentId"], r["score"]) for r in rows] == [(full.id, 89), (half.id, 69)]
    assert rows[0]["avgProficiency"] == 2.5 and rows[1]["missingCapabilities"] == [b]
    assert (
        len(
            ok(
                api.get(f"{API}/tasks/routing/suggest", params={"capabilities": a, "limit": 1}), 200
            )["data"]
        )
        == 1
    )


def test_candidates_read_metadata_required_capabilities(api: Api) -> None:
    a, b = _unique(), _unique()
    busy = _skilled(api, {a: "expert", b: "expert"}, level=10)
    free = _skilled(api, {a: "expert", b: "expert"}, level=10)
    for _ in range(4):
        api.task(assigneeId=busy.id)
    task = api.task(metadata={"requiredCapabilities": [a.upper(), b], "estimatedCredits": 30})
    assert task["metadata"] == {"requiredCapabilities": [a.upper(), b], "estimatedCredits": 30}
    result = ok(api.get(f"{API}/tasks/{task['id']}/candidates"), 200)["data"]
    assert result["requiredCapabilities"] == [a, b] and result["autoAssigned"] is False
    # 40 coverage + 30 proficiency + 15 level + workload (15 - 1.5 per open task)
    assert [(c["agentId"], c["score"], c["currentTaskCount"]) for c in result["candidates"]] == [
        (free.id, 100, 0),
        (busy.id, 94, 4),
    ]
    assert result["bestMatch"] == result["candidates"][0]
    limited = ok(api.get(f"{API}/tasks/{task['id']}/candidates", params={"maxResults": 1}), 200)[
        "data"
    ]
    assert _ids(limited["candidates"]) == [free.id]
    plain = api.task()
    empty = ok(api.get(f"{API}/tasks/{plain['id']}/candidates"), 200)["data"]
    assert empty == {
        "taskId": plain["id"],
        "requiredCapabilities": [],
        "candidates": [],
        "bestMatch": None,
        "autoAssigned": False,
    }
    err(api.get(f"{API}/tasks/{uuid.uuid4()}/candidates"), 404, "Task not found")


def test_auto_assign_assigns_best_and_records_event(api: Api) -> None:
    a = _unique()
    first = _skilled(api, {a: "expert"}, level=9)
    second = _skilled(api, {a: "standard"}, level=9)
    task = api.task(metadata={"requiredCapabilities": [a]})
    result = ok(
        api.post(f"{API}/tasks/{task['id']}/auto-assign", json={"excludeAgentIds": [first.id]}), 201
    )["data"]
    assert result["autoAssigned"] is True and result["bestMatch"]["agentId"] == second.id
    fetched = ok(api.get(f"{API}/tasks/{task['id']}"), 200)["data"]
    assert fetched["assigneeId"] == second.id and fetched["status"] == "backlog"
    events = ok(
        api.get(f"{API}/events", params={"entityId": task["id"], "type": "task.auto_assigned"}), 200
    )["data"]
    assert len(events) == 1
    assert events[0]["data"] == {
        "previousAssignee": None,
        "newAssignee": second.id,
        "score": result["bestMatch"]["score"],
        "coveragePercent": 100,
        "matchedCapabilities": [a],
    }
    nobody = ok(
        api.post(
            f"{API}/tasks/{task['id']}/auto-assign", json={"excludeAgentIds": [first.id, second.id]}
        ),
        201,
    )["data"]
    assert nobody["autoAssigned"] is False and nobody["bestMatch"] is None
    assert ok(api.get(f"{API}/tasks/{task['id']}"), 200)["data"]["assigneeId"] == second.id
    err(api.post(f"{API}/tasks/{task['id']}/auto-assign", json={"minCoverage": 101}), 400)


def test_sdk_fields_travel_in_metadata(api: Api) -> None:
    err(api.post(f"{API}/tasks", json={"title": "old wire", "capabilities": ["x"]}), 400)
    err(api.post(f"{API}/tasks", json={"title": "bad", "metadata": {"estimatedCredits": -1}}), 400)
    err(
        api.post(f"{API}/tasks", json={"title": "bad", "metadata": {"requiredCapabilities": "x"}}),
        400,
    )
