"""What a handler gets: the store, the acting agent, and the validated request."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .crypto import SecretBox
from .errors import ApiError
from .store import Store, dumps_json
from .timeutil import new_id, now_iso

__all__ = ["Ctx", "Handler", "Result"]

Row = sqlite3.Row


@dataclass(frozen=True)
class Result:
    body: Any
    status: int | None = None  # None: the route's default (201 for POST, else 200)


@dataclass
class Ctx:
    store: Store
    org_id: str
    actor: Row  # the acting agent (an API key acts as the organisation's HR agent)
    box: SecretBox  # encrypts secrets at rest
    params: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=dict)
    now: str = field(default_factory=now_iso)
    emitted: list[dict[str, Any]] = field(default_factory=list)  # for webhooks.py, after commit

    # -- lookups -----------------------------------------------------------------------------
    @property
    def actor_id(self) -> str:
        return str(self.actor["id"])

    def agent(self, agent_uuid: str) -> Row | None:
        return self.store.one(
            "SELECT * FROM agents WHERE id = ? AND org_id = ? AND deleted_at IS NULL",
            (agent_uuid, self.org_id),
        )

    def require_agent(self, agent_uuid: str, message: str = "Agent not found") -> Row:
        row = self.agent(agent_uuid)
        if row is None:
            raise ApiError(404, message)
        return row

    def fresh_actor(self) -> Row:
        """The acting agent re-read inside the current transaction."""
        row = self.store.one("SELECT * FROM agents WHERE id = ?", (self.actor_id,))
        assert row is not None
        return row

    def task(self, task_uuid: str) -> Row | None:
        return self.store.one(
            "SELECT * FROM tasks WHERE id = ? AND org_id = ? AND deleted_at IS NULL",
            (task_uuid, self.org_id),
        )

    def require_task(self, task_uuid: str, message: str = "Task not found") -> Row:
        row = self.task(task_uuid)
        if row is None:
            raise ApiError(404, message)
        return row

    # -- writes ------------------------------------------------------------------------------
    def emit(
        self,
        event_type: str,
        entity_type: str,
        entity_id: str,
        message: str,
        data: dict[str, Any] | None = None,
        *,
        severity: str = "info",
        actor_id: str | None = None,
    ) -> str:
        """Append an audit event in the current transaction (``actor_id``: who caused it, when
        not the caller: the agent upstream names as the actor, as for escalations, or the agent
        itself for an automatic trust-score change)."""
        event_id = new_id()
        self.store.insert(
            "events",
            {
                "id": event_id,
                "org_id": self.org_id,
                "type": event_type,
                "actor_id": actor_id or self.actor_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "data": dumps_json(data or {}),
                "severity": severity,
                "reasoning": None,
                "message": message,
                "created_at": self.now,
            },
        )
        self.emitted.append(
            {
                "id": event_id,
                "type": event_type,
                "actorId": self.actor_id,
                "entityType": entity_type,
                "entityId": entity_id,
                "severity": severity,
                "data": data or {},
                "createdAt": self.now,
            }
        )
        return event_id

    @property
    def actor_name(self) -> str:
        return str(self.actor["agent_id"])


Handler = Callable[[Ctx], Result]
