"""The `TaskTemplate` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.task_priority import TaskPriority
from ..types import WireModel


class TaskTemplate(WireModel):
    """A reusable blueprint of a task and its subtasks.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The template's id (`tmpl_` followed by a timestamp and a random suffix).",
    )
    """The template's id (`tmpl_` followed by a timestamp and a random suffix)."""

    org_id: str = Field(
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The organisation's UUID.",
    )
    """The organisation's UUID."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The template's name, unique in the organisation ignoring case.",
    )
    """The template's name, unique in the organisation ignoring case."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="The main task's title.",
    )
    """The main task's title."""

    priority: TaskPriority = Field(
        validation_alias="priority",
        serialization_alias="priority",
        description="A task's priority, from most to least pressing.",
    )
    """A task's priority, from most to least pressing."""

    required_capabilities: list[str] = Field(
        validation_alias="requiredCapabilities",
        serialization_alias="requiredCapabilities",
        description="Capabilities the main task needs.",
    )
    """Capabilities the main task needs."""

    tags: list[str] = Field(
        validation_alias="tags",
        serialization_alias="tags",
        description="Tags of the main task.",
    )
    """Tags of the main task."""

    approval_required: bool = Field(
        validation_alias="approvalRequired",
        serialization_alias="approvalRequired",
        description="Whether the main task needs approval before it can be done.",
    )
    """Whether the main task needs approval before it can be done."""

    subtasks: "list[SubtaskTemplate]" = Field(
        validation_alias="subtasks",
        serialization_alias="subtasks",
        description="The subtasks created with every instance.",
    )
    """The subtasks created with every instance."""

    created_by: str = Field(
        validation_alias="createdBy",
        serialization_alias="createdBy",
        description="The UUID of the agent that created the template.",
    )
    """The UUID of the agent that created the template."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the template was created.",
    )
    """When the template was created."""

    metadata: dict[str, Any] = Field(
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Copied into the main task's metadata.",
    )
    """Copied into the main task's metadata."""

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
        description="The main task's description.",
    )
    """The main task's description."""

    estimated_minutes: int | None = Field(
        default=None,
        validation_alias="estimatedMinutes",
        serialization_alias="estimatedMinutes",
        description="How long the work is expected to take.",
    )
    """How long the work is expected to take."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.subtask_template import SubtaskTemplate  # noqa: E402
