"""The `RoutingCandidateListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class RoutingCandidateListResponse(WireModel):
    """Ranked assignee suggestions.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[RoutingCandidate]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The suggestions, best first.",
    )
    """The suggestions, best first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.routing_candidate import RoutingCandidate  # noqa: E402
