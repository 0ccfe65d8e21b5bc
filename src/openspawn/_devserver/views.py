"""Rows -> JSON objects with the upstream wire names (camelCase).

No view ever includes a secret: the encrypted HMAC secret that upstream leaks as
``hmacSecretEnc`` is left out everywhere.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from .store import Store, loads_json
from .timeutil import parse_iso

__all__ = [
    "agent_detail",
    "agent_full",
    "agent_summary",
    "budget_status",
    "capability",
    "channel",
    "comment",
    "credit_transaction",
    "dependency",
    "direct_message",
    "effective_period_spent",
    "event",
    "message",
    "task",
]

Row = sqlite3.Row
JSON = dict[str, Any]


def effective_period_spent(agent: Row) -> int:
    """``budgetPeriodSpent`` with the daily reset applied (upstream resets it at
    midnight UTC by cron; here the reset is applied lazily)."""
    spent = int(agent["budget_period_spent"])
    start = agent["budget_period_start"]
    if spent and start:
        moment = parse_iso(str(start))
        if moment is not None and moment.date() < datetime.now(UTC).date():
            return 0
    return spent


def agent_summary(row: Row) -> JSON:
    return {
        "id": row["id"],
        "agentId": row["agent_id"],
        "name": row["name"],
        "role": row["role"],
        "level": row["level"],
        "model": row["model"],
        "status": row["status"],
        "currentBalance": row["current_balance"],
        "createdAt": row["created_at"],
    }


def capability(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "agentId": row["agent_id"],
        "capability": row["capability"],
        "proficiency": row["proficiency"],
        "createdAt": row["created_at"],
    }


def _capabilities(store: Store, agent_id: str) -> list[JSON]:
    rows = store.all(
        "SELECT * FROM agent_capabilities WHERE agent_id = ? ORDER BY capability", (agent_id,)
    )
    return [capability(r) for r in rows]


def agent_detail(store: Store, row: Row) -> JSON:
    return {
        "id": row["id"],
        "agentId": row["agent_id"],
        "name": row["name"],
        "role": row["role"],
        "level": row["level"],
        "model": row["model"],
        "status": row["status"],
        "currentBalance": row["current_balance"],
        "managementFeePct": row["management_fee_pct"],
        "budgetPeriodLimit": row["budget_period_limit"],
        "budgetPeriodSpent": effective_period_spent(row),
        "capabilities": _capabilities(store, row["id"]),
        "metadata": loads_json(row["metadata"]),
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
    }


def agent_full(row: Row) -> JSON:
    """The full agent entity (upstream's TypeORM entity minus ``hmacSecretEnc``)."""
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "agentId": row["agent_id"],
        "name": row["name"],
        "level": row["level"],
        "model": row["model"],
        "status": row["status"],
        "role": row["role"],
        "mode": row["mode"],
        "managementFeePct": row["management_fee_pct"],
        "currentBalance": row["current_balance"],
        "budgetPeriodLimit": row["budget_period_limit"],
        "budgetPeriodSpent": effective_period_spent(row),
        "budgetPeriodStart": row["budget_period_start"],
        "parentId": row["parent_id"],
        "maxChildren": row["max_children"],
        "metadata": loads_json(row["metadata"]),
        "trustScore": row["trust_score"],
        "tasksCompleted": row["tasks_completed"],
        "tasksSuccessful": row["tasks_successful"],
        "lastActivityAt": row["last_activity_at"],
        "lastPromotionAt": row["last_promotion_at"],
        "lifetimeEarnings": row["lifetime_earnings"],
        "domain": row["domain"],
        "avatar": row["avatar"],
        "avatarColor": row["avatar_color"],
        "deletedAt": row["deleted_at"],
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
    }


def agent_with_capabilities(store: Store, row: Row) -> JSON:
    body = agent_full(row)
    body["capabilities"] = _capabilities(store, row["id"])
    return body


def budget_status(row: Row) -> JSON:
    limit = row["budget_period_limit"]
    spent = effective_period_spent(row)
    remaining: int | None = None
    utilization: int | None = None
    if limit:  # upstream treats a limit of 0 like "no limit" here
        remaining = max(0, int(limit) - spent)
        utilization = round(spent * 100 / int(limit))
    return {
        "agentId": row["id"],
        "currentBalance": row["current_balance"],
        "budgetPeriodLimit": limit,
        "budgetPeriodSpent": spent,
        "budgetRemaining": remaining,
        "budgetPeriodStart": row["budget_period_start"],
        "utilizationPercent": utilization,
    }


def tag(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "taskId": row["task_id"],
        "tag": row["tag"],
        "createdAt": row["created_at"],
    }


def dependency(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "taskId": row["task_id"],
        "dependsOnId": row["depends_on_id"],
        "blocking": bool(row["blocking"]),
        "createdAt": row["created_at"],
    }


def task(store: Store, row: Row, *, with_dependencies: bool = True) -> JSON:
    body: JSON = {
        "id": row["id"],
        "orgId": row["org_id"],
        "identifier": row["identifier"],
        "title": row["title"],
        "description": row["description"],
        "status": row["status"],
        "priority": row["priority"],
        "assigneeId": row["assignee_id"],
        "creatorId": row["creator_id"],
        "parentTaskId": row["parent_task_id"],
        "approvalRequired": bool(row["approval_required"]),
        "approvedBy": row["approved_by"],
        "approvedAt": row["approved_at"],
        "dueDate": row["due_date"],
        "completedAt": row["completed_at"],
        "metadata": loads_json(row["metadata"]),
        "channelId": row["channel_id"],
        "deletedAt": row["deleted_at"],
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
        "tags": [
            tag(r)
            for r in store.all(
                "SELECT * FROM task_tags WHERE task_id = ? ORDER BY rowid", (row["id"],)
            )
        ],
    }
    if with_dependencies:
        body["dependencies"] = [
            dependency(r)
            for r in store.all(
                "SELECT * FROM task_dependencies WHERE task_id = ? ORDER BY rowid", (row["id"],)
            )
        ]
        body["dependents"] = [
            dependency(r)
            for r in store.all(
                "SELECT * FROM task_dependencies WHERE depends_on_id = ? ORDER BY rowid",
                (row["id"],),
            )
        ]
    return body


def comment(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "taskId": row["task_id"],
        "authorId": row["author_id"],
        "body": row["body"],
        "parentCommentId": row["parent_comment_id"],
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
    }


def credit_transaction(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "agentId": row["agent_id"],
        "type": row["type"],
        "amount": row["amount"],
        "balanceAfter": row["balance_after"],
        "reason": row["reason"],
        "triggerType": row["trigger_type"],
        "triggerEventId": row["trigger_event_id"],
        "sourceTaskId": row["source_task_id"],
        "sourceAgentId": row["source_agent_id"],
        "litellmCostUsd": None,
        "idempotencyKey": None,
        "metadata": loads_json(row["metadata"]),
        "createdAt": row["created_at"],
    }


def channel(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "name": row["name"],
        "type": row["type"],
        "taskId": row["task_id"],
        "metadata": loads_json(row["metadata"]),
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
    }


def message(row: Row) -> JSON:
    metadata = loads_json(row["metadata"])
    if row["is_read"] is not None and isinstance(metadata, dict):
        metadata["read"] = bool(row["is_read"])
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "channelId": row["channel_id"],
        "senderId": row["sender_id"],
        "recipientId": row["recipient_id"],
        "type": row["type"],
        "body": row["body"],
        "parentMessageId": row["parent_message_id"],
        "metadata": metadata,
        "createdAt": row["created_at"],
    }


def direct_message(row: Row, names: dict[str, str]) -> JSON:
    return {
        "id": row["id"],
        "fromAgentId": row["sender_id"],
        "fromAgentName": names.get(row["sender_id"], ""),
        "toAgentId": row["recipient_id"],
        "toAgentName": names.get(row["recipient_id"], ""),
        "body": row["body"],
        "type": row["type"],
        "createdAt": row["created_at"],
        "read": bool(row["is_read"]),
    }


def event(row: Row) -> JSON:
    return {
        "id": row["id"],
        "orgId": row["org_id"],
        "type": row["type"],
        "actorId": row["actor_id"],
        "entityType": row["entity_type"],
        "entityId": row["entity_id"],
        "data": loads_json(row["data"]),
        "severity": row["severity"],
        "reasoning": row["reasoning"],
        "message": row["message"],
        "createdAt": row["created_at"],
    }
