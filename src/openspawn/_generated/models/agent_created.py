"""The `AgentCreated` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.agent_role import AgentRole
from ..models.agent_status import AgentStatus
from ..types import WireModel


class AgentCreated(WireModel):
    """The summary of a newly registered agent.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The new agent's UUID.",
    )
    """The new agent's UUID."""

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The new agent's slug, to send as `X-Agent-Id`.",
    )
    """The new agent's slug, to send as `X-Agent-Id`."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The agent's display name.",
    )
    """The agent's display name."""

    role: AgentRole = Field(
        validation_alias="role",
        serialization_alias="role",
        description="An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust credits.",
    )
    """An agent's role; `hr` may register, update and revoke agents, and `hr` or `admin` may adjust
    credits."""

    level: int = Field(
        validation_alias="level",
        serialization_alias="level",
        description="The agent's level.",
    )
    """The agent's level."""

    model: str = Field(
        validation_alias="model",
        serialization_alias="model",
        description="The language model the agent runs on.",
    )
    """The language model the agent runs on."""

    status: AgentStatus = Field(
        default=AgentStatus.ACTIVE,
        validation_alias="status",
        serialization_alias="status",
        description="An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can authenticate, `revoked` is final.",
    )
    """An agent's lifecycle status; `pending` agents wait for activation, only `active` agents can
    authenticate, `revoked` is final."""
