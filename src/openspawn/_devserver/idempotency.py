"""Idempotency keys (``X-Idempotency-Key`` / ``Idempotency-Key``).

A key is scoped to the calling identity and remembers the first completed answer
(2xx and 4xx; never 5xx) for 24 hours, together with a fingerprint of the request
(method, path, signed body). A later call with the same key replays the answer;
with a different request it is a 409. Requests are handled one at a time on the
event loop, so a concurrent duplicate always sees the first call's record.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass

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


class IdempotencyStore:
    def __init__(self, store: Store) -> None:
        self._store = store

    def lookup(self, scope: str, key: str, print_: str) -> StoredAnswer | None:
        row = self._store.one(
            "SELECT fingerprint, status, body, expires_at FROM idempotency_keys "
            "WHERE scope = ? AND key = ?",
            (scope, key),
        )
        if row is None or float(row["expires_at"]) <= time.time():
            return None
        if row["fingerprint"] != print_:
            raise ApiError(409, REUSED_MESSAGE)
        return StoredAnswer(status=int(row["status"]), body=bytes(row["body"]))

    def remember(self, scope: str, key: str, print_: str, status: int, body: bytes) -> None:
        if status >= 500:
            return
        self._store.execute(
            "INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(scope, key) DO UPDATE SET "
            "fingerprint = excluded.fingerprint, status = excluded.status, "
            "body = excluded.body, expires_at = excluded.expires_at",
            (scope, key, print_, status, body, time.time() + TTL_SECONDS),
        )

    def purge(self) -> None:
        self._store.execute("DELETE FROM idempotency_keys WHERE expires_at <= ?", (time.time(),))
