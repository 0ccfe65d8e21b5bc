"""The `ReputationEvent` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.reputation_event_type import ReputationEventType
from ..types import WireModel


class ReputationEvent(WireModel):
    """One change of an agent's trust score.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "metadata",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The event's UUID.",
    )
    """The event's UUID."""

    org_id: str = Field(
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The organisation's UUID.",
    )
    """The organisation's UUID."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The UUID of the agent whose score changed.",
    )
    """The UUID of the agent whose score changed."""

    type: ReputationEventType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="What changed a trust score, with its default impact: TASK_COMPLETED +5, TASK_FAILED -10,TASK_REWORK -3, ON_TIME_DELIVERY +2, LATE_DELIVERY -5, QUALITY_BONUS +10, QUALITY_PENALTY -10,LEVEL_UP +5, LEVEL_DOWN -5, INACTIVITY_DECAY -1, MANUAL_ADJUSTMENT (variable).",
    )
    """What changed a trust score, with its default impact: TASK_COMPLETED +5, TASK_FAILED -10,
    TASK_REWORK -3, ON_TIME_DELIVERY +2, LATE_DELIVERY -5, QUALITY_BONUS +10, QUALITY_PENALTY
    -10,
    LEVEL_UP +5, LEVEL_DOWN -5, INACTIVITY_DECAY -1, MANUAL_ADJUSTMENT (variable)."""

    impact: int = Field(
        validation_alias="impact",
        serialization_alias="impact",
        description="The change requested (positive or negative); the score itself stays within 0 to 100.",
    )
    """The change requested (positive or negative); the score itself stays within 0 to 100."""

    previous_score: int = Field(
        validation_alias="previousScore",
        serialization_alias="previousScore",
        description="The trust score before the event.",
    )
    """The trust score before the event."""

    new_score: int = Field(
        validation_alias="newScore",
        serialization_alias="newScore",
        description="The trust score after the event.",
    )
    """The trust score after the event."""

    task_id: str | None = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The task that caused the event, if any.",
    )
    """The task that caused the event, if any."""

    triggered_by: str | None = Field(
        validation_alias="triggeredBy",
        serialization_alias="triggeredBy",
        description="The agent that caused the event (null for automatic events).",
    )
    """The agent that caused the event (null for automatic events)."""

    reason: str | None = Field(
        validation_alias="reason",
        serialization_alias="reason",
        description="Why the score changed.",
    )
    """Why the score changed."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the event was recorded.",
    )
    """When the event was recorded."""

    metadata: dict[str, Any] | None = Field(
        default=None,
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Additional context.",
    )
    """Additional context."""
