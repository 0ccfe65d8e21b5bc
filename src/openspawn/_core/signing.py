"""Credentials and the agent HMAC signer: the only place a request is signed.

Message = METHOD + PATH + TIMESTAMP + NONCE + BODY, HMAC-SHA256 keyed with the hex-decoded
64-hex secret, lowercase hex. PATH is the URL path as sent (with ``/api/v1``, percent-encoded,
no query); BODY is ``""`` for GET and DELETE and otherwise exactly the bytes sent.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time

__all__ = ["AgentCredentials", "ApiKeyCredentials", "Credentials", "sign"]

_BODYLESS_SIGNATURE_METHODS = frozenset({"GET", "DELETE", "HEAD"})


def sign(key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    """The lowercase-hex HMAC-SHA256 signature the server expects."""
    message = f"{method}{path}{timestamp}{nonce}".encode()
    if method not in _BODYLESS_SIGNATURE_METHODS:
        message += body
    return hmac.digest(key, message, hashlib.sha256).hex()


class ApiKeyCredentials:
    """An API key, sent as ``Authorization: Bearer <key>``."""

    __slots__ = ("_header",)

    def __init__(self, api_key: str) -> None:
        self._header = f"Bearer {api_key}"

    def apply(self, headers: dict[str, str], method: str, path: str, body: bytes) -> None:
        headers["Authorization"] = self._header

    @property
    def identity(self) -> str:
        return "api key"

    def __repr__(self) -> str:
        return "ApiKeyCredentials(api_key='****')"


class AgentCredentials:
    """An agent's slug and 64-hex secret; every call to ``apply`` signs afresh."""

    __slots__ = ("_key", "agent_id")

    def __init__(self, agent_id: str, secret: str) -> None:
        self.agent_id = agent_id
        self._key = bytes.fromhex(secret)

    def apply(self, headers: dict[str, str], method: str, path: str, body: bytes) -> None:
        timestamp = str(int(time.time()))
        nonce = os.urandom(32).hex()
        headers["X-Agent-Id"] = self.agent_id
        headers["X-Timestamp"] = timestamp
        headers["X-Nonce"] = nonce
        headers["X-Signature"] = sign(self._key, method, path, timestamp, nonce, body)

    @property
    def identity(self) -> str:
        return f"agent {self.agent_id}"

    def __repr__(self) -> str:
        return f"AgentCredentials(agent_id={self.agent_id!r}, secret='****')"

    def __reduce__(self) -> str:
        raise TypeError("credentials cannot be pickled")


Credentials = ApiKeyCredentials | AgentCredentials
