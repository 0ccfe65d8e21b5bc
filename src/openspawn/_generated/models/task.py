"""The `Task` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import (
    AliasChoices,
    AliasPath,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
)

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..types import WireModel


class Task(WireModel):
    """A task. Lists carry `tags` only; a single task and the answers to task actions also carry
    `dependencies` and `dependents`.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "approval_required",
            "metadata",
            "updated_at",
            "tags",
            "dependencies",
            "dependents",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The task's UUID, used in paths.",
    )
    """The task's UUID, used in paths."""

    identifier: str = Field(
        validation_alias="identifier",
        serialization_alias="identifier",
        description="The task's human-readable identifier, such as `TASK-42`.",
    )
    """The task's human-readable identifier, such as `TASK-42`."""

    title: str = Field(
        validation_alias="title",
        serialization_alias="title",
        description="The task's title.",
    )
    """The task's title."""

    status: TaskStatus = Field(
        validation_alias="status",
        serialization_alias="status",
        description="A task's position in its state machine; `done` and `cancelled` are terminal.",
    )
    """A task's position in its state machine; `done` and `cancelled` are terminal."""

    priority: TaskPriority = Field(
        validation_alias="priority",
        serialization_alias="priority",
        description="A task's priority, from most to least pressing.",
    )
    """A task's priority, from most to least pressing."""

    creator_id: str = Field(
        validation_alias="creatorId",
        serialization_alias="creatorId",
        description="The UUID of the agent that created the task.",
    )
    """The UUID of the agent that created the task."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the task was created.",
    )
    """When the task was created."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the task's organisation.",
    )
    """The UUID of the task's organisation."""

    description: str | None = Field(
        default=None,
        validation_alias="description",
        serialization_alias="description",
        description="The task's longer description.",
    )
    """The task's longer description."""

    assignee_id: str | None = Field(
        default=None,
        validation_alias="assigneeId",
        serialization_alias="assigneeId",
        description="The UUID of the agent the task is assigned to.",
    )
    """The UUID of the agent the task is assigned to."""

    parent_task_id: str | None = Field(
        default=None,
        validation_alias="parentTaskId",
        serialization_alias="parentTaskId",
        description="The UUID of the parent task, for a subtask.",
    )
    """The UUID of the parent task, for a subtask."""

    approval_required: bool | None = Field(
        default=None,
        validation_alias="approvalRequired",
        serialization_alias="approvalRequired",
        description="True when the task must be approved before it can be done.",
    )
    """True when the task must be approved before it can be done."""

    approved_by: str | None = Field(
        default=None,
        validation_alias="approvedBy",
        serialization_alias="approvedBy",
        description="The UUID of the agent that approved the task.",
    )
    """The UUID of the agent that approved the task."""

    approved_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="approvedAt",
        serialization_alias="approvedAt",
        description="When the task was approved.",
    )
    """When the task was approved."""

    due_date: datetime.datetime | None = Field(
        default=None,
        validation_alias="dueDate",
        serialization_alias="dueDate",
        description="When the task is due (sent as `dueAt` on creation).",
    )
    """When the task is due (sent as `dueAt` on creation)."""

    completed_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="completedAt",
        serialization_alias="completedAt",
        description="When the task was done.",
    )
    """When the task was done."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data attached to the task, including rejection feedback after a refused completion. `requiredCapabilities` and `estimatedCredits` are also the Python fields `capabilities` and `estimated_credits` (`x-python-lift`).",
    )
    """Free-form data attached to the task, including rejection feedback after a refused
    completion. `requiredCapabilities` and `estimatedCredits` are also the Python fields
    `capabilities` and `estimated_credits` (`x-python-lift`)."""

    deleted_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="deletedAt",
        serialization_alias="deletedAt",
        description="When the task was deleted; deleted tasks are never returned.",
    )
    """When the task was deleted; deleted tasks are never returned."""

    updated_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="updatedAt",
        serialization_alias="updatedAt",
        description="When the task was last changed.",
    )
    """When the task was last changed."""

    tags: "list[TaskTag] | None" = Field(
        default=None,
        validation_alias="tags",
        serialization_alias="tags",
        description="The task's tags.",
    )
    """The task's tags."""

    dependencies: "list[TaskDependency] | None" = Field(
        default=None,
        validation_alias="dependencies",
        serialization_alias="dependencies",
        description="The tasks this task depends on (its prerequisites).",
    )
    """The tasks this task depends on (its prerequisites)."""

    dependents: "list[TaskDependency] | None" = Field(
        default=None,
        validation_alias="dependents",
        serialization_alias="dependents",
        description="The tasks that depend on this task.",
    )
    """The tasks that depend on this task."""

    channel_id: str | None = Field(
        default=None,
        validation_alias="channelId",
        serialization_alias="channelId",
        description="The UUID of the task's own `task` channel. An extension; absent upstream.",
    )
    """The UUID of the task's own `task` channel. An extension; absent upstream."""

    capabilities: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "capabilities", AliasPath("metadata", "requiredCapabilities")
        ),
        exclude=True,
        description="The capabilities the task needs (set by `CreateTaskRequest.capabilities`). (`metadata.requiredCapabilities` on the wire)",
    )

    estimated_credits: int | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "estimated_credits", AliasPath("metadata", "estimatedCredits")
        ),
        exclude=True,
        description="The credits the task is expected to cost (set by `CreateTaskRequest.estimated_credits`). (`metadata.estimatedCredits` on the wire)",
    )

    __wire_paths__: ClassVar[Mapping[str, tuple[str, str]]] = {
        "capabilities": ("metadata", "requiredCapabilities"),
        "estimated_credits": ("metadata", "estimatedCredits"),
    }

    @field_validator("capabilities", "estimated_credits", mode="wrap")
    @classmethod
    def _lenient_lifted_fields(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        # Free-form data written by anybody: a value of another type reads as None.
        try:
            return handler(value)
        except ValidationError:
            return None


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_dependency import TaskDependency  # noqa: E402
from ..models.task_tag import TaskTag  # noqa: E402
