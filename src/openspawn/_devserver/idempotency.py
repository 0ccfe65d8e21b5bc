"""Idempotency keys (``X-Idempotency-Key`` / ``Idempotency-Key``).

A key is scoped to the calling identity and remembers the first completed answer
(2xx and 4xx; never 5xx) for 24 hours, together with a fingerprint of the request
(method, path, signed body). A later call with the same key replays the answer;
with a different request it is a 409. Requests are handled one at a time on the
event loop, so a concurrent duplicate always sees the first call's record.

One-time secrets (the top-level ``secret`` of a register/spawn answer) are never kept
readable at rest: the stored body carries ``null`` in its place and the secret itself
is stored AES-GCM encrypted with the server's key (crypto.SecretBox), bound to the
record (scope, key, fingerprint) so that it cannot be moved to another one. A replay
decrypts it back into its place, so a retry after a lost answer still gets the secret
(otherwise the agent would exist and its secret be lost for good: there is no way to
read or rotate it). The ciphertext lives as long as the record: 24 hours, then the
housekeeping deletes it.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .crypto import SecretBox
from .errors import ApiError
from .store import Store

__all__ = ["IdempotencyStore", "StoredAnswer", "idempotency_key"]

TTL_SECONDS = 24 * 3600
# A UUID, hyphenated or as 32 plain hex digits (what upstream's Postgres uuid column accepts).
_KEY_RE = re.compile(
    r"(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{32})\Z"
)
REUSED_MESSAGE = "Idempotency key reused with a different request"


@dataclass(frozen=True)
class StoredAnswer:
    status: int
    body: bytes


def idempotency_key(headers: Mapping[str, str]) -> str | None:
    """The request's key; 400 when the two headers disagree or the key is unusable."""
    x_key = headers.get("x-idempotency-key")
    plain = headers.get("idempotency-key")
    if x_key is not None and plain is not None and x_key != plain:
        raise ApiError(400, "X-Idempotency-Key and Idempotency-Key headers differ")
    key = x_key if x_key is not None else plain
    if key is None:
        return None
    if not _KEY_RE.match(key):
        raise ApiError(400, "Idempotency key must be a UUID")
    return key.replace("-", "").lower()


def fingerprint(method: str, path: str, signed_body: str) -> str:
    digest = hashlib.sha256()
    for part in (method, path, signed_body):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _context(scope: str, key: str, print_: str) -> str:
    return f"idempotency:{scope}:{key}:{print_}"


def _encode(body: Any) -> bytes:
    """The bytes the app writes for ``body`` (app._encode), so a replay is byte-identical."""
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    except UnicodeEncodeError:
        return json.dumps(body, separators=(",", ":")).encode()


def _split_secret(body: bytes) -> tuple[bytes, str | None]:
    """The body with its one-time ``secret`` replaced by null, and that secret."""
    if b'"secret"' not in body:
        return body, None
    try:
        parsed = json.loads(body)
    except ValueError:
        return body, None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("secret"), str):
        return body, None
    secret: str = parsed["secret"]
    parsed["secret"] = None  # keeps the key's place, so a replay has the original bytes
    return _encode(parsed), secret


class IdempotencyStore:
    def __init__(self, store: Store, box: SecretBox) -> None:
        self._store = store
        self._box = box
        self._migrate()

    def lookup(self, scope: str, key: str, print_: str) -> StoredAnswer | None:
        row = self._store.one(
            "SELECT fingerprint, status, body, secret_enc, expires_at FROM idempotency_keys "
            "WHERE scope = ? AND key = ?",
            (scope, key),
        )
        if row is None or float(row["expires_at"]) <= time.time():
            return None
        if row["fingerprint"] != print_:
            raise ApiError(409, REUSED_MESSAGE)
        body = bytes(row["body"])
        if row["secret_enc"] is not None:
            parsed = json.loads(body)
            parsed["secret"] = self._box.decrypt(
                bytes(row["secret_enc"]), context=_context(scope, key, print_)
            )
            body = _encode(parsed)
        return StoredAnswer(status=int(row["status"]), body=body)

    def remember(self, scope: str, key: str, print_: str, status: int, body: bytes) -> None:
        if status >= 500:
            return
        stored, secret = _split_secret(body)
        secret_enc = (
            None
            if secret is None
            else self._box.encrypt(secret, context=_context(scope, key, print_))
        )
        self._store.execute(
            "INSERT INTO idempotency_keys "
            "(scope, key, fingerprint, status, body, secret_enc, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(scope, key) DO UPDATE SET "
            "fingerprint = excluded.fingerprint, status = excluded.status, "
            "body = excluded.body, secret_enc = excluded.secret_enc, "
            "expires_at = excluded.expires_at",
            (scope, key, print_, status, stored, secret_enc, time.time() + TTL_SECONDS),
        )

    def _migrate(self) -> None:
        """Databases from before secret_enc existed: add it, then encrypt the plaintext
        secrets their records hold."""
        columns = {row["name"] for row in self._store.all("PRAGMA table_info(idempotency_keys)")}
        if "secret_enc" in columns:
            return
        with self._store.transaction():
            self._store.execute("ALTER TABLE idempotency_keys ADD COLUMN secret_enc BLOB")
            rows = self._store.all(
                "SELECT scope, key, fingerprint, body FROM idempotency_keys "
                "WHERE instr(body, ?) > 0",
                (b'"secret"',),
            )
            for row in rows:
                stored, secret = _split_secret(bytes(row["body"]))
                if secret is None:
                    continue
                context = _context(row["scope"], row["key"], row["fingerprint"])
                self._store.execute(
                    "UPDATE idempotency_keys SET body = ?, secret_enc = ? "
                    "WHERE scope = ? AND key = ?",
                    (stored, self._box.encrypt(secret, context=context), row["scope"], row["key"]),
                )

    def purge(self) -> None:
        self._store.execute("DELETE FROM idempotency_keys WHERE expires_at <= ?", (time.time(),))
