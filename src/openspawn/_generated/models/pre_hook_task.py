"""The `PreHookTask` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..types import WireModel


class PreHookTask(WireModel):
    """The task in a `task.complete` pre-hook.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "identifier",
            "title",
            "status",
            "priority",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The task's UUID.",
    )
    """The task's UUID."""

    identifier: str | None = Field(
        default=None,
        validation_alias="identifier",
        serialization_alias="identifier",
        description="The task's identifier.",
    )
    """The task's identifier."""

    title: str | None = Field(
        default=None,
        validation_alias="title",
        serialization_alias="title",
        description="The title.",
    )
    """The title."""

    description: str | None = Field(
        default=None,
        validation_alias="description",
        serialization_alias="description",
        description="The description.",
    )
    """The description."""

    status: TaskStatus | None = Field(
        default=None,
        validation_alias="status",
        serialization_alias="status",
        description="A task's position in its state machine; `done` and `cancelled` are terminal.",
    )
    """A task's position in its state machine; `done` and `cancelled` are terminal."""

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
        description="The assignee's UUID.",
    )
    """The assignee's UUID."""

    creator_id: str | None = Field(
        default=None,
        validation_alias="creatorId",
        serialization_alias="creatorId",
        description="The creator's UUID.",
    )
    """The creator's UUID."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="The task's metadata.",
    )
    """The task's metadata."""
