"""The `AgentCapabilityResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentCapabilityResponse(WireModel):
    """One agent capability.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "AgentCapability" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="A capability of an agent, with its proficiency.",
    )
    """A capability of an agent, with its proficiency."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_capability import AgentCapability  # noqa: E402
