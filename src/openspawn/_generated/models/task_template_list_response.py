"""The `TaskTemplateListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskTemplateListResponse(WireModel):
    """Task templates.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[TaskTemplate]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The templates, oldest first.",
    )
    """The templates, oldest first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task_template import TaskTemplate  # noqa: E402
