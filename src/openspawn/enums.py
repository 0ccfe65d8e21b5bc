"""String enums with the server's exact wire values (``TaskStatus.TODO == "todo"``).

A value a newer server sends that this SDK does not know yet becomes a pseudo-member instead of
an error, so responses keep parsing.
"""

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
