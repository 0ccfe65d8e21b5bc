"""The `TaskCommentResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskCommentResponse(WireModel):
    """One task comment.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "TaskComment" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A comment on a task.",
    )
    """A comment on a task."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_comment import TaskComment  # noqa: E402
