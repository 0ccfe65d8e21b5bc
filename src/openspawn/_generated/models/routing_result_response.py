"""The `RoutingResultResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class RoutingResultResponse(WireModel):
    """The ranked candidates for a task.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "RoutingResult" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The ranked candidates for a task.",
    )
    """The ranked candidates for a task."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.routing_result import RoutingResult  # noqa: E402
