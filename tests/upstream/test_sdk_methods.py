"""Every SDK resource method, with valid input, against the real upstream server, sync and async.

A method either succeeds or fails exactly as its operation's `x-bikinibottom-upstream` marker (or
`x-bikinibottom-extension`) in openapi.yaml declares; the outcome of each is printed at the end.
Mutations run as the seeded HR agent `talent` (level 10, HMAC): upstream API keys can do almost
no writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from openspawn import errors
from openspawn.enums import MessageType, TaskPriority, TaskStatus
from openspawn.models import (
    ConsensusType,
    CreateAgentRequest,
    CreateTaskRequest,
    EscalationReason,
    SendMessageRequest,
    TransferCreditsRequest,
    TransitionTaskRequest,
    UpdateAgentRequest,
    VoteValue,
)

from .calls import Caller, make_client
from .conftest import Upstream

SERVER_ERROR = (errors.RetryableError, errors.InternalServerError)
SHADOWED = "shadowed upstream (another route answers it with 500)"


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, upstream: Upstream) -> Iterator[Caller]:
    caller = Caller(request.param, make_client(request.param, upstream, upstream.hr))
    yield caller
    caller.close()


@pytest.fixture
def retrying(call: Caller, upstream: Upstream) -> Iterator[Caller]:
    """The same flavour with the default retries: what a user's client does."""
    caller = Caller(
        call.variant, make_client(call.variant, upstream, upstream.hr, default_retries=True)
    )
    yield caller
    caller.close()


def _unsupported(
    retrying: Caller, name: str, why: str, *args: object
) -> errors.UnsupportedOperationError:
    """A route this server lacks: one request, and an error that names the route."""
    error = retrying.expect_error(name, errors.UnsupportedOperationError, why, *args)
    assert isinstance(error, errors.UnsupportedOperationError)
    assert error.attempts == 1, "a missing route answers the same on every retry"
    assert error.route in error.message
    return error


def _slug(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_system_and_agents(call: Caller, retrying: Caller, upstream: Upstream) -> None:
    assert call("system.health").status == "ok"
    hr_id = upstream.hr["id"]
    worker_id = upstream.worker["id"]
    assert any(a.id == worker_id for a in call("agents.list"))
    assert call("agents.get", worker_id).agent_id == "worker-1"
    created = call(
        "agents.create", CreateAgentRequest(name="Upstream Check", agent_id=_slug("reg"), level=3)
    )
    new_id = created.data.id
    assert call("agents.update", new_id, UpdateAgentRequest(model="haiku")).model == "haiku"
    spawned = call("agents.spawn", "Spawned Child", 4, agent_id=_slug("child"))
    assert call("agents.activate", spawned.data.id).status == "active"
    doomed = call("agents.spawn", "Rejected Child", 4, agent_id=_slug("child"))
    assert call("agents.reject", doomed.data.id, reason="not needed") is None
    node = call("agents.get_hierarchy", hr_id, depth=1)
    assert node.id == hr_id
    assert isinstance(call("agents.get_balance", worker_id), int)
    assert call("agents.get_budget", worker_id).agent_id == worker_id
    assert call("agents.set_budget", spawned.data.id, 500).budget_period_limit == 500
    assert call("agents.can_spend", worker_id, 1).can_spend in (True, False)
    _unsupported(retrying, "agents.capacity", SHADOWED)
    _unsupported(retrying, "agents.list_pending", SHADOWED)
    capability = call("agents.add_capability", new_id, "research")
    assert any(c.id == capability.id for c in call("agents.list_capabilities", new_id))
    assert call("agents.update_capability", capability.id, "expert").proficiency == "expert"
    assert call("agents.remove_capability", capability.id) is None
    assert call("agents.revoke", new_id).status == "revoked"


def test_tasks(call: Caller, retrying: Caller, upstream: Upstream) -> None:
    worker_id = upstream.worker["id"]
    task = call(
        "tasks.create",
        CreateTaskRequest(
            title="Upstream task", priority=TaskPriority.HIGH, approval_required=True
        ),
    )
    other = call("tasks.create", CreateTaskRequest(title="Prerequisite"))
    assert call("tasks.get", task.id).identifier == task.identifier
    assert any(t.id == task.id for t in call("tasks.list", priority=TaskPriority.HIGH))
    assert call("tasks.assign", task.id, worker_id).assignee_id == worker_id
    assert call("tasks.add_dependency", task.id, other.id).depends_on_id == other.id
    assert call("tasks.remove_dependency", task.id, other.id) is None
    comment = call("tasks.add_comment", task.id, "looks good")
    assert [c.id for c in call("tasks.list_comments", task.id)] == [comment.id]
    for status in ("todo", "in_progress", "review"):
        moved = call("tasks.transition", task.id, TransitionTaskRequest(status=TaskStatus(status)))
    assert moved.status == "review"
    approved = call("tasks.approve", task.id)
    # declared difference: upstream records the approval, the task stays in review
    assert approved.approved_at is not None and approved.status == "review"
    done = call("tasks.transition", task.id, TransitionTaskRequest(status=TaskStatus.DONE))
    assert done.status == "done"
    # The guide's own fields travel in metadata, which upstream accepts and routing reads.
    routed = call(
        "tasks.create",
        CreateTaskRequest(title="Needs python", capabilities=["python"], estimated_credits=40),
    )
    assert routed.capabilities == ["python"] and routed.estimated_credits == 40
    claimable = call("tasks.create", CreateTaskRequest(title="Claim me"))
    error = _unsupported(
        retrying, "tasks.claim", "extension (no claim route upstream)", claimable.id
    )
    assert isinstance(error, errors.ExtensionNotSupportedError)
    assert "openspawn extension" in str(error) and error.may_have_been_applied is False


def test_credits(call: Caller, upstream: Upstream) -> None:
    worker_id = upstream.worker["id"]
    assert isinstance(call("credits.balance"), int)
    assert call("credits.balance_details").balance >= 0
    credited = call("credits.adjust", worker_id, 5, "credit", "upstream check")
    assert credited.amount == 5
    spent = call("credits.spend", 1, "upstream check")
    assert spent.type == "debit"
    rows, meta = call("credits.history", limit=5, offset=0)
    assert rows and meta["total"] >= len(rows)
    assert len(call.collect(call.method("credits.iter_history")(page_size=2))) == meta["total"]


def test_transfer_moves_what_it_says_or_raises(
    call: Caller, retrying: Caller, upstream: Upstream
) -> None:
    """A transfer of 100 moves exactly 100, or raises an error saying it may have happened.

    Upstream moves the balances and then answers 500 (its ledger write fails): the SDK must not
    retry that into a second transfer, even with the default retries.
    """
    worker_id = upstream.worker["id"]
    before_sender = call("credits.balance")
    before_target = call("agents.get_balance", worker_id)
    try:
        retrying("credits.transfer", TransferCreditsRequest(to_agent_id=worker_id, amount=100))
        raised: errors.BikiniBottomError | None = None
    except errors.BikiniBottomError as exc:
        raised = exc
    moved = call("agents.get_balance", worker_id) - before_target
    assert before_sender - call("credits.balance") == moved
    if raised is None:
        assert moved == 100
        return
    assert moved in (0, 100), f"a transfer of 100 moved {moved}"
    assert isinstance(raised, errors.RetryableServerError), raised
    assert raised.may_have_been_applied is True and raised.attempts == 1
    assert "may have been applied" in str(raised)
    retrying.expect_error(  # record what the user gets
        "credits.transfer",
        errors.RetryableServerError,
        "broken upstream (500 after moving the balances; not retried)",
        TransferCreditsRequest(to_agent_id=worker_id, amount=1),
    )


def test_routing_escalations_consensus_capability_match(call: Caller, upstream: Upstream) -> None:
    """The generated methods of the upstream-domains-A operations."""
    hr_id, worker_id = upstream.hr["id"], upstream.worker["id"]
    matches = call("agents.match_capabilities", capabilities="python,testing")
    assert any(m.agent_id == worker_id for m in matches)
    best = call("agents.best_match", capabilities="python,testing")
    assert best is not None and best.agent_id == worker_id
    assert call("agents.best_match", capabilities="cobol") is None
    suggested = call("routing.suggest", capabilities="python,testing", limit=5)
    assert suggested and suggested[0].agent_id == worker_id
    task = call(
        "tasks.create", CreateTaskRequest(title="Route me", capabilities=["python", "testing"])
    )
    ranked = call("routing.candidates", task.id)
    assert ranked.required_capabilities == ["python", "testing"]
    assert any(c.agent_id == worker_id for c in ranked.candidates)
    assigned = call("routing.auto_assign", task.id)
    assert assigned.auto_assigned and assigned.best_match is not None
    assert call("tasks.get", task.id).assignee_id == assigned.best_match.agent_id
    escalation = call("escalations.escalate", task.id, reason=EscalationReason.MANUAL, notes="x")
    assert escalation.task_id == task.id and escalation.resolved_at is None
    assert [e.id for e in call("escalations.list", task.id)] == [escalation.id]
    assert any(e.id == escalation.id for e in call("escalations.list_open"))
    assert call("escalations.resolve", escalation.id).resolved_at is not None
    unassigned = call("tasks.create", CreateTaskRequest(title="Nobody's"))
    call.expect_error(
        "escalations.escalate",
        errors.RetryableServerError,
        "differs upstream (an unassigned task is 500, not 422)",
        unassigned.id,
        reason=EscalationReason.MANUAL,
    )
    vote = call(
        "consensus.create",
        type=ConsensusType.POLICY_CHANGE,
        title="Adopt ruff",
        description="Lint everything",
        quorum_required=1,
        approval_threshold=50,
        voter_ids=[hr_id, worker_id],
    )
    assert vote.status == "PENDING"
    assert any(r.id == vote.id for r in call("consensus.list_pending"))
    assert any(r.id == vote.id for r in call("consensus.list_votable"))
    cast = call("consensus.vote", vote.id, vote=VoteValue.APPROVE, reason="yes")
    assert cast.vote == "APPROVE"
    decided = call("consensus.get", vote.id)
    assert decided.votes_approve == 1 and decided.status == "APPROVED"
    other = call("consensus.create", type=ConsensusType.CUSTOM, title="Cancel me", description="d")
    assert call("consensus.cancel", other.id).status == "CANCELLED"
    call.expect_error(
        "consensus.get",
        SERVER_ERROR,
        "differs upstream (an unknown id is 500, not 404)",
        str(uuid.uuid4()),
    )


def test_channels_messages_dms_events(call: Caller, upstream: Upstream) -> None:
    worker_id = upstream.worker["id"]
    channel = call("channels.create", _slug("chan"))
    assert any(c.id == channel.id for c in call("channels.list"))
    assert call("channels.get", channel.id).name == channel.name
    first = call(
        "messages.send",
        SendMessageRequest(channel_id=channel.id, type=MessageType.TEXT, body="hello"),
    )
    reply = call(
        "messages.send",
        SendMessageRequest(
            channel_id=channel.id, type=MessageType.TEXT, body="reply", parent_message_id=first.id
        ),
    )
    assert [m.id for m in call("messages.list", channel.id)] == [first.id, reply.id]
    assert len(call.collect(call.method("messages.iter_messages")(channel.id, page_size=1))) == 2
    assert call("messages.get", first.id).body == "hello"
    assert [m.id for m in call("messages.get_thread", first.id)] == [reply.id]
    dm = call("direct_messages.send", worker_id, "hi worker")
    assert any(c.other_agent_id == worker_id for c in call("direct_messages.conversations"))
    assert isinstance(call("direct_messages.unread_count"), int)
    assert any(m.id == dm.id for m in call("direct_messages.list", worker_id))
    assert isinstance(call("direct_messages.mark_read", worker_id), int)
    events, meta = call("events.list", limit=5)
    assert events and meta["total"] >= len(events)
    assert call("events.get", events[0].id).id == events[0].id
    assert len(call.collect(call.method("events.iter_events")(page_size=2))) >= 2
    call.expect_error(
        "events.get",
        errors.NotFoundError,
        "differs upstream (200 {data: null} for an unknown id)",
        str(uuid.uuid4()),
    )


def test_reputation_alerts_analytics_templates_and_ping(
    call: Caller, retrying: Caller, upstream: Upstream
) -> None:
    """The generated methods of the upstream-domains-B operations."""
    worker_id = upstream.worker["id"]
    assert call("system.ping").message == "Hello API"
    before = call("reputation.get", worker_id).trust_score
    event = call("reputation.award_bonus", worker_id, reason="upstream check", amount=2)
    assert event.new_score == min(100, before + 2)
    penalty = call("reputation.apply_penalty", worker_id, reason="upstream check", amount=2)
    assert penalty.impact == -2
    page = call("reputation.history", worker_id, limit=2)
    assert page.total >= 2 and len(page.data) == 2
    assert any(e.id == worker_id for e in call("reputation.leaderboard", limit=50))
    call.expect_error(
        "reputation.get",
        SERVER_ERROR,
        "differs upstream (an unknown agent is 500, not 404)",
        str(uuid.uuid4()),
    )
    call.expect_error(
        "agents.demote",
        errors.PermissionDeniedError,
        "the HR agent lacks the founder or admin role",
        worker_id,
        reason="upstream check",
    )
    assert isinstance(call("agents.budget_alerts"), list)
    stats = call("analytics.stats")
    assert stats.total_agents >= 2
    assert isinstance(call("analytics.trends", days=7), list)
    assert isinstance(call("analytics.agents"), list)
    assert isinstance(call("analytics.triggers", days=30), list)
    assert isinstance(call("analytics.alerts"), list)
    assert isinstance(call("analytics.top_spenders", days=7, limit=5), list)
    name = _slug("tmpl")
    call.expect_error(
        "templates.create",
        SERVER_ERROR,
        "broken upstream (500 after storing the template)",
        name=name,
        title="x",
    )
    _unsupported(retrying, "templates.list", SHADOWED)
    for method, args, kwargs in (
        ("templates.get", ("tmpl_1_x",), {}),
        ("templates.delete", ("tmpl_1_x",), {}),
        ("templates.instantiate", (), {"template_id": "tmpl_1_x"}),
    ):
        call.expect_error(
            method,
            errors.NotFoundError,
            "broken upstream (no template id can be learnt)",
            *args,
            **kwargs,
        )
    task = call("tasks.create", CreateTaskRequest(title="Template source"))
    call.expect_error(
        "templates.create_from_task",
        SERVER_ERROR,
        "broken upstream (500 after storing the template)",
        task.id,
        name=_slug("from"),
    )
