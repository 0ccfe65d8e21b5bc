"""Consensus votes: open a request, vote, decide at quorum, expire, cancel.

Upstream's rules (``consensus.service.ts``): a request is decided once ``quorumRequired``
votes are cast: approved when approvals make at least ``approvalThreshold`` percent of the
approve and reject votes, rejected otherwise; all-abstain stays pending. Upstream has an
expiry job that nothing schedules; here a pending request past ``expiresAt`` is expired
(``consensus.expired``) the next time the organisation's consensus requests are touched.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

from . import views
from .context import Ctx, Result
from .errors import ApiError
from .matching import js_round
from .store import dumps_json, loads_json
from .timeutil import new_id, parse_iso, to_iso

__all__ = ["handlers"]

Row = sqlite3.Row

_COUNTERS = {"APPROVE": "votes_approve", "REJECT": "votes_reject", "ABSTAIN": "votes_abstain"}


def _request(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "type": row["type"],
        "status": row["status"],
        "title": row["title"],
        "description": row["description"],
        "requesterId": row["requester_id"],
        "subjectId": row["subject_id"],
        "subjectType": row["subject_type"],
        "quorumRequired": row["quorum_required"],
        "approvalThreshold": row["approval_threshold"],
        "votesApprove": row["votes_approve"],
        "votesReject": row["votes_reject"],
        "votesAbstain": row["votes_abstain"],
        "expiresAt": row["expires_at"],
        "decidedAt": row["decided_at"],
        "metadata": loads_json(row["metadata"]),
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
    }


def _vote(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "requestId": row["request_id"],
        "voterId": row["voter_id"],
        "vote": row["vote"],
        "reason": row["reason"],
        "voterLevel": row["voter_level"],
        "createdAt": row["created_at"],
    }


def _agent(ctx: Ctx, agent_id: str) -> dict[str, Any] | None:
    row = ctx.store.one("SELECT * FROM agents WHERE id = ?", (agent_id,))
    return views.agent_full(row) if row is not None else None


def _with_requester(ctx: Ctx, row: Row) -> dict[str, Any]:
    body = _request(row)
    requester = _agent(ctx, row["requester_id"])
    if requester is not None:
        body["requester"] = requester
    return body


def _eligible(row: Row) -> list[str] | None:
    voters = loads_json(row["metadata"]).get("eligibleVoters")
    return [str(v).lower() for v in voters] if isinstance(voters, list) else None


def _expire_overdue(ctx: Ctx) -> None:
    overdue = ctx.store.all(
        "SELECT * FROM consensus_requests WHERE org_id = ? AND status = 'PENDING' "
        "AND expires_at < ? ORDER BY expires_at, rowid",
        (ctx.org_id, ctx.now),
    )
    for row in overdue:
        ctx.store.update(
            "consensus_requests",
            row["id"],
            {"status": "EXPIRED", "decided_at": row["expires_at"], "updated_at": ctx.now},
        )
        ctx.emit(
            "consensus.expired",
            "consensus",
            row["id"],
            f'Consensus request "{row["title"]}" expired without a decision',
            {
                "title": row["title"],
                "votesApprove": row["votes_approve"],
                "votesReject": row["votes_reject"],
                "quorumRequired": row["quorum_required"],
            },
            severity="warning",
            actor_id=row["requester_id"],
        )


def _require(ctx: Ctx) -> Row:
    _expire_overdue(ctx)
    row = ctx.store.one(
        "SELECT * FROM consensus_requests WHERE id = ? AND org_id = ?",
        (ctx.params["requestId"], ctx.org_id),
    )
    if row is None:
        raise ApiError(404, "Consensus request not found")
    return row


def create_consensus_request(ctx: Ctx) -> Result:
    body = ctx.body
    quorum = int(body.get("quorumRequired", 2))
    voters = body.get("voterIds")
    metadata: dict[str, Any] = {}
    if voters is not None:
        voters = list(dict.fromkeys(str(v).lower() for v in voters))
        unknown = [v for v in voters if ctx.agent(v) is None]
        if unknown:
            raise ApiError(400, [f"voterIds: no agent {v} in this organisation" for v in unknown])
        if quorum > len(voters):
            raise ApiError(
                400,
                [
                    f"quorumRequired ({quorum}) is more than the {len(voters)} eligible "
                    "voters: the request could never be decided"
                ],
            )
        metadata["eligibleVoters"] = voters
    start = parse_iso(ctx.now)
    assert start is not None
    expires = to_iso(start + timedelta(hours=int(body.get("expiresInHours", 24))))
    request_id = new_id()
    ctx.store.insert(
        "consensus_requests",
        {
            "id": request_id,
            "org_id": ctx.org_id,
            "type": body["type"],
            "status": "PENDING",
            "title": body["title"],
            "description": body["description"],
            "requester_id": ctx.actor_id,
            "subject_id": str(body["subjectId"]).lower() if body.get("subjectId") else None,
            "subject_type": body.get("subjectType"),
            "quorum_required": quorum,
            "approval_threshold": int(body.get("approvalThreshold", 50)),
            "expires_at": expires,
            "metadata": dumps_json(metadata),
            "created_at": ctx.now,
            "updated_at": ctx.now,
        },
    )
    ctx.emit(
        "consensus.created",
        "consensus",
        request_id,
        f'{ctx.actor_name} opened the vote "{body["title"]}" (quorum {quorum})',
        {
            "type": body["type"],
            "title": body["title"],
            "quorumRequired": quorum,
            "expiresAt": expires,
        },
    )
    row = ctx.store.one("SELECT * FROM consensus_requests WHERE id = ?", (request_id,))
    assert row is not None
    return Result({"data": _request(row)})


def _pending(ctx: Ctx) -> list[Row]:
    _expire_overdue(ctx)
    return ctx.store.all(
        "SELECT * FROM consensus_requests WHERE org_id = ? AND status = 'PENDING' "
        "ORDER BY expires_at, rowid",
        (ctx.org_id,),
    )


def list_pending_consensus_requests(ctx: Ctx) -> Result:
    return Result({"data": [_with_requester(ctx, r) for r in _pending(ctx)]})


def list_votable_consensus_requests(ctx: Ctx) -> Result:
    voted = {
        str(r["request_id"])
        for r in ctx.store.all(
            "SELECT request_id FROM consensus_votes WHERE voter_id = ?", (ctx.actor_id,)
        )
    }
    votable = [
        r
        for r in _pending(ctx)
        if r["id"] not in voted and (_eligible(r) is None or ctx.actor_id in (_eligible(r) or []))
    ]
    return Result({"data": [_with_requester(ctx, r) for r in votable]})


def get_consensus_request(ctx: Ctx) -> Result:
    row = _require(ctx)
    body = _with_requester(ctx, row)
    votes = []
    for vote in ctx.store.all(
        "SELECT * FROM consensus_votes WHERE request_id = ? ORDER BY created_at, rowid",
        (row["id"],),
    ):
        entry = _vote(vote)
        voter = _agent(ctx, vote["voter_id"])
        if voter is not None:
            entry["voter"] = voter
        votes.append(entry)
    body["votes"] = votes
    return Result({"data": body})


def _decide(ctx: Ctx, row: Row) -> None:
    approve, reject, abstain = row["votes_approve"], row["votes_reject"], row["votes_abstain"]
    if approve + reject + abstain < row["quorum_required"] or approve + reject == 0:
        return
    percentage = approve * 100 / (approve + reject)
    decision = "APPROVED" if percentage >= row["approval_threshold"] else "REJECTED"
    ctx.store.update(
        "consensus_requests",
        row["id"],
        {"status": decision, "decided_at": ctx.now, "updated_at": ctx.now},
    )
    ctx.emit(
        "consensus.decided",
        "consensus",
        row["id"],
        f'The vote "{row["title"]}" was {decision.lower()} ({approve} for, {reject} against)',
        {
            "decision": decision,
            "votesApprove": approve,
            "votesReject": reject,
            "votesAbstain": abstain,
            "approvalPercentage": js_round(percentage),
        },
        severity="info" if decision == "APPROVED" else "warning",
        actor_id=row["requester_id"],
    )


def vote_on_consensus_request(ctx: Ctx) -> Result:
    row = _require(ctx)
    if row["status"] == "EXPIRED":
        raise ApiError(400, "Voting period has expired")
    if row["status"] != "PENDING":
        raise ApiError(400, "Voting is closed for this request")
    eligible = _eligible(row)
    if eligible is not None and ctx.actor_id not in eligible:
        raise ApiError(403, "You are not eligible to vote on this request")
    already = ctx.store.scalar(
        "SELECT 1 FROM consensus_votes WHERE request_id = ? AND voter_id = ?",
        (row["id"], ctx.actor_id),
    )
    if already:
        raise ApiError(400, "You have already voted on this request")
    vote = ctx.body["vote"]
    voter = ctx.fresh_actor()
    vote_id = new_id()
    ctx.store.insert(
        "consensus_votes",
        {
            "id": vote_id,
            "org_id": ctx.org_id,
            "request_id": row["id"],
            "voter_id": ctx.actor_id,
            "vote": vote,
            "reason": ctx.body.get("reason"),
            "voter_level": voter["level"],
            "created_at": ctx.now,
        },
    )
    counter = _COUNTERS[vote]
    ctx.store.execute(
        f"UPDATE consensus_requests SET {counter} = {counter} + 1, updated_at = ? WHERE id = ?",
        (ctx.now, row["id"]),
    )
    counted = ctx.store.one("SELECT * FROM consensus_requests WHERE id = ?", (row["id"],))
    assert counted is not None
    _decide(ctx, counted)
    ctx.emit(
        "consensus.voted",
        "consensus",
        row["id"],
        f'{ctx.actor_name} voted {vote} on "{row["title"]}"',
        {
            "vote": vote,
            "voterLevel": voter["level"],
            "currentApprove": counted["votes_approve"],
            "currentReject": counted["votes_reject"],
        },
    )
    saved = ctx.store.one("SELECT * FROM consensus_votes WHERE id = ?", (vote_id,))
    assert saved is not None
    return Result({"data": _vote(saved), "message": "Vote recorded"})


def cancel_consensus_request(ctx: Ctx) -> Result:
    row = _require(ctx)
    if row["requester_id"] != ctx.actor_id:
        raise ApiError(403, "Only the requester can cancel this request")
    if row["status"] != "PENDING":
        raise ApiError(400, "Can only cancel pending requests")
    ctx.store.update(
        "consensus_requests",
        row["id"],
        {"status": "CANCELLED", "decided_at": ctx.now, "updated_at": ctx.now},
    )
    updated = ctx.store.one("SELECT * FROM consensus_requests WHERE id = ?", (row["id"],))
    assert updated is not None
    return Result({"data": _request(updated), "message": "Consensus request cancelled"})


handlers = {
    "createConsensusRequest": create_consensus_request,
    "listPendingConsensusRequests": list_pending_consensus_requests,
    "listVotableConsensusRequests": list_votable_consensus_requests,
    "getConsensusRequest": get_consensus_request,
    "voteOnConsensusRequest": vote_on_consensus_request,
    "cancelConsensusRequest": cancel_consensus_request,
}
