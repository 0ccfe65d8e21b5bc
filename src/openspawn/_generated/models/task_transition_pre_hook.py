"""The `TaskTransitionPreHook` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar, Literal

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskTransitionPreHook(WireModel):
    """The body of a `task.transition` pre-hook.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    event: Literal["task.transition"] = Field(
        validation_alias="event",
        serialization_alias="event",
        description="Always `task.transition`.",
    )
    """Always `task.transition`."""

    timestamp: datetime.datetime = Field(
        validation_alias="timestamp",
        serialization_alias="timestamp",
        description="When the pre-hook was sent.",
    )
    """When the pre-hook was sent."""

    data: "TaskTransitionPreHookData" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A transition about to happen.",
    )
    """A transition about to happen."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_transition_pre_hook_data import TaskTransitionPreHookData  # noqa: E402
