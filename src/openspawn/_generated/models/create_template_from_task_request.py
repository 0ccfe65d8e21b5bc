"""The `CreateTemplateFromTaskRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..types import WireModel, reject_unknown_enum_members


class CreateTemplateFromTaskRequest(WireModel):
    """The name of a template made from a task.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The template's name, unique in the organisation ignoring case.",
    )
    """The template's name, unique in the organisation ignoring case."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
