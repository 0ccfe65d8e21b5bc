"""The `SubtaskTemplate` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.task_priority import TaskPriority
from ..types import WireModel, reject_unknown_enum_members


class SubtaskTemplate(WireModel):
    """A subtask created with every instance of a template.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "required_capabilities",
            "depends_on_index",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="The subtask's title; `{{name}}` placeholders are filled in.",
    )
    """The subtask's title; `{{name}}` placeholders are filled in."""

    priority: TaskPriority = Field(
        validation_alias="priority",
        serialization_alias="priority",
        description="A task's priority, from most to least pressing.",
    )
    """A task's priority, from most to least pressing."""

    description: str | None = Field(
        default=None,
        validation_alias="description",
        serialization_alias="description",
        description="The subtask's description; `{{name}}` placeholders are filled in.",
    )
    """The subtask's description; `{{name}}` placeholders are filled in."""

    required_capabilities: list[str] | None = Field(
        default=None,
        validation_alias="requiredCapabilities",
        serialization_alias="requiredCapabilities",
        description="Capabilities the subtask needs (stored in its `metadata.requiredCapabilities`).",
    )
    """Capabilities the subtask needs (stored in its `metadata.requiredCapabilities`)."""

    depends_on_index: int | None = Field(
        default=None,
        validation_alias="dependsOnIndex",
        serialization_alias="dependsOnIndex",
        description="The index of another subtask this one depends on (stored only).",
    )
    """The index of another subtask this one depends on (stored only)."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
