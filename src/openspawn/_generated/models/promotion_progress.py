"""The `PromotionProgress` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class PromotionProgress(WireModel):
    """How close an agent is to its next automatic promotion.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    current_level: int = Field(
        validation_alias="currentLevel",
        serialization_alias="currentLevel",
        description="The agent's level.",
    )
    """The agent's level."""

    next_level: int | None = Field(
        validation_alias="nextLevel",
        serialization_alias="nextLevel",
        description="The level a promotion leads to.",
    )
    """The level a promotion leads to."""

    trust_score_required: int | None = Field(
        validation_alias="trustScoreRequired",
        serialization_alias="trustScoreRequired",
        description="The trust score a promotion needs.",
    )
    """The trust score a promotion needs."""

    tasks_required: int | None = Field(
        validation_alias="tasksRequired",
        serialization_alias="tasksRequired",
        description="The completed tasks a promotion needs.",
    )
    """The completed tasks a promotion needs."""

    trust_score_progress: int = Field(
        validation_alias="trustScoreProgress",
        serialization_alias="trustScoreProgress",
        description="The trust score as a percentage of the one required (at most 100).",
    )
    """The trust score as a percentage of the one required (at most 100)."""

    tasks_progress: int = Field(
        validation_alias="tasksProgress",
        serialization_alias="tasksProgress",
        description="The completed tasks as a percentage of those required (at most 100).",
    )
    """The completed tasks as a percentage of those required (at most 100)."""
