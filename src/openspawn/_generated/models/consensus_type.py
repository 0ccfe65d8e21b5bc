"""The `ConsensusType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class ConsensusType(StrEnum):
    """What kind of decision a consensus request is about.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    AGENT_PROMOTION = "AGENT_PROMOTION"
    AGENT_DEMOTION = "AGENT_DEMOTION"
    AGENT_REVOCATION = "AGENT_REVOCATION"
    CREDIT_TRANSFER = "CREDIT_TRANSFER"
    TASK_APPROVAL = "TASK_APPROVAL"
    POLICY_CHANGE = "POLICY_CHANGE"
    CUSTOM = "CUSTOM"

    @classmethod
    def _missing_(cls, value: object) -> ConsensusType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
