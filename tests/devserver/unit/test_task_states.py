from __future__ import annotations

import itertools

import pytest

from openspawn._devserver.task_states import (
    STATUSES,
    TRANSITIONS,
    can_transition,
    invalid_transition_message,
)

ALLOWED = {
    ("backlog", "todo"),
    ("backlog", "cancelled"),
    ("todo", "in_progress"),
    ("todo", "blocked"),
    ("todo", "cancelled"),
    ("in_progress", "review"),
    ("in_progress", "blocked"),
    ("in_progress", "cancelled"),
    ("review", "done"),
    ("review", "in_progress"),
    ("review", "cancelled"),
    ("blocked", "todo"),
    ("blocked", "in_progress"),
    ("blocked", "cancelled"),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(STATUSES, STATUSES)))
def test_transition_table(current: str, target: str) -> None:
    assert can_transition(current, target) == ((current, target) in ALLOWED)


def test_terminal_states() -> None:
    assert TRANSITIONS["done"] == frozenset()
    assert TRANSITIONS["cancelled"] == frozenset()


def test_message_uses_unicode_arrow() -> None:
    assert (
        invalid_transition_message("backlog", "done") == "Invalid transition: backlog \u2192 done"
    )


def test_unknown_status_never_moves() -> None:
    assert not can_transition("nope", "todo")
