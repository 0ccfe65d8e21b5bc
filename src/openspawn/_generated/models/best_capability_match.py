"""The `BestCapabilityMatch` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class BestCapabilityMatch(WireModel):
    """The agent that best covers a set of capabilities.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    agent_name: str = Field(
        validation_alias="agentName",
        serialization_alias="agentName",
        description="The agent's display name.",
    )
    """The agent's display name."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level.",
    )
    """The agent's level."""

    matched_capabilities: "list[MatchedCapability]" = Field(
        validation_alias="matchedCapabilities",
        serialization_alias="matchedCapabilities",
        description="The asked-for capabilities the agent has.",
    )
    """The asked-for capabilities the agent has."""

    coverage_percent: int = Field(
        validation_alias="coveragePercent",
        serialization_alias="coveragePercent",
        description="The rounded percentage of the asked-for capabilities the agent has.",
    )
    """The rounded percentage of the asked-for capabilities the agent has."""

    total_score: int = Field(
        validation_alias="totalScore",
        serialization_alias="totalScore",
        description="The sum of the matched capabilities' proficiency scores.",
    )
    """The sum of the matched capabilities' proficiency scores."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.matched_capability import MatchedCapability  # noqa: E402
