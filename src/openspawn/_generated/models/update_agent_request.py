"""The `UpdateAgentRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.agent_mode import AgentMode
from ..types import WireModel, reject_unknown_enum_members


class UpdateAgentRequest(WireModel):
    """The fields of an agent to change; omitted fields are kept.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "level",
            "model",
            "mode",
            "management_fee_pct",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    name: str | None = Field(
        default=None,
        validation_alias="name",
        serialization_alias="name",
        description="The new display name.",
    )
    """The new display name."""

    level: int | None = Field(
        default=None,
        validation_alias="level",
        serialization_alias="level",
        description="The new level.",
    )
    """The new level."""

    model: str | None = Field(
        default=None,
        validation_alias="model",
        serialization_alias="model",
        description="The new language model.",
    )
    """The new language model."""

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
        description="The new management fee percentage.",
    )
    """The new management fee percentage."""

    budget_period_limit: int | None = Field(
        default=None,
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The new budget limit per period; null removes the limit.",
    )
    """The new budget limit per period; null removes the limit."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="The new metadata; it replaces the whole object.",
    )
    """The new metadata; it replaces the whole object."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
