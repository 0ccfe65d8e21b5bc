"""The `TaskListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskListResponse(WireModel):
    """A list of tasks.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[Task]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The tasks, newest first.",
    )
    """The tasks, newest first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task import Task  # noqa: E402
