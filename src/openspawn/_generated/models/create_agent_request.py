"""The `CreateAgentRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.agent_mode import AgentMode
from ..models.agent_role import AgentRole
from ..types import WireModel, reject_unknown_enum_members


class CreateAgentRequest(WireModel):
    """The body of an agent registration.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_id",
            "level",
            "model",
            "role",
            "mode",
            "management_fee_pct",
            "budget_period_limit",
            "capabilities",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The agent's display name.",
    )
    """The agent's display name."""

    agent_id: str | None = Field(
        default=None,
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The new agent's slug, unique in the organisation. Optional here (an extension): whenabsent the server derives it from `name` (`New Worker Agent` becomes`new-worker-agent`). Upstream requires it, so the SDK always sends one.",
    )
    """The new agent's slug, unique in the organisation. Optional here (an extension): when
    absent the server derives it from `name` (`New Worker Agent` becomes
    `new-worker-agent`). Upstream requires it, so the SDK always sends one."""

    level: int | None = Field(
        default=None,
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level; 1 when omitted.",
    )
    """The agent's level; 1 when omitted."""

    model: str | None = Field(
        default=None,
        validation_alias="model",
        serialization_alias="model",
        description="The language model the agent runs on; `sonnet` when omitted.",
    )
    """The language model the agent runs on; `sonnet` when omitted."""

    role: AgentRole | None = Field(
        default=None,
        validation_alias="role",
        serialization_alias="role",
        description="An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust credits.",
    )
    """An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust
    credits."""

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
        description="The percentage of a task's reward the agent earns when a task it created is completed by another agent; 0 when omitted.",
    )
    """The percentage of a task's reward the agent earns when a task it created is completed by
    another agent; 0 when omitted."""

    budget_period_limit: int | None = Field(
        default=None,
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The most credits the agent may spend in a budget period; no limit when omitted.",
    )
    """The most credits the agent may spend in a budget period; no limit when omitted."""

    capabilities: "list[CapabilityInput] | None" = Field(
        default=None,
        validation_alias="capabilities",
        serialization_alias="capabilities",
        description="The agent's initial capabilities.",
    )
    """The agent's initial capabilities."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data to attach to the agent.",
    )
    """Free-form data to attach to the agent."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.capability_input import CapabilityInput  # noqa: E402
