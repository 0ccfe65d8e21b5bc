"""The `ConsensusRequestListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ConsensusRequestListResponse(WireModel):
    """A list of consensus requests.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[ConsensusRequest]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The consensus requests, soonest expiry first.",
    )
    """The consensus requests, soonest expiry first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.consensus_request import ConsensusRequest  # noqa: E402
