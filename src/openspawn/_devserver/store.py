"""SQLite storage: connection, schema and transactions.

All database work runs synchronously on the event loop thread, one request at a
time, inside an explicit transaction: there is a single writer, so there is no
lost update and no "database is locked", and nothing awaits inside a transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["Store", "dumps_json", "loads_json"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    task_prefix TEXT NOT NULL DEFAULT 'TASK',
    task_counter INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agents (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    agent_id TEXT NOT NULL,
    name TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 1,
    model TEXT NOT NULL DEFAULT 'sonnet',
    status TEXT NOT NULL DEFAULT 'active',
    role TEXT NOT NULL DEFAULT 'worker',
    mode TEXT NOT NULL DEFAULT 'worker',
    management_fee_pct INTEGER NOT NULL DEFAULT 0,
    current_balance INTEGER NOT NULL DEFAULT 0 CHECK (current_balance >= 0),
    budget_period_limit INTEGER,
    budget_period_spent INTEGER NOT NULL DEFAULT 0,
    budget_period_start TEXT,
    hmac_secret_enc BLOB NOT NULL,
    parent_id TEXT REFERENCES agents(id),
    max_children INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL DEFAULT '{}',
    trust_score INTEGER NOT NULL DEFAULT 50,
    tasks_completed INTEGER NOT NULL DEFAULT 0,
    tasks_successful INTEGER NOT NULL DEFAULT 0,
    last_activity_at TEXT,
    last_promotion_at TEXT,
    lifetime_earnings INTEGER NOT NULL DEFAULT 0,
    domain TEXT,
    avatar TEXT,
    avatar_color TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS agents_org_slug
    ON agents(org_id, agent_id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS agents_slug ON agents(agent_id);
CREATE INDEX IF NOT EXISTS agents_parent ON agents(parent_id);
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    agent_id TEXT NOT NULL REFERENCES agents(id),
    name TEXT NOT NULL,
    key_prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    key_enc BLOB NOT NULL,
    revoked_at TEXT,
    expires_at TEXT,
    last_used_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agent_capabilities (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    agent_id TEXT NOT NULL REFERENCES agents(id),
    capability TEXT NOT NULL,
    proficiency TEXT NOT NULL DEFAULT 'standard',
    created_at TEXT NOT NULL,
    UNIQUE (agent_id, capability)
);
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    identifier TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'backlog',
    priority TEXT NOT NULL DEFAULT 'normal',
    assignee_id TEXT REFERENCES agents(id),
    creator_id TEXT NOT NULL REFERENCES agents(id),
    parent_task_id TEXT REFERENCES tasks(id),
    approval_required INTEGER NOT NULL DEFAULT 0,
    approved_by TEXT,
    approved_at TEXT,
    due_date TEXT,
    completed_at TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    estimated_credits INTEGER,
    capabilities TEXT NOT NULL DEFAULT '[]',
    channel_id TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, identifier)
);
CREATE INDEX IF NOT EXISTS tasks_org_created ON tasks(org_id, created_at);
CREATE TABLE IF NOT EXISTS task_tags (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    task_id TEXT NOT NULL REFERENCES tasks(id),
    tag TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (task_id, tag)
);
CREATE TABLE IF NOT EXISTS task_dependencies (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    task_id TEXT NOT NULL REFERENCES tasks(id),
    depends_on_id TEXT NOT NULL REFERENCES tasks(id),
    blocking INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    UNIQUE (task_id, depends_on_id)
);
CREATE INDEX IF NOT EXISTS task_deps_on ON task_dependencies(depends_on_id);
CREATE TABLE IF NOT EXISTS task_comments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    task_id TEXT NOT NULL REFERENCES tasks(id),
    author_id TEXT NOT NULL REFERENCES agents(id),
    body TEXT NOT NULL,
    parent_comment_id TEXT REFERENCES task_comments(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS task_comments_task ON task_comments(task_id);
CREATE TABLE IF NOT EXISTS credit_transactions (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    agent_id TEXT NOT NULL REFERENCES agents(id),
    type TEXT NOT NULL CHECK (type IN ('credit', 'debit')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    balance_after INTEGER NOT NULL,
    reason TEXT NOT NULL,
    trigger_type TEXT,
    trigger_event_id TEXT,
    source_task_id TEXT REFERENCES tasks(id),
    source_agent_id TEXT REFERENCES agents(id),
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS credit_tx_agent ON credit_transactions(agent_id, created_at);
CREATE TABLE IF NOT EXISTS channels (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    task_id TEXT REFERENCES tasks(id),
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, name)
);
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    channel_id TEXT NOT NULL REFERENCES channels(id),
    sender_id TEXT NOT NULL REFERENCES agents(id),
    recipient_id TEXT REFERENCES agents(id),
    type TEXT NOT NULL DEFAULT 'text',
    body TEXT NOT NULL,
    parent_message_id TEXT REFERENCES messages(id),
    metadata TEXT NOT NULL DEFAULT '{}',
    is_read INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_channel ON messages(channel_id, created_at);
CREATE INDEX IF NOT EXISTS messages_parent ON messages(parent_message_id);
CREATE INDEX IF NOT EXISTS messages_recipient ON messages(recipient_id, is_read);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    type TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES agents(id),
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    severity TEXT NOT NULL DEFAULT 'info',
    reasoning TEXT,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_org_created ON events(org_id, created_at);
-- escalations and consensus votes (upstream domains A)
CREATE TABLE IF NOT EXISTS escalations (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    task_id TEXT NOT NULL REFERENCES tasks(id),
    from_agent_id TEXT NOT NULL REFERENCES agents(id),
    to_agent_id TEXT NOT NULL REFERENCES agents(id),
    reason TEXT NOT NULL,
    levels_escalated INTEGER NOT NULL,
    notes TEXT,
    is_automatic INTEGER NOT NULL DEFAULT 0,
    resolved_at TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS escalations_org_task ON escalations(org_id, task_id);
CREATE TABLE IF NOT EXISTS consensus_requests (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'PENDING',
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    requester_id TEXT NOT NULL REFERENCES agents(id),
    subject_id TEXT,
    subject_type TEXT,
    quorum_required INTEGER NOT NULL,
    approval_threshold INTEGER NOT NULL,
    votes_approve INTEGER NOT NULL DEFAULT 0,
    votes_reject INTEGER NOT NULL DEFAULT 0,
    votes_abstain INTEGER NOT NULL DEFAULT 0,
    expires_at TEXT NOT NULL,
    decided_at TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consensus_org_status ON consensus_requests(org_id, status);
CREATE TABLE IF NOT EXISTS consensus_votes (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    request_id TEXT NOT NULL REFERENCES consensus_requests(id),
    voter_id TEXT NOT NULL REFERENCES agents(id),
    vote TEXT NOT NULL,
    reason TEXT,
    voter_level INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (request_id, voter_id)
);
CREATE TABLE IF NOT EXISTS reputation_events (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    agent_id TEXT NOT NULL REFERENCES agents(id),
    type TEXT NOT NULL,
    impact INTEGER NOT NULL,
    previous_score INTEGER NOT NULL,
    new_score INTEGER NOT NULL,
    task_id TEXT,
    triggered_by TEXT,
    reason TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reputation_events_agent ON reputation_events(agent_id, created_at);
CREATE TABLE IF NOT EXISTS task_templates (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    name_key TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (org_id, name_key)
);
CREATE TABLE IF NOT EXISTS nonces (
    nonce TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idempotency_keys (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body BLOB NOT NULL,  -- a one-time "secret" in it is null: see idempotency.py
    secret_enc BLOB,  -- that secret, AES-GCM encrypted (crypto.SecretBox)
    expires_at REAL NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;
"""


def dumps_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads_json(text: str | None) -> Any:
    if text is None:
        return None
    return json.loads(text)


class Store:
    """One SQLite connection, used only from the event-loop thread."""

    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed transaction survives a crash of this process.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=10000")
        self.conn.executescript(_SCHEMA)
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, params).rowcount

    def insert(self, table: str, values: dict[str, Any]) -> None:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        if not values:
            return
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id]
        )

    def get_meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def close(self) -> None:
        try:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.conn.close()
