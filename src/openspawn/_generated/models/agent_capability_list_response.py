"""The `AgentCapabilityListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class AgentCapabilityListResponse(WireModel):
    """A list of agent capabilities.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[AgentCapability]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The capabilities, sorted by name.",
    )
    """The capabilities, sorted by name."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.agent_capability import AgentCapability  # noqa: E402
