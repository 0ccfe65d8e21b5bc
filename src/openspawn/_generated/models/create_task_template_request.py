"""The `CreateTaskTemplateRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, field_validator

from ..models.task_priority import TaskPriority
from ..types import WireModel, reject_unknown_enum_members


class CreateTaskTemplateRequest(WireModel):
    """A new task template.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "task_description",
            "priority",
            "estimated_minutes",
            "required_capabilities",
            "tags",
            "approval_required",
            "subtasks",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The template's name, unique in the organisation ignoring case.",
    )
    """The template's name, unique in the organisation ignoring case."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="The main task's title; `{{name}}` placeholders are filled in.",
    )
    """The main task's title; `{{name}}` placeholders are filled in."""

    description: str | None = Field(
        default=None,
        validation_alias="description",
        serialization_alias="description",
        description="What the template is for.",
    )
    """What the template is for."""

    task_description: str | None = Field(
        default=None,
        validation_alias="taskDescription",
        serialization_alias="taskDescription",
        description="The main task's description; `{{name}}` placeholders are filled in.",
    )
    """The main task's description; `{{name}}` placeholders are filled in."""

    priority: TaskPriority | None = Field(
        default=None,
        validation_alias="priority",
        serialization_alias="priority",
        description="A task's priority, from most to least pressing.",
    )
    """A task's priority, from most to least pressing."""

    estimated_minutes: int | None = Field(
        default=None,
        validation_alias="estimatedMinutes",
        serialization_alias="estimatedMinutes",
        description="How long the work is expected to take.",
    )
    """How long the work is expected to take."""

    required_capabilities: list[str] | None = Field(
        default=None,
        validation_alias="requiredCapabilities",
        serialization_alias="requiredCapabilities",
        description="Capabilities the main task needs (stored in its `metadata.requiredCapabilities`).",
    )
    """Capabilities the main task needs (stored in its `metadata.requiredCapabilities`)."""

    tags: list[str] | None = Field(
        default=None,
        validation_alias="tags",
        serialization_alias="tags",
        description="Tags of the main task; `{{name}}` placeholders are filled in.",
    )
    """Tags of the main task; `{{name}}` placeholders are filled in."""

    approval_required: bool | None = Field(
        default=None,
        validation_alias="approvalRequired",
        serialization_alias="approvalRequired",
        description="Whether the main task needs approval before it can be done (default false).",
    )
    """Whether the main task needs approval before it can be done (default false)."""

    subtasks: "list[SubtaskTemplate] | None" = Field(
        default=None,
        validation_alias="subtasks",
        serialization_alias="subtasks",
        description="Subtasks created with every instance.",
    )
    """Subtasks created with every instance."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Copied into the main task's metadata.",
    )
    """Copied into the main task's metadata."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.subtask_template import SubtaskTemplate  # noqa: E402
