"""Agents: the slug a new agent gets, and the body a reject must always carry."""

from __future__ import annotations

from .._core.shaping import slugify
from .._generated.models import CreateAgentRequest, RejectAgentRequest, SpawnAgentRequest
from . import before_send


@before_send("registerAgent")
def derive_agent_id(body: CreateAgentRequest) -> CreateAgentRequest:
    """Upstream requires ``agentId``: derive it from the name when the caller left it out."""
    if body.agent_id is None:
        return body.model_copy(update={"agent_id": slugify(body.name)})
    return body


@before_send("spawnAgent")
def derive_child_agent_id(body: SpawnAgentRequest) -> SpawnAgentRequest:
    """Same as ``derive_agent_id``, for a spawned child."""
    if not body.agent_id:
        return body.model_copy(update={"agent_id": slugify(body.name)})
    return body


@before_send("rejectAgent")
def always_send_reject_body(body: RejectAgentRequest | None) -> RejectAgentRequest:
    """Upstream answers 500 to a reject without a JSON body: always send one (``{}``)."""
    return RejectAgentRequest() if body is None else body
