"""The `CreditType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class CreditType(StrEnum):
    """The direction of a ledger entry; `credit` adds to the balance, `debit` removes from it.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    CREDIT = "credit"
    DEBIT = "debit"

    @classmethod
    def _missing_(cls, value: object) -> CreditType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
