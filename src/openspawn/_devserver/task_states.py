"""The task state machine (upstream's transition table)."""

from __future__ import annotations

__all__ = ["STATUSES", "TRANSITIONS", "can_transition", "invalid_transition_message"]

STATUSES = ("backlog", "todo", "in_progress", "review", "done", "blocked", "cancelled")

TRANSITIONS: dict[str, frozenset[str]] = {
    "backlog": frozenset({"todo", "cancelled"}),
    "todo": frozenset({"in_progress", "blocked", "cancelled"}),
    "in_progress": frozenset({"review", "blocked", "cancelled"}),
    "review": frozenset({"done", "in_progress", "cancelled"}),
    "blocked": frozenset({"todo", "in_progress", "cancelled"}),
    "done": frozenset(),
    "cancelled": frozenset(),
}


def can_transition(current: str, target: str) -> bool:
    """Whether ``current -> target`` is allowed (a same-status move never is)."""
    return target in TRANSITIONS.get(current, frozenset())


def invalid_transition_message(current: str, target: str) -> str:
    return f"Invalid transition: {current} \u2192 {target}"
