"""The `TaskDependencyResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskDependencyResponse(WireModel):
    """One task dependency.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "TaskDependency" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A dependency of one task (`taskId`) on a prerequisite task (`dependsOnId`).",
    )
    """A dependency of one task (`taskId`) on a prerequisite task (`dependsOnId`)."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_dependency import TaskDependency  # noqa: E402
