"""Known vectors (computed with Node's createHmac and a hex-decoded key)."""

from __future__ import annotations

import pytest

from openspawn._core.signing import AgentCredentials, sign

SECRET = "0123456789abcdef" * 4
TS = "1700000000"
NONCE = "00112233445566778899aabbccddeeff"


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [
        (
            "GET",
            "/api/v1/tasks",
            b"",
            "449305fb89069bb0db4285d46573850c1fddc82d1387557dcfd1edc39a39125a",
        ),
        (
            "POST",
            "/api/v1/tasks",
            b'{"title":"Write docs","priority":"high"}',
            "c7534dce7ec0761406311943d9d5b0709df575701a6dc2cd177c24e2db4c4b4b",
        ),
        (
            "POST",
            "/api/v1/tasks/t1/approve",
            b"{}",
            "74cf3fd2f91ca90061507929b961c7ec33b3a2455d4c68e3148df73a0b872d97",
        ),
        (
            "POST",
            "/api/v1/messages",
            '{"channelId":"c","type":"text","body":"café ✓"}'.encode(),
            "27a0691dc76a1c14ada2e15a4931b62f9480343f0a4ca46881528def5076f455",
        ),
    ],
)
def test_known_vectors(method: str, path: str, body: bytes, expected: str) -> None:
    assert sign(bytes.fromhex(SECRET), method, path, TS, NONCE, body) == expected


def test_python_default_spacing_is_not_what_the_server_signs() -> None:
    spaced = b'{"title": "Write docs", "priority": "high"}'
    assert (
        sign(bytes.fromhex(SECRET), "POST", "/api/v1/tasks", TS, NONCE, spaced)
        == "45fa1920aea80085f324e681d5aed202a88ac053eac5698970130265d9536378"
    )


def test_delete_signs_the_empty_string_even_with_a_body() -> None:
    key = bytes.fromhex(SECRET)
    path = "/api/v1/agents/x/reject"
    assert sign(key, "DELETE", path, TS, NONCE, b'{"reason":"no"}') == sign(
        key, "DELETE", path, TS, NONCE, b""
    )


def test_each_signing_gets_a_fresh_64_hex_nonce_and_current_timestamp() -> None:
    creds = AgentCredentials("talent", SECRET)
    first: dict[str, str] = {}
    second: dict[str, str] = {}
    creds.apply(first, "GET", "/api/v1/agents", b"")
    creds.apply(second, "GET", "/api/v1/agents", b"")
    assert first["X-Agent-Id"] == "talent"
    assert len(first["X-Nonce"]) == 64 and int(first["X-Nonce"], 16) >= 0
    assert first["X-Nonce"] != second["X-Nonce"]
    assert first["X-Signature"] != second["X-Signature"]
    expected = sign(
        bytes.fromhex(SECRET), "GET", "/api/v1/agents", first["X-Timestamp"], first["X-Nonce"], b""
    )
    assert first["X-Signature"] == expected


def test_credentials_never_show_the_secret() -> None:
    creds = AgentCredentials("talent", SECRET)
    assert SECRET not in repr(creds)
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(creds)
