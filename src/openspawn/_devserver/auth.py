"""Authentication as upstream does it: API key first, then agent HMAC.

* ``Authorization: Bearer osp_<64 hex>``: looked up by SHA-256; acts as the
  organisation's bootstrap HR agent (our decision; upstream's pseudo-agent that
  cannot mutate anything is a defect we do not reproduce).
* HMAC: ``X-Agent-Id`` (slug), ``X-Timestamp`` (integer Unix seconds, +-300 s),
  ``X-Nonce`` (<= 64 chars, single use for 10 minutes across all agents),
  ``X-Signature`` = lowercase hex HMAC-SHA256(hex-decoded secret,
  METHOD + PATH + TIMESTAMP + NONCE + BODY).

Every failure is the same 401 with no detail.
"""

from __future__ import annotations

import hmac
import re
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .crypto import SecretBox, hmac_hex, sha256_hex
from .errors import ApiError
from .store import Store
from .timeutil import now_iso

__all__ = ["Authenticator", "Identity", "signed_message"]

Row = sqlite3.Row

TIMESTAMP_WINDOW = 300
NONCE_TTL = 600
MAX_NONCE_LENGTH = 64
_TIMESTAMP_RE = re.compile(r"[0-9]{1,15}\Z")
_SIGNATURE_RE = re.compile(r"[0-9a-f]{64}\Z")


@dataclass(frozen=True)
class Identity:
    agent: Row
    org_id: str
    scope: str  # idempotency scope: "agent:<uuid>" or "key:<api key id>"


def signed_message(method: str, raw_path: str, timestamp: str, nonce: str, body: str) -> str:
    return method + raw_path + timestamp + nonce + body


def _unauthorized() -> ApiError:
    return ApiError(401, "Unauthorized")


class Authenticator:
    def __init__(
        self, store: Store, box: SecretBox, clock: Callable[[], float] = time.time
    ) -> None:
        self._store = store
        self._box = box
        self._clock = clock
        self._keys: dict[str, bytes] = {}  # agent uuid -> decrypted HMAC key

    def authenticate(
        self, method: str, raw_path: str, headers: Mapping[str, str], signed_body: str
    ) -> Identity:
        authorization = headers.get("authorization", "")
        if authorization.startswith("Bearer osp_"):
            return self._api_key(authorization[len("Bearer ") :])
        if "x-agent-id" in headers or "x-signature" in headers:
            return self._hmac(method, raw_path, headers, signed_body)
        raise _unauthorized()  # no credentials, or a JWT (not supported here)

    def _api_key(self, key: str) -> Identity:
        row = self._store.one(
            "SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", (sha256_hex(key),)
        )
        if row is None:
            raise _unauthorized()
        if row["expires_at"] is not None and str(row["expires_at"]) < now_iso():
            raise _unauthorized()
        agent = self._store.one("SELECT * FROM agents WHERE id = ?", (row["agent_id"],))
        if agent is None:
            raise _unauthorized()
        return Identity(agent=agent, org_id=str(row["org_id"]), scope="key:" + str(row["id"]))

    def _hmac(
        self, method: str, raw_path: str, headers: Mapping[str, str], signed_body: str
    ) -> Identity:
        slug = headers.get("x-agent-id", "")
        timestamp = headers.get("x-timestamp", "")
        nonce = headers.get("x-nonce", "")
        signature = headers.get("x-signature", "")
        if not (slug and timestamp and nonce and signature):
            raise _unauthorized()
        now = self._clock()
        if not _TIMESTAMP_RE.match(timestamp) or abs(now - int(timestamp)) > TIMESTAMP_WINDOW:
            raise _unauthorized()
        if len(nonce) > MAX_NONCE_LENGTH or not _SIGNATURE_RE.match(signature):
            raise _unauthorized()
        agent = self._store.one(
            "SELECT * FROM agents WHERE agent_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at LIMIT 1",
            (slug,),
        )
        if agent is None or agent["status"] != "active":
            raise _unauthorized()
        expected = hmac_hex(
            self._key(agent), signed_message(method, raw_path, timestamp, nonce, signed_body)
        )
        if not hmac.compare_digest(expected, signature):
            raise _unauthorized()
        self._use_nonce(nonce, now)
        return Identity(agent=agent, org_id=str(agent["org_id"]), scope="agent:" + str(agent["id"]))

    def _key(self, agent: Row) -> bytes:
        agent_uuid = str(agent["id"])
        key = self._keys.get(agent_uuid)
        if key is None:
            secret = self._box.decrypt(agent["hmac_secret_enc"], context="agent:" + agent_uuid)
            key = bytes.fromhex(secret)
            self._keys[agent_uuid] = key
        return key

    def _use_nonce(self, nonce: str, now: float) -> None:
        """Consume the nonce (caller holds a transaction); a live duplicate is a replay."""
        row = self._store.one("SELECT expires_at FROM nonces WHERE nonce = ?", (nonce,))
        if row is not None:
            if float(row["expires_at"]) > now:
                raise _unauthorized()
            self._store.execute("DELETE FROM nonces WHERE nonce = ?", (nonce,))
        self._store.execute(
            "INSERT INTO nonces (nonce, expires_at) VALUES (?, ?)", (nonce, now + NONCE_TTL)
        )

    def purge_nonces(self) -> None:
        self._store.execute("DELETE FROM nonces WHERE expires_at <= ?", (self._clock(),))
