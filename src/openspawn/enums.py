"""String enums with the server's exact wire values (``TaskStatus.TODO == "todo"``).

A value a newer server sends that this SDK does not know yet becomes a pseudo-member instead of
an error, so responses keep parsing. Each enum is imported the first time it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

if TYPE_CHECKING:
    from ._generated.models import (
        AgentMode,
        AgentRole,
        AgentStatus,
        ChannelType,
        CreditType,
        EventSeverity,
        HealthState,
        MessageType,
        Proficiency,
        TaskPriority,
        TaskStatus,
    )

__all__ = [
    "AgentMode",
    "AgentRole",
    "AgentStatus",
    "ChannelType",
    "CreditType",
    "EventSeverity",
    "HealthState",
    "MessageType",
    "Proficiency",
    "TaskPriority",
    "TaskStatus",
]
_PUBLIC = frozenset(__all__)


def __getattr__(name: str) -> Any:  # each enum is imported on first use
    if name not in _PUBLIC:
        raise AttributeError(f"module 'openspawn.enums' has no attribute {name!r}")
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
