"""The `ReputationEventResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ReputationEventResponse(WireModel):
    """The reputation event a bonus or penalty recorded.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "ReputationEvent" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="One change of an agent's trust score.",
    )
    """One change of an agent's trust score."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description="A human-readable confirmation.",
    )
    """A human-readable confirmation."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.reputation_event import ReputationEvent  # noqa: E402
