"""The `TaskCompletePreHookData` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskCompletePreHookData(WireModel):
    """A task about to move to `done`.

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

    task: "PreHookTask" = Field(
        validation_alias="task",
        serialization_alias="task",
        description="The task in a `task.complete` pre-hook.",
    )
    """The task in a `task.complete` pre-hook."""

    task_identifier: str | None = Field(
        default=None,
        validation_alias="taskIdentifier",
        serialization_alias="taskIdentifier",
        description="The task's identifier.",
    )
    """The task's identifier."""

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
        description="The UUID of the agent completing it.",
    )
    """The UUID of the agent completing it."""

    assignee_id: str | None = Field(
        default=None,
        validation_alias="assigneeId",
        serialization_alias="assigneeId",
        description="The UUID of the task's assignee.",
    )
    """The UUID of the task's assignee."""

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


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.pre_hook_task import PreHookTask  # noqa: E402
