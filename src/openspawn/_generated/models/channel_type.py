"""The `ChannelType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class ChannelType(StrEnum):
    """The kind of a channel; `task` belongs to one task, `agent` carries direct messages,
    `broadcast` and `general` are shared.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    TASK = "task"
    AGENT = "agent"
    BROADCAST = "broadcast"
    GENERAL = "general"

    @classmethod
    def _missing_(cls, value: object) -> ChannelType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
