"""The `MessageType` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class MessageType(StrEnum):
    """The kind of a message; `text` is ordinary chat, `handoff` passes work on, `status_update`
    reports progress and `request` asks for something.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    TEXT = "text"
    HANDOFF = "handoff"
    STATUS_UPDATE = "status_update"
    REQUEST = "request"

    @classmethod
    def _missing_(cls, value: object) -> MessageType | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
