"""The `Escalation` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.escalation_reason import EscalationReason
from ..types import WireModel


class Escalation(WireModel):
    """The escalation of a task from one agent to another. Reads embed the agents (and, for open
    escalations, the task).

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "metadata",
            "task",
            "from_agent",
            "to_agent",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The escalation's UUID.",
    )
    """The escalation's UUID."""

    task_id: str = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The escalated task's UUID.",
    )
    """The escalated task's UUID."""

    from_agent_id: str = Field(
        validation_alias="fromAgentId",
        serialization_alias="fromAgentId",
        description="The UUID of the agent the task was taken from (its assignee).",
    )
    """The UUID of the agent the task was taken from (its assignee)."""

    to_agent_id: str = Field(
        validation_alias="toAgentId",
        serialization_alias="toAgentId",
        description="The UUID of the agent the task was given to.",
    )
    """The UUID of the agent the task was given to."""

    reason: EscalationReason = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="Why a task is escalated. `MANUAL` is the usual choice for an agent; the others name the automatic triggers.",
    )
    """Why a task is escalated. `MANUAL` is the usual choice for an agent; the others name the
    automatic triggers."""

    levels_escalated: int = Field(
        validation_alias="levelsEscalated",
        serialization_alias="levelsEscalated",
        description="The target's level minus the previous assignee's (negative when escalated to a lower level).",
    )
    """The target's level minus the previous assignee's (negative when escalated to a lower level)."""

    is_automatic: bool = Field(
        validation_alias="isAutomatic",
        serialization_alias="isAutomatic",
        description="True for an escalation made by the server itself; false for one requested through the API.",
    )
    """True for an escalation made by the server itself; false for one requested through the API."""

    resolved_at: datetime.datetime | None = Field(
        validation_alias="resolvedAt",
        serialization_alias="resolvedAt",
        description="When the escalation was resolved; null while it is open.",
    )
    """When the escalation was resolved; null while it is open."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the task was escalated.",
    )
    """When the task was escalated."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    notes: str | None = Field(
        default=None,
        validation_alias="notes",
        serialization_alias="notes",
        description="Free text given with the escalation.",
    )
    """Free text given with the escalation."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data attached to the escalation.",
    )
    """Free-form data attached to the escalation."""

    task: "Task | None" = Field(
        default=None,
        validation_alias="task",
        serialization_alias="task",
        description="A task. Lists carry `tags` only; a single task and the answers to task actions also carry`dependencies` and `dependents`.",
    )
    """A task. Lists carry `tags` only; a single task and the answers to task actions also carry
    `dependencies` and `dependents`."""

    from_agent: "Agent | None" = Field(
        default=None,
        validation_alias="fromAgent",
        serialization_alias="fromAgent",
        description="An agent. List items carry only the required summary fields; a single agent carries more,and the full entity (after an update) carries every field.",
    )
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field."""

    to_agent: "Agent | None" = Field(
        default=None,
        validation_alias="toAgent",
        serialization_alias="toAgent",
        description="An agent. List items carry only the required summary fields; a single agent carries more,and the full entity (after an update) carries every field.",
    )
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent import Agent  # noqa: E402
from ..models.task import Task  # noqa: E402
