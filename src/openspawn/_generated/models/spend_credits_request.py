"""The `SpendCreditsRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class SpendCreditsRequest(WireModel):
    """Credits to spend from the caller's balance.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    amount: int = Field(
        validation_alias="amount",
        serialization_alias="amount",
        description="The number of credits to spend.",
    )
    """The number of credits to spend."""

    reason: str = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="What the credits are spent on.",
    )
    """What the credits are spent on."""

    trigger_type: str | None = Field(
        default=None,
        validation_alias="triggerType",
        serialization_alias="triggerType",
        description="A free-form category for the spending, such as `llm_call`.",
    )
    """A free-form category for the spending, such as `llm_call`."""

    source_task_id: str | None = Field(
        default=None,
        validation_alias="sourceTaskId",
        serialization_alias="sourceTaskId",
        description="The UUID of the task the spending is for.",
    )
    """The UUID of the task the spending is for."""

    source_agent_id: str | None = Field(
        default=None,
        validation_alias="sourceAgentId",
        serialization_alias="sourceAgentId",
        description="The UUID of another agent involved in the spending.",
    )
    """The UUID of another agent involved in the spending."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
