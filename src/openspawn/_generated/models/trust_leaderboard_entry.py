"""The `TrustLeaderboardEntry` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.reputation_level import ReputationLevel
from ..types import WireModel


class TrustLeaderboardEntry(WireModel):
    """One agent on the trust leaderboard.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's slug.",
    )
    """The agent's slug."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The agent's display name.",
    )
    """The agent's display name."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level.",
    )
    """The agent's level."""

    trust_score: int = Field(
        validation_alias="trustScore",
        serialization_alias="trustScore",
        description="The agent's trust score.",
    )
    """The agent's trust score."""

    reputation_level: ReputationLevel = Field(
        validation_alias="reputationLevel",
        serialization_alias="reputationLevel",
        description="The band a trust score falls in (NEW 0-30, PROBATION 31-40, TRUSTED 41-70, VETERAN 71-85, ELITE 86-100).",
    )
    """The band a trust score falls in (NEW 0-30, PROBATION 31-40, TRUSTED 41-70, VETERAN 71-85,
    ELITE 86-100)."""

    tasks_completed: int = Field(
        validation_alias="tasksCompleted",
        serialization_alias="tasksCompleted",
        description="Tasks the agent finished.",
    )
    """Tasks the agent finished."""
