"""The `AssignTaskRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class AssignTaskRequest(WireModel):
    """The agent to assign a task to.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    assignee_id: str = Field(
        validation_alias="assigneeId",
        serialization_alias="assigneeId",
        description="The UUID of the agent to assign.",
    )
    """The UUID of the agent to assign."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
