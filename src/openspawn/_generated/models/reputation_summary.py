"""The `ReputationSummary` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.reputation_level import ReputationLevel
from ..types import WireModel


class ReputationSummary(WireModel):
    """An agent's trust score, reputation level, track record and promotion progress.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    trust_score: int = Field(
        validation_alias="trustScore",
        serialization_alias="trustScore",
        description="The trust score, from 0 to 100 (new agents start at 50).",
    )
    """The trust score, from 0 to 100 (new agents start at 50)."""

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
        description="Tasks the agent finished, successfully or not.",
    )
    """Tasks the agent finished, successfully or not."""

    tasks_successful: int = Field(
        validation_alias="tasksSuccessful",
        serialization_alias="tasksSuccessful",
        description="Tasks the agent finished successfully.",
    )
    """Tasks the agent finished successfully."""

    success_rate: int = Field(
        validation_alias="successRate",
        serialization_alias="successRate",
        description="tasksSuccessful as a rounded percentage of tasksCompleted (100 when no task was completed).",
    )
    """tasksSuccessful as a rounded percentage of tasksCompleted (100 when no task was completed)."""

    last_activity_at: datetime.datetime | None = Field(
        validation_alias="lastActivityAt",
        serialization_alias="lastActivityAt",
        description="When the trust score last changed.",
    )
    """When the trust score last changed."""

    promotion_progress: "PromotionProgress | None" = Field(
        validation_alias="promotionProgress",
        serialization_alias="promotionProgress",
        description="Progress towards the next automatic promotion; null at level 9 and above.",
    )
    """Progress towards the next automatic promotion; null at level 9 and above."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.promotion_progress import PromotionProgress  # noqa: E402
