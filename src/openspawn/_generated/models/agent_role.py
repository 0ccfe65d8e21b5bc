"""The `AgentRole` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class AgentRole(StrEnum):
    """An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust
    credits.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    WORKER = "worker"
    HR = "hr"
    FOUNDER = "founder"
    ADMIN = "admin"

    @classmethod
    def _missing_(cls, value: object) -> AgentRole | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
