"""Reputation: trust events from task outcomes, bonus/penalty permissions, demotion, history
paging, leaderboard order, org scoping and promotion."""

from __future__ import annotations

import uuid

from .dsutil import API, Agent, Api, err, ok


def _reputation(api: Api, agent: Agent) -> dict[str, object]:
    data: dict[str, object] = ok(api.get(f"{API}/agents/{agent.id}/reputation"), 200)["data"]
    return data


def _finish(api: Api, assignee: Agent, **fields: object) -> dict[str, object]:
    task = api.task(assigneeId=assignee.id, **fields)
    for status in ("todo", "in_progress", "review", "done"):
        ok(api.transition(task["id"], status), 201)
    return task


def test_new_agent_summary(api: Api) -> None:
    agent = api.register(level=5)
    assert _reputation(api, agent) == {
        "trustScore": 50,
        "reputationLevel": "TRUSTED",
        "tasksCompleted": 0,
        "tasksSuccessful": 0,
        "successRate": 100,
        "lastActivityAt": None,
        "promotionProgress": {
            "currentLevel": 5,
            "nextLevel": 6,
            "trustScoreRequired": 75,
            "tasksRequired": 100,
            "trustScoreProgress": 67,
            "tasksProgress": 0,
        },
    }
    assert _reputation(api, api.register(level=9))["promotionProgress"] is None


def test_task_done_on_time_and_late(api: Api) -> None:
    agent = api.register(level=5)
    task = _finish(api, agent)
    summary = _reputation(api, agent)
    assert summary["trustScore"] == 57 and summary["tasksCompleted"] == 1
    page = ok(api.get(f"{API}/agents/{agent.id}/reputation/history"), 200)
    assert [e["type"] for e in page["data"]] == ["ON_TIME_DELIVERY", "TASK_COMPLETED"]
    assert page["total"] == 2
    first = page["data"][1]
    assert (first["impact"], first["previousScore"], first["newScore"]) == (5, 50, 55)
    assert first["taskId"] == task["id"] and first["triggeredBy"] is None
    _finish(api, agent, dueAt="2020-01-01T00:00:00.000Z")
    assert _reputation(api, agent)["trustScore"] == 57 + 5 - 5


def test_cancel_after_start_fails_and_rework_costs(api: Api) -> None:
    agent = api.register(level=5)
    task = api.task(assigneeId=agent.id)
    ok(api.transition(task["id"], "todo"), 201)
    ok(api.transition(task["id"], "cancelled"), 201)
    summary = _reputation(api, agent)
    assert summary["trustScore"] == 40 and summary["reputationLevel"] == "PROBATION"
    assert summary["tasksCompleted"] == 1 and summary["successRate"] == 0
    other = api.task(assigneeId=agent.id)
    for status in ("todo", "in_progress", "review", "in_progress"):
        ok(api.transition(other["id"], status), 201)
    assert _reputation(api, agent)["trustScore"] == 37
    # a backlog task cancelled costs nothing
    idle = api.task(assigneeId=agent.id)
    ok(api.transition(idle["id"], "cancelled"), 201)
    assert _reputation(api, agent)["trustScore"] == 37


def test_automatic_promotion(api: Api) -> None:
    agent = api.register(level=1)
    for _ in range(3):
        _finish(api, agent)
    got = ok(api.get(f"{API}/agents/{agent.id}"), 200)["data"]
    assert got["level"] == 2
    types = [
        e["type"] for e in ok(api.get(f"{API}/agents/{agent.id}/reputation/history"), 200)["data"]
    ]
    assert types[0] == "LEVEL_UP"
    events = ok(api.get(f"{API}/events", params={"type": "agent.promoted"}), 200)["data"]
    assert any(e["entityId"] == agent.id and e["data"]["newLevel"] == 2 for e in events)


def test_bonus_and_penalty(api: Api) -> None:
    boss = api.register(level=7)
    agent = api.register(level=3)
    bonus = ok(
        api.post(
            f"{API}/agents/{agent.id}/reputation/bonus",
            as_=boss,
            json={"reason": "great", "amount": 4},
        ),
        201,
    )
    assert bonus["message"] == "Quality bonus awarded"
    event = bonus["data"]
    assert event["type"] == "QUALITY_BONUS" and event["impact"] == 4
    assert event["triggeredBy"] == boss.id and event["reason"] == "great"
    penalty = ok(
        api.post(f"{API}/agents/{agent.id}/reputation/penalty", as_=boss, json={"reason": "bad"}),
        201,
    )["data"]
    assert (penalty["impact"], penalty["previousScore"], penalty["newScore"]) == (-10, 54, 44)
    changed = ok(api.get(f"{API}/events", params={"type": "reputation.changed"}), 200)["data"]
    mine = [e for e in changed if e["entityId"] == agent.id]
    assert mine[0]["severity"] == "warning" and mine[0]["actorId"] == boss.id
    # scores stay within 0..100
    for _ in range(2):
        api.post(
            f"{API}/agents/{agent.id}/reputation/bonus",
            as_=boss,
            json={"reason": "x", "amount": 100},
        )
    assert _reputation(api, agent)["trustScore"] == 100


def test_bonus_needs_level_7_or_parent(api: Api) -> None:
    peer = api.register(level=5)
    agent = api.register(level=3)
    err(
        api.post(f"{API}/agents/{agent.id}/reputation/bonus", as_=peer, json={"reason": "x"}),
        403,
        "Only L7+ agents or parent can award bonuses",
    )
    err(
        api.post(f"{API}/agents/{agent.id}/reputation/penalty", as_=peer, json={"reason": "x"}),
        403,
        "Only L7+ agents or parent can apply penalties",
    )
    child = api.spawn(peer)
    ok(api.post(f"{API}/agents/{child.id}/reputation/bonus", as_=peer, json={"reason": "x"}), 201)
    assert _reputation(api, agent)["trustScore"] == 50


def test_bonus_validation(api: Api) -> None:
    boss = api.register(level=8)
    agent = api.register()
    url = f"{API}/agents/{agent.id}/reputation/bonus"
    err(api.post(url, as_=boss, json={}), 400)
    err(api.post(url, as_=boss, json={"reason": "x", "amount": 0}), 400)
    err(api.post(url, as_=boss, json={"reason": "x", "amount": 101}), 400)
    err(api.post(url, as_=boss, json={"reason": "x", "extra": 1}), 400)
    err(
        api.post(f"{API}/agents/{uuid.uuid4()}/reputation/bonus", as_=boss, json={"reason": "x"}),
        404,
    )


def test_demote(api: Api, founder: Agent) -> None:
    agent = api.register(level=4)
    ok(api.post(f"{API}/agents/{agent.id}/demote", as_=founder, json={"reason": "late"}), 201)
    got = ok(api.get(f"{API}/agents/{agent.id}"), 200)["data"]
    assert got["level"] == 3
    assert _reputation(api, agent)["trustScore"] == 45
    hr_agent = api.register(level=10, role="hr")
    err(
        api.post(f"{API}/agents/{agent.id}/demote", as_=hr_agent, json={"reason": "x"}),
        403,
        "Requires one of roles: founder, admin",
    )
    junior = api.register(level=8, role="admin")
    err(
        api.post(f"{API}/agents/{agent.id}/demote", as_=junior, json={"reason": "x"}),
        403,
        "Only L9+ agents can demote",
    )
    bottom = api.register(level=1)
    err(
        api.post(f"{API}/agents/{bottom.id}/demote", as_=founder, json={"reason": "x"}),
        400,
        "Cannot demote agent below level 1",
    )


def test_history_paging(api: Api) -> None:
    boss = api.register(level=9)
    agent = api.register()
    for i in range(3):
        api.post(
            f"{API}/agents/{agent.id}/reputation/bonus",
            as_=boss,
            json={"reason": f"r{i}", "amount": 1},
        )
    page = ok(
        api.get(f"{API}/agents/{agent.id}/reputation/history", params={"limit": 1, "offset": 1}),
        200,
    )
    assert page["total"] == 3 and [e["reason"] for e in page["data"]] == ["r1"]
    err(api.get(f"{API}/agents/{agent.id}/reputation/history", params={"limit": 0}), 400)
    err(api.get(f"{API}/agents/{uuid.uuid4()}/reputation/history"), 404)
    err(api.get(f"{API}/agents/{uuid.uuid4()}/reputation"), 404)


def test_leaderboard(api: Api) -> None:
    boss = api.register(level=9)
    star = api.register(name="Star")
    api.post(
        f"{API}/agents/{star.id}/reputation/bonus", as_=boss, json={"reason": "x", "amount": 50}
    )
    assert (
        len(ok(api.get(f"{API}/agents/leaderboard/trust", params={"limit": 2}), 200)["data"]) == 2
    )
    board = ok(api.get(f"{API}/agents/leaderboard/trust", params={"limit": 500}), 200)["data"]
    entry = next(e for e in board if e["id"] == star.id)
    assert entry["trustScore"] == 100 and entry["reputationLevel"] == "ELITE"
    assert board[0]["trustScore"] == 100
    scores = [e["trustScore"] for e in board]
    assert scores == sorted(scores, reverse=True)
    assert set(board[0]) == {
        "id",
        "agentId",
        "name",
        "level",
        "trustScore",
        "reputationLevel",
        "tasksCompleted",
    }
