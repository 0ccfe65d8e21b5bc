"""The `AddDependencyRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class AddDependencyRequest(WireModel):
    """A prerequisite to add to a task.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    depends_on_id: str = Field(
        validation_alias="dependsOnId",
        serialization_alias="dependsOnId",
        description="The UUID of the prerequisite task.",
    )
    """The UUID of the prerequisite task."""

    blocking: bool = Field(
        default=True,
        validation_alias="blocking",
        serialization_alias="blocking",
        description="True (the default) when the task cannot be done before the prerequisite is done.",
    )
    """True (the default) when the task cannot be done before the prerequisite is done."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
