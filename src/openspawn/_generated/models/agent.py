"""The `Agent` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.agent_mode import AgentMode
from ..models.agent_role import AgentRole
from ..models.agent_status import AgentStatus
from ..types import WireModel


class Agent(WireModel):
    """An agent. List items carry only the required summary fields; a single agent carries more,
    and the full entity (after an update) carries every field.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "mode",
            "management_fee_pct",
            "budget_period_spent",
            "max_children",
            "metadata",
            "trust_score",
            "tasks_completed",
            "tasks_successful",
            "lifetime_earnings",
            "capabilities",
            "updated_at",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The agent's UUID, used in paths.",
    )
    """The agent's UUID, used in paths."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's slug, unique in its organisation; sent as `X-Agent-Id` when signing.",
    )
    """The agent's slug, unique in its organisation; sent as `X-Agent-Id` when signing."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The agent's display name.",
    )
    """The agent's display name."""

    role: AgentRole = Field(
        validation_alias="role",
        serialization_alias="role",
        description="An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust credits.",
    )
    """An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust
    credits."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level, from 1 to 10; it bounds what the agent may do and how many children it may spawn.",
    )
    """The agent's level, from 1 to 10; it bounds what the agent may do and how many children it
    may spawn."""

    model: str = Field(
        validation_alias="model",
        serialization_alias="model",
        description="The language model the agent runs on, such as `sonnet`.",
    )
    """The language model the agent runs on, such as `sonnet`."""

    status: AgentStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can authenticate, `revoked` is final.",
    )
    """An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can
    authenticate, `revoked` is final."""

    current_balance: int = Field(
        validation_alias="currentBalance",
        serialization_alias="currentBalance",
        description="The agent's credit balance.",
    )
    """The agent's credit balance."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the agent was created.",
    )
    """When the agent was created."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the agent's organisation.",
    )
    """The UUID of the agent's organisation."""

    mode: AgentMode | None = Field(
        default=None,
        validation_alias="mode",
        serialization_alias="mode",
        description="How an agent works (doing tasks, coordinating others or only watching); stored but not enforced.",
    )
    """How an agent works (doing tasks, coordinating others or only watching); stored but not
    enforced."""

    management_fee_pct: int | None = Field(
        default=None,
        validation_alias="managementFeePct",
        serialization_alias="managementFeePct",
        description="The percentage of a task's reward the agent earns when a task it created is completed by another agent.",
    )
    """The percentage of a task's reward the agent earns when a task it created is completed by
    another agent."""

    budget_period_limit: int | None = Field(
        default=None,
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The most credits the agent may spend in a budget period; null means no limit.",
    )
    """The most credits the agent may spend in a budget period; null means no limit."""

    budget_period_spent: int | None = Field(
        default=None,
        validation_alias="budgetPeriodSpent",
        serialization_alias="budgetPeriodSpent",
        description="The credits spent in the current budget period.",
    )
    """The credits spent in the current budget period."""

    budget_period_start: datetime.datetime | None = Field(
        default=None,
        validation_alias="budgetPeriodStart",
        serialization_alias="budgetPeriodStart",
        description="When the current budget period started, if it was ever reset.",
    )
    """When the current budget period started, if it was ever reset."""

    parent_id: str | None = Field(
        default=None,
        validation_alias="parentId",
        serialization_alias="parentId",
        description="The UUID of the agent that spawned this one; null for registered agents.",
    )
    """The UUID of the agent that spawned this one; null for registered agents."""

    max_children: int | None = Field(
        default=None,
        validation_alias="maxChildren",
        serialization_alias="maxChildren",
        description="The most active children the agent may have; 0 means the default for its level.",
    )
    """The most active children the agent may have; 0 means the default for its level."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data attached to the agent.",
    )
    """Free-form data attached to the agent."""

    trust_score: int | None = Field(
        default=None,
        validation_alias="trustScore",
        serialization_alias="trustScore",
        description="The agent's reputation, from 0 to 100.",
    )
    """The agent's reputation, from 0 to 100."""

    tasks_completed: int | None = Field(
        default=None,
        validation_alias="tasksCompleted",
        serialization_alias="tasksCompleted",
        description="How many tasks the agent has completed.",
    )
    """How many tasks the agent has completed."""

    tasks_successful: int | None = Field(
        default=None,
        validation_alias="tasksSuccessful",
        serialization_alias="tasksSuccessful",
        description="How many of those tasks were successful.",
    )
    """How many of those tasks were successful."""

    last_activity_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="lastActivityAt",
        serialization_alias="lastActivityAt",
        description="When the agent was last active.",
    )
    """When the agent was last active."""

    last_promotion_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="lastPromotionAt",
        serialization_alias="lastPromotionAt",
        description="When the agent was last promoted.",
    )
    """When the agent was last promoted."""

    lifetime_earnings: int | None = Field(
        default=None,
        validation_alias="lifetimeEarnings",
        serialization_alias="lifetimeEarnings",
        description="The credits the agent has earned over its lifetime.",
    )
    """The credits the agent has earned over its lifetime."""

    domain: str | None = Field(
        default=None,
        validation_alias="domain",
        serialization_alias="domain",
        description="The agent's area of work.",
    )
    """The agent's area of work."""

    avatar: str | None = Field(
        default=None,
        validation_alias="avatar",
        serialization_alias="avatar",
        description="The agent's avatar (a URL or an emoji).",
    )
    """The agent's avatar (a URL or an emoji)."""

    avatar_color: str | None = Field(
        default=None,
        validation_alias="avatarColor",
        serialization_alias="avatarColor",
        description="The colour used behind the agent's avatar.",
    )
    """The colour used behind the agent's avatar."""

    capabilities: "list[AgentCapability] | None" = Field(
        default=None,
        validation_alias="capabilities",
        serialization_alias="capabilities",
        description="The agent's capabilities.",
    )
    """The agent's capabilities."""

    updated_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="updatedAt",
        serialization_alias="updatedAt",
        description="When the agent was last changed.",
    )
    """When the agent was last changed."""

    deleted_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="deletedAt",
        serialization_alias="deletedAt",
        description="When the agent was rejected (soft-deleted); rejected agents are never returned.",
    )
    """When the agent was rejected (soft-deleted); rejected agents are never returned."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_capability import AgentCapability  # noqa: E402
