"""The `RoutingCandidate` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class RoutingCandidate(WireModel):
    """An agent ranked for a task or a set of capabilities.

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

    matched_capabilities: list[str] = Field(
        validation_alias="matchedCapabilities",
        serialization_alias="matchedCapabilities",
        description="The required capabilities the agent has.",
    )
    """The required capabilities the agent has."""

    missing_capabilities: list[str] = Field(
        validation_alias="missingCapabilities",
        serialization_alias="missingCapabilities",
        description="The required capabilities the agent lacks.",
    )
    """The required capabilities the agent lacks."""

    coverage_percent: int = Field(
        validation_alias="coveragePercent",
        serialization_alias="coveragePercent",
        description="The rounded percentage of the required capabilities the agent has.",
    )
    """The rounded percentage of the required capabilities the agent has."""

    avg_proficiency: float = Field(
        validation_alias="avgProficiency",
        serialization_alias="avgProficiency",
        description="The mean proficiency weight of the matched capabilities, from 1 (`basic`) to 3 (`expert`).",
    )
    """The mean proficiency weight of the matched capabilities, from 1 (`basic`) to 3 (`expert`)."""

    current_task_count: int = Field(
        validation_alias="currentTaskCount",
        serialization_alias="currentTaskCount",
        description="The agent's assigned tasks that are not `done` or `cancelled` (always 0 upstream for suggestions).",
    )
    """The agent's assigned tasks that are not `done` or `cancelled` (always 0 upstream for
    suggestions)."""

    score: int = Field(
        validation_alias="score",
        serialization_alias="score",
        description="The ranking score; higher is better.",
    )
    """The ranking score; higher is better."""
