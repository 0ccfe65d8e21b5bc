"""Credentials and the agent HMAC signer: the only place a request is signed.

Message = METHOD + PATH + TIMESTAMP + NONCE + BODY, HMAC-SHA256 keyed with the hex-decoded
64-hex secret, lowercase hex. PATH is the URL path as sent (with ``/api/v1``, percent-encoded,
no query); BODY is ``""`` for GET and DELETE and otherwise exactly the bytes sent.

The secret never sits in an attribute or a frame local after construction: the HMAC is keyed
once per client (RFC 2104: the SHA-256 states after the key's inner and outer pad blocks), and
each request continues copies of those two states, which is the HMAC without re-keying (and which
no traceback with captured locals, pickle or repr can turn back into the key). The timestamp
string is made once per second. An API key lives only inside the prebuilt header value
(the same on every request, so the client applies it once, to its header templates: API-key
calls do no work here).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import NoReturn

__all__ = ["AgentCredentials", "ApiKeyCredentials", "Credentials", "sign"]

_BODYLESS_SIGNATURE_METHODS = frozenset({"GET", "DELETE", "HEAD"})
_BLOCK = 64  # SHA-256's block size, in bytes
_INNER_PAD = bytes(b ^ 0x36 for b in range(256))  # translation tables: byte -> byte ^ pad
_OUTER_PAD = bytes(b ^ 0x5C for b in range(256))
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
    signs_each_request = False
    """The header is the same on every request: apply it once, to a template."""

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

    __slots__ = ("_inner", "_outer", "_second", "agent_id")
    signs_each_request = True

    def __init__(self, agent_id: str, secret: str) -> None:
        self.agent_id = agent_id
        key = bytes.fromhex(secret)
        if len(key) > _BLOCK:
            key = hashlib.sha256(key).digest()
        block = key.ljust(_BLOCK, b"\0")
        self._inner = hashlib.sha256(block.translate(_INNER_PAD))
        self._outer = hashlib.sha256(block.translate(_OUTER_PAD))
        # (first moment of the next second, that second's string): one tuple, so that threads
        # sharing the client always read a matching pair.
        self._second: tuple[float, str] = (0.0, "")

    def apply(self, headers: dict[str, str], method: str, path: str, body: bytes) -> None:
        now = time.time()
        until, timestamp = self._second
        if now >= until or now < until - 1.0:  # a new second (or the clock went back)
            whole = int(now)
            timestamp = str(whole)
            self._second = (whole + 1.0, timestamp)
        nonce = os.urandom(32).hex()
        inner = self._inner.copy()
        inner.update(f"{method}{path}{timestamp}{nonce}".encode())
        if method not in _BODYLESS_SIGNATURE_METHODS:
            inner.update(body)
        outer = self._outer.copy()
        outer.update(inner.digest())
        headers["X-Agent-Id"] = self.agent_id
        headers["X-Timestamp"] = timestamp
        headers["X-Nonce"] = nonce
        headers["X-Signature"] = outer.hexdigest()

    @property
    def identity(self) -> str:
        return f"agent {self.agent_id}"

    def __repr__(self) -> str:
        return f"AgentCredentials(agent_id={self.agent_id!r}, secret='****')"


Credentials = ApiKeyCredentials | AgentCredentials
