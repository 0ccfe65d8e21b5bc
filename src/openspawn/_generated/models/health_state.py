"""The `HealthState` enum.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

from ..types import unknown_enum_member


class HealthState(StrEnum):
    """The state `GET /health` reports; always `ok` when the service answers.

    A value the spec does not list (sent by a newer server) becomes a pseudo-member whose name is
    the upper-cased value; request models reject it.
    """

    OK = "ok"

    @classmethod
    def _missing_(cls, value: object) -> HealthState | None:
        return unknown_enum_member(cls, value) if isinstance(value, str) else None
