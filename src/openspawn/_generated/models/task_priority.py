"""The `TaskPriority` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class TaskPriority(StrEnum):
    """A task's priority, from most to least pressing.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @classmethod
    def _missing_(cls, value: object) -> TaskPriority | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
