"""Secrets at rest: AES-256-GCM with a key from the environment or a key file, and
files that only their owner can read (the database, its key file)."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "KEY_ENV",
    "SecretBox",
    "SecretKeyError",
    "hmac_hex",
    "load_or_create_key",
    "make_private",
    "new_agent_secret",
    "new_api_key",
    "sha256_hex",
]

KEY_ENV = "OPENSPAWN_DEVSERVER_KEY"
_NONCE_BYTES = 12


class SecretKeyError(RuntimeError):
    """The encryption key is malformed or does not decrypt the stored secrets."""


class SecretBox:
    """Encrypts small secrets; the stored blob is ``nonce || ciphertext+tag``."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise SecretKeyError("the encryption key must be 32 bytes (64 hex characters)")
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: str, *, context: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext.encode(), context.encode())

    def decrypt(self, blob: bytes, *, context: str) -> str:
        try:
            plain = self._aead.decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], context.encode())
        except InvalidTag:
            raise SecretKeyError(
                f"cannot decrypt a stored secret: is {KEY_ENV} (or the .key file) the one "
                "this database was created with?"
            ) from None
        return plain.decode()


def _parse_hex_key(text: str, origin: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        raise SecretKeyError(f"{origin} is not hex") from None
    if len(key) != 32:
        raise SecretKeyError(f"{origin} must be 64 hex characters")
    return key


def load_or_create_key(db_path: str) -> bytes:
    """The key from ``$OPENSPAWN_DEVSERVER_KEY``, else from ``<db>.key`` (created with
    mode 0600 on first use); an in-memory database gets an ephemeral key."""
    env_value = os.environ.get(KEY_ENV)
    if env_value:
        return _parse_hex_key(env_value, KEY_ENV)
    if db_path == ":memory:":
        return secrets.token_bytes(32)
    key_path = _key_path(db_path)
    if key_path.exists():
        return _parse_hex_key(key_path.read_text(), str(key_path))
    key = secrets.token_bytes(32)
    key_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key.hex() + "\n")
    return key


def make_private(db_path: str) -> None:
    """Create the database file (and its folder) readable by its owner only, before SQLite
    opens it: SQLite gives its -wal and -shm files the database file's mode. A database, WAL
    or key file left readable by others (by an older version) is narrowed to the owner."""
    if db_path == ":memory:":
        return
    path = Path(db_path)
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for candidate in (path, Path(db_path + "-wal"), Path(db_path + "-shm"), _key_path(db_path)):
        try:
            mode = candidate.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if mode & 0o077:
            os.chmod(candidate, mode & 0o700)


def _key_path(db_path: str) -> Path:
    return Path(db_path + ".key")


def new_agent_secret() -> str:
    return secrets.token_hex(32)


def new_api_key() -> str:
    return "osp_" + secrets.token_hex(32)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def hmac_hex(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
