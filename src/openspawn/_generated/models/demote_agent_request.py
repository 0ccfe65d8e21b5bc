"""The `DemoteAgentRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class DemoteAgentRequest(WireModel):
    """Why an agent is demoted.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    reason: str = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the agent is demoted (stored with the events).",
    )
    """Why the agent is demoted (stored with the events)."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
