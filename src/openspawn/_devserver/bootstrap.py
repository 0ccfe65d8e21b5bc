"""First start: the organisation, its HR and founder agents, an API key and a
``#general`` channel; every start: the credentials (decrypted) and their file."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .crypto import SecretBox, new_agent_secret, new_api_key, sha256_hex
from .store import Store, dumps_json
from .timeutil import new_id, now_iso

__all__ = [
    "BOOTSTRAP_AGENTS",
    "INITIAL_GRANT",
    "Credentials",
    "bootstrap",
    "write_credentials_file",
]

INITIAL_GRANT = 10_000
# (agentId, name, role, level)
BOOTSTRAP_AGENTS = (
    ("talent", "Talent Agent", "hr", 10),
    ("founder", "Founder", "founder", 10),
)


@dataclass
class Credentials:
    org_id: str
    api_key: str
    agents: list[dict[str, Any]] = field(default_factory=list)

    def as_file(self, base_url: str) -> dict[str, Any]:
        return {"base_url": base_url, "api_key": self.api_key, "agents": self.agents}


def _create(store: Store, box: SecretBox) -> None:
    now = now_iso()
    org_id = new_id()
    store.insert(
        "orgs",
        {"id": org_id, "name": "Dev Organisation", "slug": "dev-org", "created_at": now},
    )
    agent_ids: list[str] = []
    for slug, name, role, level in BOOTSTRAP_AGENTS:
        agent_uuid = new_id()
        agent_ids.append(agent_uuid)
        store.insert(
            "agents",
            {
                "id": agent_uuid,
                "org_id": org_id,
                "agent_id": slug,
                "name": name,
                "level": level,
                "model": "sonnet",
                "status": "active",
                "role": role,
                "mode": "orchestrator",
                "current_balance": INITIAL_GRANT,
                "hmac_secret_enc": box.encrypt(new_agent_secret(), context="agent:" + agent_uuid),
                "metadata": dumps_json({"bootstrap": True}),
                "created_at": now,
                "updated_at": now,
            },
        )
        store.insert(
            "credit_transactions",
            {
                "id": new_id(),
                "org_id": org_id,
                "agent_id": agent_uuid,
                "type": "credit",
                "amount": INITIAL_GRANT,
                "balance_after": INITIAL_GRANT,
                "reason": "Initial grant",
                "trigger_type": "credits.initial",
                "metadata": "{}",
                "created_at": now,
            },
        )
    api_key = new_api_key()
    key_id = new_id()
    store.insert(
        "api_keys",
        {
            "id": key_id,
            "org_id": org_id,
            "agent_id": agent_ids[0],
            "name": "Dev server bootstrap key",
            "key_prefix": api_key[:12],
            "key_hash": sha256_hex(api_key),
            "key_enc": box.encrypt(api_key, context="api_key:" + key_id),
            "created_at": now,
        },
    )
    store.insert(
        "channels",
        {
            "id": new_id(),
            "org_id": org_id,
            "name": "#general",
            "type": "general",
            "metadata": "{}",
            "created_at": now,
            "updated_at": now,
        },
    )
    store.set_meta("org_id", org_id)
    store.set_meta("bootstrap_agents", json.dumps(agent_ids))
    store.set_meta("bootstrap_api_key", key_id)


def bootstrap(store: Store, box: SecretBox) -> Credentials:
    """Create the organisation on an empty database; return the decrypted credentials."""
    with store.transaction():
        if store.get_meta("org_id") is None:
            _create(store, box)
    org_id = store.get_meta("org_id")
    key_id = store.get_meta("bootstrap_api_key")
    agent_ids = json.loads(store.get_meta("bootstrap_agents") or "[]")
    assert org_id is not None and key_id is not None
    key_row = store.one("SELECT key_enc FROM api_keys WHERE id = ?", (key_id,))
    assert key_row is not None
    credentials = Credentials(
        org_id=org_id, api_key=box.decrypt(key_row["key_enc"], context="api_key:" + key_id)
    )
    for agent_uuid in agent_ids:
        row = store.one("SELECT * FROM agents WHERE id = ?", (agent_uuid,))
        if row is None:
            continue
        credentials.agents.append(
            {
                "id": row["id"],
                "agent_id": row["agent_id"],
                "secret": box.decrypt(row["hmac_secret_enc"], context="agent:" + agent_uuid),
                "role": row["role"],
                "level": row["level"],
            }
        )
    return credentials


def write_credentials_file(path: str, content: dict[str, Any]) -> None:
    """Write atomically (temp file + rename) with mode 0600."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".credentials-", dir=target.parent)
    try:
        with os.fdopen(fd, "w") as handle:
            json.dump(content, handle, indent=2)
            handle.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
