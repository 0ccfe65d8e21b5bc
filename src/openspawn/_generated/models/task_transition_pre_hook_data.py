"""The `TaskTransitionPreHookData` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field

from ..models.task_status import TaskStatus
from ..types import WireModel


class TaskTransitionPreHookData(WireModel):
    """A transition about to happen.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "task_identifier",
            "task_title",
            "hook_type",
            "requires_response",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    task_id: str = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The task's UUID.",
    )
    """The task's UUID."""

    from_status: TaskStatus = Field(
        validation_alias="fromStatus",
        serialization_alias="fromStatus",
        description="A task's position in its state machine; `done` and `cancelled` are terminal.",
    )
    """A task's position in its state machine; `done` and `cancelled` are terminal."""

    to_status: TaskStatus = Field(
        validation_alias="toStatus",
        serialization_alias="toStatus",
        description="A task's position in its state machine; `done` and `cancelled` are terminal.",
    )
    """A task's position in its state machine; `done` and `cancelled` are terminal."""

    task_identifier: str | None = Field(
        default=None,
        validation_alias="taskIdentifier",
        serialization_alias="taskIdentifier",
        description="The task's identifier, such as `TASK-42`.",
    )
    """The task's identifier, such as `TASK-42`."""

    task_title: str | None = Field(
        default=None,
        validation_alias="taskTitle",
        serialization_alias="taskTitle",
        description="The task's title.",
    )
    """The task's title."""

    actor_id: str | None = Field(
        default=None,
        validation_alias="actorId",
        serialization_alias="actorId",
        description="The UUID of the agent asking for the transition.",
    )
    """The UUID of the agent asking for the transition."""

    assignee_id: str | None = Field(
        default=None,
        validation_alias="assigneeId",
        serialization_alias="assigneeId",
        description="The UUID of the task's assignee.",
    )
    """The UUID of the task's assignee."""

    reason: str | None = Field(
        default=None,
        validation_alias="reason",
        serialization_alias="reason",
        description="The reason given with the transition.",
    )
    """The reason given with the transition."""

    hook_type: Literal["pre"] | None = Field(
        default=None,
        validation_alias="hookType",
        serialization_alias="hookType",
        description="Always `pre`.",
    )
    """Always `pre`."""

    requires_response: bool | None = Field(
        default=None,
        validation_alias="requiresResponse",
        serialization_alias="requiresResponse",
        description="Always true.",
    )
    """Always true."""
