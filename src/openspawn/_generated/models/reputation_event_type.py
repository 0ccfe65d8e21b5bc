"""The `ReputationEventType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class ReputationEventType(StrEnum):
    """What changed a trust score, with its default impact: TASK_COMPLETED +5, TASK_FAILED -10,
    TASK_REWORK -3, ON_TIME_DELIVERY +2, LATE_DELIVERY -5, QUALITY_BONUS +10, QUALITY_PENALTY
    -10,
    LEVEL_UP +5, LEVEL_DOWN -5, INACTIVITY_DECAY -1, MANUAL_ADJUSTMENT (variable).

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    TASK_COMPLETED = "TASK_COMPLETED"
    TASK_FAILED = "TASK_FAILED"
    TASK_REWORK = "TASK_REWORK"
    ON_TIME_DELIVERY = "ON_TIME_DELIVERY"
    LATE_DELIVERY = "LATE_DELIVERY"
    QUALITY_BONUS = "QUALITY_BONUS"
    QUALITY_PENALTY = "QUALITY_PENALTY"
    LEVEL_UP = "LEVEL_UP"
    LEVEL_DOWN = "LEVEL_DOWN"
    INACTIVITY_DECAY = "INACTIVITY_DECAY"
    MANUAL_ADJUSTMENT = "MANUAL_ADJUSTMENT"

    @classmethod
    def _missing_(cls, value: object) -> ReputationEventType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
