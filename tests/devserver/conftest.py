"""Fixtures of the dev-server integration suite (real HTTP against a real server process).

Every test module gets its own server (in-memory SQLite, free port) so that modules cannot
disturb one another; tests inside a module create the agents and data they need themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .dsutil import Agent, Api


def _agent(creds: dict[str, Any], role: str) -> Agent:
    matches = [a for a in creds["agents"] if a["role"] == role]
    assert len(matches) == 1, creds["agents"]
    a = matches[0]
    return Agent(a["id"], a["agent_id"], a["secret"], a["role"], a["level"])


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    from openspawn._devserver.process import DevServer

    with DevServer(db=":memory:") as srv:
        yield srv


@pytest.fixture(scope="module")
def api(server: Any) -> Iterator[Api]:
    client = Api(server.base_url, server.api_key)
    yield client
    client.close()


@pytest.fixture(scope="module")
def hr(server: Any) -> Agent:
    return _agent(server.credentials, "hr")


@pytest.fixture(scope="module")
def founder(server: Any) -> Agent:
    return _agent(server.credentials, "founder")
