"""The `Proficiency` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class Proficiency(StrEnum):
    """How good an agent is at a capability.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    BASIC = "basic"
    STANDARD = "standard"
    EXPERT = "expert"

    @classmethod
    def _missing_(cls, value: object) -> Proficiency | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
