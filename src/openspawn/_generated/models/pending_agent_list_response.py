"""The `PendingAgentListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class PendingAgentListResponse(WireModel):
    """A list of pending agents.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[PendingAgent]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The pending agents.",
    )
    """The pending agents."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.pending_agent import PendingAgent  # noqa: E402
