"""The `ConsensusStatus` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class ConsensusStatus(StrEnum):
    """Where a consensus request stands; every status but `PENDING` is final.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    EXPIRED = "EXPIRED"
    CANCELLED = "CANCELLED"

    @classmethod
    def _missing_(cls, value: object) -> ConsensusStatus | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
