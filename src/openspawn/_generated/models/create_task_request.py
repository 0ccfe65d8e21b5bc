"""The `CreateTaskRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import AliasChoices, AliasPath, ConfigDict, Field, field_validator

from ..models.task_priority import TaskPriority
from ..types import WireModel, reject_unknown_enum_members


class CreateTaskRequest(WireModel):
    """The body of a task creation.

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "priority",
            "assignee_id",
            "parent_task_id",
            "approval_required",
            "due_date",
            "tags",
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="The task's title.",
    )
    """The task's title."""

    description: str | None = Field(
        default=None,
        validation_alias="description",
        serialization_alias="description",
        description="The task's longer description.",
    )
    """The task's longer description."""

    priority: TaskPriority | None = Field(
        default=None,
        validation_alias="priority",
        serialization_alias="priority",
        description="A task's priority, from most to least pressing.",
    )
    """A task's priority, from most to least pressing."""

    assignee_id: str | None = Field(
        default=None,
        validation_alias="assigneeId",
        serialization_alias="assigneeId",
        description="The UUID of the agent to assign; the task still starts in `backlog`.",
    )
    """The UUID of the agent to assign; the task still starts in `backlog`."""

    parent_task_id: str | None = Field(
        default=None,
        validation_alias="parentTaskId",
        serialization_alias="parentTaskId",
        description="The UUID of the parent task, to create a subtask.",
    )
    """The UUID of the parent task, to create a subtask."""

    approval_required: bool | None = Field(
        default=None,
        validation_alias="approvalRequired",
        serialization_alias="approvalRequired",
        description="True when the task must be approved before it can be done; false when omitted.",
    )
    """True when the task must be approved before it can be done; false when omitted."""

    due_date: datetime.datetime | None = Field(
        default=None,
        validation_alias="dueAt",
        serialization_alias="dueAt",
        description="When the task is due (returned as `dueDate`).",
    )
    """When the task is due (returned as `dueDate`)."""

    tags: list[str] | None = Field(
        default=None,
        validation_alias="tags",
        serialization_alias="tags",
        description="Tags for the task, each at most once.",
    )
    """Tags for the task, each at most once."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data to attach to the task. Two keys have a meaning and a Python field each (`x-python-lift`): `requiredCapabilities` (`capabilities`), which routing reads, and `estimatedCredits` (`estimated_credits`).",
    )
    """Free-form data to attach to the task. Two keys have a meaning and a Python field each
    (`x-python-lift`): `requiredCapabilities` (`capabilities`), which routing reads, and
    `estimatedCredits` (`estimated_credits`)."""

    capabilities: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "capabilities", AliasPath("metadata", "requiredCapabilities")
        ),
        exclude=True,
        description="The capabilities the task needs; routing ranks agents by them. (`metadata.requiredCapabilities` on the wire)",
    )

    estimated_credits: int | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "estimated_credits", AliasPath("metadata", "estimatedCredits")
        ),
        exclude=True,
        description="The credits the task is expected to cost. (`metadata.estimatedCredits` on the wire)",
    )

    __wire_paths__: ClassVar[Mapping[str, tuple[str, str]]] = {
        "capabilities": ("metadata", "requiredCapabilities"),
        "estimated_credits": ("metadata", "estimatedCredits"),
    }

    @field_validator("*", mode="after")
    @classmethod
    def _reject_unknown_enum_values(cls, value: Any) -> Any:
        return reject_unknown_enum_members(value)
