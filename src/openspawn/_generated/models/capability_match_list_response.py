"""The `CapabilityMatchListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CapabilityMatchListResponse(WireModel):
    """Agents' capabilities that match a search.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[CapabilityMatch]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The matches, best score first, then highest level.",
    )
    """The matches, best score first, then highest level."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.capability_match import CapabilityMatch  # noqa: E402
