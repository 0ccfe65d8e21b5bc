"""The `WebhookEventType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class WebhookEventType(StrEnum):
    """The 37 audit event types upstream emits, plus `test` (sent by `POST /webhooks/{id}/test`).
    A type this SDK does not know still parses (as a pseudo-member).

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    TEST = "test"
    AGENT_REGISTERED = "agent.registered"
    AGENT_UPDATED = "agent.updated"
    AGENT_REVOKED = "agent.revoked"
    AGENT_SPAWNED = "agent.spawned"
    AGENT_ACTIVATED = "agent.activated"
    AGENT_REJECTED = "agent.rejected"
    AGENT_BUDGET_SET = "agent.budget_set"
    AGENT_CAPABILITY_ADDED = "agent.capability_added"
    AGENT_CAPABILITY_UPDATED = "agent.capability_updated"
    AGENT_CAPABILITY_REMOVED = "agent.capability_removed"
    AGENT_PROMOTED = "agent.promoted"
    AGENT_DEMOTED = "agent.demoted"
    REPUTATION_CHANGED = "reputation.changed"
    CREDITS_TRANSFERRED = "credits.transferred"
    CREDIT_ADJUSTED = "credit.adjusted"
    CREDIT_BUDGET_RESET = "credit.budget_reset"
    CONSENSUS_CREATED = "consensus.created"
    CONSENSUS_VOTED = "consensus.voted"
    CONSENSUS_DECIDED = "consensus.decided"
    CONSENSUS_EXPIRED = "consensus.expired"
    TASK_CREATED = "task.created"
    TASK_TRANSITIONED = "task.transitioned"
    TASK_ASSIGNED = "task.assigned"
    TASK_AUTO_ASSIGNED = "task.auto_assigned"
    TASK_CLAIMED = "task.claimed"
    TASK_APPROVED = "task.approved"
    TASK_COMPLETION_REJECTED = "task.completion_rejected"
    TASK_ESCALATED = "task.escalated"
    TASK_DEPENDENCY_ADDED = "task.dependency.added"
    TASK_DEPENDENCY_REMOVED = "task.dependency.removed"
    TASK_COMMENT_ADDED = "task.comment.added"
    TASK_TEMPLATE_CREATED = "task.template.created"
    TASK_TEMPLATE_DELETED = "task.template.deleted"
    TASK_TEMPLATE_INSTANTIATED = "task.template.instantiated"
    CHANNEL_CREATED = "channel.created"
    MESSAGE_SENT = "message.sent"
    MESSAGE_DIRECT = "message.direct"

    @classmethod
    def _missing_(cls, value: object) -> WebhookEventType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
