"""The `TaskResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class TaskResponse(WireModel):
    """One task.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "Task" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A task. Lists carry `tags` only; a single task and the answers to task actions also carry`dependencies` and `dependents`.",
    )
    """A task. Lists carry `tags` only; a single task and the answers to task actions also carry
    `dependencies` and `dependents`."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.task import Task  # noqa: E402
