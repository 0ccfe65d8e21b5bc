"""The `CreditAlertType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class CreditAlertType(StrEnum):
    """What a credit alert is about.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    LOW_BALANCE = "low_balance"
    HIGH_VELOCITY = "high_velocity"
    BUDGET_EXCEEDED = "budget_exceeded"

    @classmethod
    def _missing_(cls, value: object) -> CreditAlertType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
