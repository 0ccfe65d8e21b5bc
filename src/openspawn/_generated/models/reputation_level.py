"""The `ReputationLevel` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class ReputationLevel(StrEnum):
    """The band a trust score falls in (NEW 0-30, PROBATION 31-40, TRUSTED 41-70, VETERAN 71-85,
    ELITE 86-100).

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    NEW = "NEW"
    PROBATION = "PROBATION"
    TRUSTED = "TRUSTED"
    VETERAN = "VETERAN"
    ELITE = "ELITE"

    @classmethod
    def _missing_(cls, value: object) -> ReputationLevel | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
