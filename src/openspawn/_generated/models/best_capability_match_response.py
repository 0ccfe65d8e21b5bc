"""The `BestCapabilityMatchResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class BestCapabilityMatchResponse(WireModel):
    """The best agent for a set of capabilities, or null.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "BestCapabilityMatch | None" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The best agent, or null when no active agent has any of the capabilities.",
    )
    """The best agent, or null when no active agent has any of the capabilities."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.best_capability_match import BestCapabilityMatch  # noqa: E402
