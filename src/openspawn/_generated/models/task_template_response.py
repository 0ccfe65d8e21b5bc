"""The `TaskTemplateResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskTemplateResponse(WireModel):
    """One task template.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "TaskTemplate" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A reusable blueprint of a task and its subtasks.",
    )
    """A reusable blueprint of a task and its subtasks."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_template import TaskTemplate  # noqa: E402
