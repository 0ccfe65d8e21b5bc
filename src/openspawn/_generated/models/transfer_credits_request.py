"""The `TransferCreditsRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class TransferCreditsRequest(WireModel):
    """Credits to move from the caller to another agent.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    to_agent_id: str = Field(
        validation_alias="toAgentId",
        serialization_alias="toAgentId",
        description="The UUID of the receiving agent.",
    )
    """The UUID of the receiving agent."""

    amount: int = Field(
        validation_alias="amount",
        serialization_alias="amount",
        description="The number of credits to move.",
    )
    """The number of credits to move."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the credits move.",
    )
    """Why the credits move."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
