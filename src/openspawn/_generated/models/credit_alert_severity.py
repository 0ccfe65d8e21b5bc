"""The `CreditAlertSeverity` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class CreditAlertSeverity(StrEnum):
    """How urgent a credit alert is.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    WARNING = "warning"
    CRITICAL = "critical"

    @classmethod
    def _missing_(cls, value: object) -> CreditAlertSeverity | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
