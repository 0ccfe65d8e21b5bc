"""The `SpawnAgentRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class SpawnAgentRequest(WireModel):
    """The body of a spawn request.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_id",
            "level",
            "model",
            "budget_period_limit",
            "metadata",
            "capabilities",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The child's display name.",
    )
    """The child's display name."""

    agent_id: str | None = Field(
        default=None,
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The child's slug, unique in the organisation. Optional here (an extension): when absentthe server derives it from `name`. Upstream requires it, so the SDK always sends one.",
    )
    """The child's slug, unique in the organisation. Optional here (an extension): when absent
    the server derives it from `name`. Upstream requires it, so the SDK always sends one."""

    level: int | None = Field(
        default=None,
        validation_alias="level",
        serialization_alias="level",
        description="The child's level; the parent's level minus one when omitted, and always lower than the parent's.",
    )
    """The child's level; the parent's level minus one when omitted, and always lower than the
    parent's."""

    model: str | None = Field(
        default=None,
        validation_alias="model",
        serialization_alias="model",
        description="The language model the child runs on; the parent's model when omitted.",
    )
    """The language model the child runs on; the parent's model when omitted."""

    budget_period_limit: int | None = Field(
        default=None,
        validation_alias="budgetPeriodLimit",
        serialization_alias="budgetPeriodLimit",
        description="The most credits the child may spend in a budget period; no limit when omitted.",
    )
    """The most credits the child may spend in a budget period; no limit when omitted."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data to attach to the child. An extension, stored by the dev server and ignored upstream.",
    )
    """Free-form data to attach to the child. An extension, stored by the dev server and ignored
    upstream."""

    capabilities: "list[CapabilityInput] | None" = Field(
        default=None,
        validation_alias="capabilities",
        serialization_alias="capabilities",
        description="The child's initial capabilities. An extension, stored by the dev server and ignored upstream.",
    )
    """The child's initial capabilities. An extension, stored by the dev server and ignored
    upstream."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.capability_input import CapabilityInput  # noqa: E402
