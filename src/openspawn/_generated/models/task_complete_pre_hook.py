"""The `TaskCompletePreHook` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar, Literal

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskCompletePreHook(WireModel):
    """The body of a `task.complete` pre-hook.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    event: Literal["task.complete"] = Field(
        validation_alias="event",
        serialization_alias="event",
        description="Always `task.complete`.",
    )
    """Always `task.complete`."""

    timestamp: datetime.datetime = Field(
        validation_alias="timestamp",
        serialization_alias="timestamp",
        description="When the pre-hook was sent.",
    )
    """When the pre-hook was sent."""

    data: "TaskCompletePreHookData" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A task about to move to `done`.",
    )
    """A task about to move to `done`."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_complete_pre_hook_data import TaskCompletePreHookData  # noqa: E402
