"""The `AgentMode` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class AgentMode(StrEnum):
    """How an agent works (doing tasks, coordinating others or only watching); stored but not
    enforced.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    WORKER = "worker"
    ORCHESTRATOR = "orchestrator"
    OBSERVER = "observer"

    @classmethod
    def _missing_(cls, value: object) -> AgentMode | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
