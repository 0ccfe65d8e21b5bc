"""The credit ledger: every balance change is one row written in the same
transaction as the balance update, with the balance after it."""

from __future__ import annotations

import sqlite3
from typing import Any

from .errors import ApiError
from .store import Store, dumps_json
from .timeutil import new_id

__all__ = ["post"]


def post(
    store: Store,
    *,
    org_id: str,
    agent_id: str,
    kind: str,
    amount: int,
    reason: str,
    now: str,
    trigger_type: str | None = None,
    source_task_id: str | None = None,
    source_agent_id: str | None = None,
    metadata: dict[str, Any] | None = None,
    insufficient_message: str = "Insufficient balance",
) -> sqlite3.Row:
    """Apply ``amount`` (``kind`` = credit|debit) to the agent and append the ledger row.

    Must run inside a transaction; a debit below zero raises 400 and changes nothing."""
    if kind == "credit":
        store.execute(
            "UPDATE agents SET current_balance = current_balance + ?, updated_at = ? WHERE id = ?",
            (amount, now, agent_id),
        )
    else:
        changed = store.execute(
            "UPDATE agents SET current_balance = current_balance - ?, updated_at = ? "
            "WHERE id = ? AND current_balance >= ?",
            (amount, now, agent_id, amount),
        )
        if not changed:
            raise ApiError(400, insufficient_message)
    balance_after = int(
        store.scalar("SELECT current_balance FROM agents WHERE id = ?", (agent_id,))
    )
    tx_id = new_id()
    store.insert(
        "credit_transactions",
        {
            "id": tx_id,
            "org_id": org_id,
            "agent_id": agent_id,
            "type": kind,
            "amount": amount,
            "balance_after": balance_after,
            "reason": reason,
            "trigger_type": trigger_type,
            "trigger_event_id": None,
            "source_task_id": source_task_id,
            "source_agent_id": source_agent_id,
            "metadata": dumps_json(metadata or {}),
            "created_at": now,
        },
    )
    row = store.one("SELECT * FROM credit_transactions WHERE id = ?", (tx_id,))
    assert row is not None
    return row
