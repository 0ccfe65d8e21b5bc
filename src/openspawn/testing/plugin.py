"""The pytest plugin (entry point ``pytest11: openspawn``): dev-server fixtures.

Every fixture is named ``openspawn_*``; see ``docs/testing.md``. Under pytest-xdist each worker
is its own session, so it gets its own session server (its own free port and database).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._agents import DevServerCredentials, TestAgent, create_agent
from ._receiver import WebhookReceiver

if TYPE_CHECKING:
    from .._async.client import AsyncBikiniBottomClient
    from .._sync.client import BikiniBottomClient
    from ..devserver import DevServer


def _start(**kwargs: Any) -> DevServer:
    try:
        from ..devserver import DevServer
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise pytest.UsageError(
            "the openspawn fixtures need the dev server: "
            f"pip install 'openspawn[devserver]' ({exc})"
        ) from exc
    return DevServer(**kwargs).start()


@pytest.fixture(scope="session")
def openspawn_server() -> Iterator[DevServer]:
    """A dev server shared by the whole session: in-memory database, free port on 127.0.0.1.

    State accumulates across tests; create what each test needs (``openspawn_agent``) rather
    than counting what is there, or use ``openspawn_fresh_server``.
    """
    server = _start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def openspawn_fresh_server() -> Iterator[DevServer]:
    """A dev server of its own for one test (new in-memory database; about 1 s to start)."""
    server = _start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def openspawn_start_server() -> Iterator[Callable[..., DevServer]]:
    """Start dev servers with options for one test: ``openspawn_start_server(webhooks=[...])``.

    Takes :class:`openspawn.devserver.DevServer`'s arguments (``db=``, ``webhooks=``,
    ``extra_args=``, ``env=``); every server started is stopped after the test.
    """
    started: list[DevServer] = []

    def start(**kwargs: Any) -> DevServer:
        server = _start(**kwargs)
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()


@pytest.fixture(scope="session")
def openspawn_credentials(openspawn_server: DevServer) -> DevServerCredentials:
    """Base URL, API key and the HR agent's id and secret of ``openspawn_server``."""
    return DevServerCredentials.of(openspawn_server)


@pytest.fixture
def openspawn_client(
    openspawn_credentials: DevServerCredentials,
) -> Iterator[BikiniBottomClient]:
    """A sync client of ``openspawn_server``, signed as the HR agent (``talent``)."""
    with openspawn_credentials.client() as client:
        yield client


@pytest.fixture
def openspawn_create_agent(
    openspawn_credentials: DevServerCredentials,
) -> Callable[..., TestAgent]:
    """``openspawn_create_agent("Reviewer", level=7)``: a new active agent.

    Returns a :class:`~openspawn.testing.TestAgent` (``.agent``, ``.id``, ``.secret``,
    ``.client()``, ``.async_client()``). Names get a unique suffix.
    """

    def create(name: str | None = None, **fields: Any) -> TestAgent:
        return create_agent(openspawn_credentials, name, **fields)

    return create


@pytest.fixture
def openspawn_agent(openspawn_create_agent: Callable[..., TestAgent]) -> TestAgent:
    """A freshly created active worker agent (level 5) with its own secret."""
    return openspawn_create_agent("Agent")


@pytest.fixture
def openspawn_agent_client(openspawn_agent: TestAgent) -> Iterator[BikiniBottomClient]:
    """A sync client signed as ``openspawn_agent``."""
    with openspawn_agent.client() as client:
        yield client


@pytest.fixture
def openspawn_webhook_receiver() -> Iterator[WebhookReceiver]:
    """A receiver on 127.0.0.1 that verifies (with ``.secret``) and records deliveries.

    Point a server at it: ``openspawn_start_server(webhooks=[receiver.target])``.
    """
    with WebhookReceiver() as receiver:
        yield receiver


def _async_fixture(function: Callable[..., Any]) -> Any:
    """``pytest_asyncio.fixture`` when pytest-asyncio is installed, else a fixture that says so."""
    try:
        import pytest_asyncio
    except ImportError:
        name = function.__name__

        def needs_pytest_asyncio() -> None:
            raise pytest.UsageError(f"{name} needs pytest-asyncio: pip install pytest-asyncio")

        needs_pytest_asyncio.__doc__ = function.__doc__
        return pytest.fixture(name=name)(needs_pytest_asyncio)
    return pytest_asyncio.fixture(function)


@_async_fixture
async def openspawn_async_client(
    openspawn_credentials: DevServerCredentials,
) -> AsyncIterator[AsyncBikiniBottomClient]:
    """An async client of ``openspawn_server``, signed as the HR agent (needs pytest-asyncio)."""
    async with openspawn_credentials.async_client() as client:
        yield client


@_async_fixture
async def openspawn_agent_async_client(
    openspawn_agent: TestAgent,
) -> AsyncIterator[AsyncBikiniBottomClient]:
    """An async client signed as ``openspawn_agent`` (needs pytest-asyncio)."""
    async with openspawn_agent.async_client() as client:
        yield client
