"""The `ReputationHistoryResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ReputationHistoryResponse(WireModel):
    """One page of an agent's reputation events.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[ReputationEvent]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The events, newest first.",
    )
    """The events, newest first."""

    total: int = Field(
        validation_alias="total",
        serialization_alias="total",
        description="How many events the agent has in all.",
    )
    """How many events the agent has in all."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.reputation_event import ReputationEvent  # noqa: E402
