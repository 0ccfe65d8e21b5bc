"""The async client under asyncio and trio (anyio underneath), and across event loops."""

from __future__ import annotations

import asyncio
from typing import Any

import anyio
import httpx2
import pytest

from openspawn import AsyncBikiniBottomClient, EventLoopMismatchError, RetryPolicy
from openspawn.devserver import DevServer

from .spec_mock import Recorder
from .wire import AGENT, async_client, error

FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_retries_sleep_under_either_backend(backend: str) -> None:
    recorder = Recorder()
    recorder.queue = [error(503), httpx2.ConnectError("refused"), error(429)]

    async def main() -> str:
        async with async_client(recorder, retry_policy=FAST) as client:
            agent = await client.agents.get(AGENT)
        return str(agent.id)

    assert anyio.run(main, backend=backend)
    assert len(recorder.requests) == 4


@pytest.fixture(scope="module")
def server() -> Any:
    with DevServer() as srv:
        yield srv


def _hr(srv: DevServer) -> dict[str, Any]:
    return next(a for a in srv.agents if a["role"] == "hr")


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_real_http_under_either_backend(server: DevServer, backend: str) -> None:
    hr = _hr(server)

    async def main() -> int:
        async with AsyncBikiniBottomClient(
            server.base_url, agent_id=hr["agent_id"], secret=hr["secret"], timeout=10
        ) as client:
            return len(await client.agents.list())

    assert anyio.run(main, backend=backend) >= 2


def test_one_client_used_from_two_event_loops_keeps_working(server: DevServer) -> None:
    hr = _hr(server)
    client = AsyncBikiniBottomClient(server.base_url, agent_id=hr["agent_id"], secret=hr["secret"])

    async def count() -> int:
        return len(await client.agents.list())

    assert asyncio.run(count()) >= 2
    assert asyncio.run(count()) >= 2  # a new loop: the client opens a new pool for it
    assert anyio.run(count, backend="trio") >= 2
    asyncio.run(client.close())


def test_a_users_http_client_from_a_closed_loop_is_a_clear_error(server: DevServer) -> None:
    hr = _hr(server)
    client = AsyncBikiniBottomClient(
        server.base_url,
        agent_id=hr["agent_id"],
        secret=hr["secret"],
        http_client=httpx2.AsyncClient(),
    )

    async def count() -> int:
        return len(await client.agents.list())

    asyncio.run(count())
    with pytest.raises(EventLoopMismatchError, match="inside the loop"):
        asyncio.run(count())
