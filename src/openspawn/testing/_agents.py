"""Credentials of a running dev server, and agents created on it with their own clients."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._async.client import AsyncBikiniBottomClient
    from .._generated.models import Agent, AgentRole
    from .._sync.client import BikiniBottomClient
    from ..devserver import DevServer

__all__ = ["DevServerCredentials", "TestAgent", "create_agent"]


@dataclass(frozen=True)
class DevServerCredentials:
    """Where a dev server listens and how to sign in to it (secrets are never in the repr)."""

    base_url: str
    api_key: str = field(repr=False)
    hr_agent_id: str  # the HR agent's slug (``talent``): what ``agent_id=`` takes
    hr_agent_uuid: str
    hr_secret: str = field(repr=False)
    agents: tuple[dict[str, Any], ...] = field(repr=False)  # every bootstrap agent

    @classmethod
    def of(cls, server: DevServer) -> DevServerCredentials:
        agents = tuple(server.agents)
        hr = next(agent for agent in agents if agent["role"] == "hr")
        return cls(
            base_url=server.base_url,
            api_key=server.api_key,
            hr_agent_id=str(hr["agent_id"]),
            hr_agent_uuid=str(hr["id"]),
            hr_secret=str(hr["secret"]),
            agents=agents,
        )

    def __reduce__(self) -> Any:
        raise TypeError("DevServerCredentials holds secrets and cannot be pickled")

    def client(self, **kwargs: Any) -> BikiniBottomClient:
        """A new sync client signed as the HR agent (close it, or use ``with``)."""
        from .._sync.client import BikiniBottomClient

        return BikiniBottomClient(
            self.base_url, agent_id=self.hr_agent_id, secret=self.hr_secret, **kwargs
        )

    def async_client(self, **kwargs: Any) -> AsyncBikiniBottomClient:
        """A new async client signed as the HR agent."""
        from .._async.client import AsyncBikiniBottomClient

        return AsyncBikiniBottomClient(
            self.base_url, agent_id=self.hr_agent_id, secret=self.hr_secret, **kwargs
        )


@dataclass
class TestAgent:
    """An agent created for a test: its record, its one-time secret and clients signed as it."""

    __test__ = False  # not a test class, whatever pytest thinks of the name

    agent: Agent
    secret: str = field(repr=False)
    base_url: str

    def __reduce__(self) -> Any:
        raise TypeError("TestAgent holds its secret and cannot be pickled")

    @property
    def id(self) -> str:
        """The agent's UUID (what ``assignee_id=`` and ``agents.get`` take)."""
        return str(self.agent.id)

    @property
    def agent_id(self) -> str:
        """The agent's slug (what ``agent_id=`` of a client takes)."""
        return str(self.agent.agent_id)

    def client(self, **kwargs: Any) -> BikiniBottomClient:
        """A new sync client signed as this agent."""
        from .._sync.client import BikiniBottomClient

        return BikiniBottomClient(
            self.base_url, agent_id=self.agent_id, secret=self.secret, **kwargs
        )

    def async_client(self, **kwargs: Any) -> AsyncBikiniBottomClient:
        """A new async client signed as this agent."""
        from .._async.client import AsyncBikiniBottomClient

        return AsyncBikiniBottomClient(
            self.base_url, agent_id=self.agent_id, secret=self.secret, **kwargs
        )


def create_agent(
    credentials: DevServerCredentials,
    name: str | None = None,
    *,
    level: int = 5,
    role: AgentRole | str = "worker",
    **fields: Any,
) -> TestAgent:
    """Register an active agent through the HR agent; its name and slug are made unique."""
    from .._generated.models import AgentRole, CreateAgentRequest

    suffix = uuid.uuid4().hex[:8]
    name = f"{name or 'Test Agent'} {suffix}"
    request = CreateAgentRequest(name=name, level=level, role=AgentRole(role), **fields)
    with credentials.client() as hr:
        created = hr.agents.create(request)
        agent = hr.agents.get(str(created.data.id))
    return TestAgent(agent=agent, secret=created.secret, base_url=credentials.base_url)
