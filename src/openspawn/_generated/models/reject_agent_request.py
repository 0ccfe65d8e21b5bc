"""The `RejectAgentRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class RejectAgentRequest(WireModel):
    """The optional body of a rejection.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the agent is rejected.",
    )
    """Why the agent is rejected."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
