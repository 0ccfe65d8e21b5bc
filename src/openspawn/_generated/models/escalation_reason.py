"""The `EscalationReason` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class EscalationReason(StrEnum):
    """Why a task is escalated. `MANUAL` is the usual choice for an agent; the others name the
    automatic triggers.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    BLOCKED_TIMEOUT = "BLOCKED_TIMEOUT"
    STALE_TASK = "STALE_TASK"
    SLA_BREACH = "SLA_BREACH"
    ASSIGNEE_INACTIVE = "ASSIGNEE_INACTIVE"
    QUALITY_ISSUES = "QUALITY_ISSUES"
    MANUAL = "MANUAL"
    CAPACITY_OVERFLOW = "CAPACITY_OVERFLOW"

    @classmethod
    def _missing_(cls, value: object) -> EscalationReason | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
