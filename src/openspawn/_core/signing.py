"""Credentials and the agent HMAC signer: the only place a request is signed.

Message = METHOD + PATH + TIMESTAMP + NONCE + BODY, HMAC-SHA256 keyed with the hex-decoded
64-hex secret, lowercase hex. PATH is the URL path as sent (with ``/api/v1``, percent-encoded,
no query); BODY is ``""`` for GET and DELETE and otherwise exactly the bytes sent.

The secret never sits in an attribute or a frame local after construction: the HMAC is keyed
once per client, and each request signs with a copy of that keyed object (which is cheaper, and
which no traceback with captured locals, pickle or repr can turn back into the key). An API key
lives only inside the prebuilt header value and costs nothing per request.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import NoReturn

__all__ = ["AgentCredentials", "ApiKeyCredentials", "Credentials", "sign"]

_BODYLESS_SIGNATURE_METHODS = frozenset({"GET", "DELETE", "HEAD"})
_NOT_PICKLABLE = (
    "openspawn credentials cannot be pickled or copied (they hold a secret); "
    "build a new client in the other process from its own settings"
)


def sign(key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    """The lowercase-hex HMAC-SHA256 signature the server expects (reference form, for tests)."""
    message = f"{method}{path}{timestamp}{nonce}".encode()
    if method not in _BODYLESS_SIGNATURE_METHODS:
        message += body
    return hmac.digest(key, message, hashlib.sha256).hex()


class _Secret:
    """Base of both credential kinds: no pickle, no copy, no secret in the repr."""

    __slots__ = ()

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError(_NOT_PICKLABLE)

    def __reduce__(self) -> NoReturn:
        raise TypeError(_NOT_PICKLABLE)


class ApiKeyCredentials(_Secret):
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


class AgentCredentials(_Secret):
    """An agent's slug and 64-hex secret; every call to ``apply`` signs afresh."""

    __slots__ = ("_mac", "agent_id")

    def __init__(self, agent_id: str, secret: str) -> None:
        self.agent_id = agent_id
        self._mac = hmac.new(bytes.fromhex(secret), digestmod=hashlib.sha256)

    def apply(self, headers: dict[str, str], method: str, path: str, body: bytes) -> None:
        timestamp = str(int(time.time()))
        nonce = os.urandom(32).hex()
        mac = self._mac.copy()
        mac.update(f"{method}{path}{timestamp}{nonce}".encode())
        if method not in _BODYLESS_SIGNATURE_METHODS:
            mac.update(body)
        headers["X-Agent-Id"] = self.agent_id
        headers["X-Timestamp"] = timestamp
        headers["X-Nonce"] = nonce
        headers["X-Signature"] = mac.hexdigest()

    @property
    def identity(self) -> str:
        return f"agent {self.agent_id}"

    def __repr__(self) -> str:
        return f"AgentCredentials(agent_id={self.agent_id!r}, secret='****')"


Credentials = ApiKeyCredentials | AgentCredentials
