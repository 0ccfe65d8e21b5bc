"""The `VoteValue` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class VoteValue(StrEnum):
    """A vote; abstentions count towards the quorum but not towards the approval percentage.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    APPROVE = "APPROVE"
    REJECT = "REJECT"
    ABSTAIN = "ABSTAIN"

    @classmethod
    def _missing_(cls, value: object) -> VoteValue | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
