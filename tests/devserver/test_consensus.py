"""Consensus votes: quorum, threshold, eligibility, expiry, cancel, and their events."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .dsutil import API, Agent, Api, err, ok


def _open(api: Api, as_: Any, **body: Any) -> dict[str, Any]:
    body.setdefault("type", "POLICY_CHANGE")
    body.setdefault("title", f"vote {uuid.uuid4().hex[:6]}")
    body.setdefault("description", "Adopt the new policy")
    return ok(api.post(f"{API}/tasks/consensus", as_=as_, json=body), 201)["data"]


def _vote(api: Api, request_id: str, voter: Agent, vote: str) -> Any:
    return api.post(f"{API}/tasks/consensus/{request_id}/vote", as_=voter, json={"vote": vote})


def _events(api: Api, request_id: str) -> list[str]:
    rows = ok(api.get(f"{API}/events", params={"entityId": request_id, "limit": 100}), 200)["data"]
    return [r["type"] for r in reversed(rows)]


def test_defaults_and_decision_at_quorum(api: Api, hr: Agent) -> None:
    a, b = api.register(level=4), api.register(level=6)
    request = _open(api, hr)
    assert (request["status"], request["quorumRequired"], request["approvalThreshold"]) == (
        "PENDING",
        2,
        50,
    )
    assert request["metadata"] == {} and request["requesterId"] == hr.id
    vote = ok(_vote(api, request["id"], a, "APPROVE"), 201)
    assert vote["message"] == "Vote recorded" and vote["data"]["voterLevel"] == 4
    err(_vote(api, request["id"], a, "REJECT"), 400, "You have already voted on this request")
    ok(_vote(api, request["id"], b, "REJECT"), 201)
    decided = ok(api.get(f"{API}/tasks/consensus/{request['id']}"), 200)["data"]
    # 1 of 2 effective votes = 50 % >= 50 % threshold
    assert decided["status"] == "APPROVED" and decided["decidedAt"]
    assert [v["voter"]["id"] for v in decided["votes"]] == [a.id, b.id]
    assert decided["requester"]["id"] == hr.id and "hmacSecretEnc" not in decided["requester"]
    err(_vote(api, request["id"], hr, "APPROVE"), 400, "Voting is closed for this request")
    assert _events(api, request["id"]) == [
        "consensus.created",
        "consensus.voted",
        "consensus.decided",
        "consensus.voted",
    ]


def test_threshold_rejects_and_abstentions_wait(api: Api, hr: Agent) -> None:
    a, b, c = api.register(), api.register(), api.register()
    request = _open(api, hr, quorumRequired=2, approvalThreshold=60)
    ok(_vote(api, request["id"], a, "ABSTAIN"), 201)
    ok(_vote(api, request["id"], b, "ABSTAIN"), 201)
    assert ok(api.get(f"{API}/tasks/consensus/{request['id']}"), 200)["data"]["status"] == "PENDING"
    ok(_vote(api, request["id"], c, "REJECT"), 201)
    done = ok(api.get(f"{API}/tasks/consensus/{request['id']}"), 200)["data"]
    assert done["status"] == "REJECTED" and (done["votesAbstain"], done["votesReject"]) == (2, 1)


def test_eligible_voters_and_votable(api: Api, hr: Agent) -> None:
    a, outsider = api.register(), api.register()
    request = _open(api, hr, voterIds=[a.id, hr.id])
    assert request["metadata"] == {"eligibleVoters": [a.id, hr.id]}
    err(
        _vote(api, request["id"], outsider, "APPROVE"),
        403,
        "You are not eligible to vote on this request",
    )

    def votable(agent: Agent) -> set[str]:
        rows = ok(api.get(f"{API}/tasks/consensus/votable", as_=agent), 200)["data"]
        return {r["id"] for r in rows}

    assert request["id"] in votable(a) and request["id"] not in votable(outsider)
    ok(_vote(api, request["id"], a, "APPROVE"), 201)
    assert request["id"] not in votable(a)
    pending = ok(api.get(f"{API}/tasks/consensus/pending"), 200)["data"]
    assert request["id"] in {r["id"] for r in pending}
    err(
        api.post(
            f"{API}/tasks/consensus",
            json={
                "type": "CUSTOM",
                "title": "t",
                "description": "d",
                "voterIds": [str(uuid.uuid4())],
            },
        ),
        400,
    )
    err(
        api.post(
            f"{API}/tasks/consensus",
            json={
                "type": "CUSTOM",
                "title": "t",
                "description": "d",
                "voterIds": [a.id],
                "quorumRequired": 2,
            },
        ),
        400,
    )


def test_validation_and_not_found(api: Api, hr: Agent) -> None:
    err(api.post(f"{API}/tasks/consensus", json={}), 400)
    err(
        api.post(
            f"{API}/tasks/consensus", json={"type": "SOMETHING", "title": "t", "description": "d"}
        ),
        400,
    )
    request = _open(api, hr)
    err(_vote(api, request["id"], hr, "MAYBE"), 400)
    missing = uuid.uuid4()
    err(api.get(f"{API}/tasks/consensus/{missing}"), 404, "Consensus request not found")
    err(api.delete(f"{API}/tasks/consensus/{missing}"), 404, "Consensus request not found")
    err(
        api.post(f"{API}/tasks/consensus/{missing}/vote", json={"vote": "APPROVE"}),
        404,
        "Consensus request not found",
    )


def test_cancel_by_requester_only(api: Api, hr: Agent) -> None:
    other = api.register()
    request = _open(api, hr)
    err(
        api.delete(f"{API}/tasks/consensus/{request['id']}", as_=other),
        403,
        "Only the requester can cancel this request",
    )
    cancelled = ok(api.delete(f"{API}/tasks/consensus/{request['id']}", as_=hr), 200)
    assert (
        cancelled["message"] == "Consensus request cancelled"
        and cancelled["data"]["status"] == "CANCELLED"
    )
    err(
        api.delete(f"{API}/tasks/consensus/{request['id']}", as_=hr),
        400,
        "Can only cancel pending requests",
    )
    assert request["id"] not in {
        r["id"] for r in ok(api.get(f"{API}/tasks/consensus/pending"), 200)["data"]
    }


@pytest.fixture()
def file_server(tmp_path: Path) -> Iterator[tuple[Any, Api, Path]]:
    from openspawn._devserver.process import DevServer

    db = tmp_path / "dev.sqlite"
    with DevServer(db=str(db)) as srv:
        client = Api(srv.base_url, srv.api_key)
        yield srv, client, db
        client.close()


def test_expiry_closes_the_vote(file_server: tuple[Any, Api, Path]) -> None:
    _, api, db = file_server
    voter = api.register()
    request = _open(api, voter, expiresInHours=1)
    # Move the deadline into the past instead of waiting an hour.
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE consensus_requests SET expires_at = '2020-01-01T00:00:00.000Z' WHERE id = ?",
            (request["id"],),
        )
    err(_vote(api, request["id"], voter, "APPROVE"), 400, "Voting period has expired")
    assert request["id"] not in {
        r["id"] for r in ok(api.get(f"{API}/tasks/consensus/pending"), 200)["data"]
    }
    expired = ok(api.get(f"{API}/tasks/consensus/{request['id']}"), 200)["data"]
    assert expired["status"] == "EXPIRED" and expired["decidedAt"] == "2020-01-01T00:00:00.000Z"
    assert "consensus.expired" in _events(api, request["id"])
