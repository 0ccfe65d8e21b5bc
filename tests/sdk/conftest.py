from __future__ import annotations

import base64
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ORACLE = Path(__file__).with_name("node_oracle.js")


class NodeOracle:
    """A long-lived Node process: what the server computes for a body (stringify + HMAC)."""

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("node is required for these tests (it is the server's runtime)")
        self._proc = subprocess.Popen(
            [node, str(ORACLE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def server_view(self, body: bytes, key_hex: str, prefix: str) -> tuple[bytes, str]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        line = " ".join(
            (
                base64.b64encode(body).decode(),
                key_hex,
                base64.b64encode(prefix.encode()).decode(),
            )
        )
        self._proc.stdin.write(line + "\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline().split()
        if answer[0] == "ERROR":
            raise AssertionError(base64.b64decode(answer[1]).decode())
        return base64.b64decode(answer[0]), answer[1]

    def close(self) -> None:
        self._proc.kill()
        self._proc.wait()


@pytest.fixture(scope="session")
def node_oracle() -> Iterator[NodeOracle]:
    oracle = NodeOracle()
    yield oracle
    oracle.close()


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry delay the SDK asked for, instead of sleeping it (sync and async)."""
    from openspawn._core import io

    delays: list[float] = []
    monkeypatch.setattr(io, "sync_sleep", delays.append)

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(io, "async_sleep", fake_async_sleep)
    return delays
